#include "ui/enterprises/RiskReportDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "ui/training/FieldErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gridsafe {

namespace {

// As the server counts the note: line breaks and runs of spaces are one space.
QString noteText(const QPlainTextEdit *edit)
{
    return edit->toPlainText().simplified();
}

} // namespace

RiskReportDialog::RiskReportDialog(ClientSession &session, qint64 enterpriseId, const QString &name,
                                   QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_enterpriseId(enterpriseId),
    m_name(name),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_kindBox(new QComboBox(this)),
    m_dateEdit(new QDateEdit(chinaToday(), this)),
    m_levelBox(new QComboBox(this)),
    m_noteEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("riskReportDialog"));
    //: 记录风险报告 %1 (the enterprise's name)
    setWindowTitle(tr("Risk report of %1").arg(name));

    m_kindBox->setObjectName(QStringLiteral("riskKindBox"));
    for (RiskReportKind kind : allRiskReportKinds())
        m_kindBox->addItem(riskReportKindDisplayName(kind), riskReportKindKey(kind));
    m_dateEdit->setObjectName(QStringLiteral("riskDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDateRange(QDate(2000, 1, 1), chinaToday()); // a report is made before it is recorded
    m_levelBox->setObjectName(QStringLiteral("riskLevelBox"));
    for (RiskLevel level : allRiskLevels())
        m_levelBox->addItem(levelIcon(level), riskLevelDisplayName(level), riskLevelKey(level));
    //: No level chosen yet: the user must pick one (no silent default).
    m_levelBox->setPlaceholderText(tr("Choose the level"));
    m_levelBox->setCurrentIndex(-1);
    m_noteEdit->setObjectName(QStringLiteral("riskNoteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    //: e.g. 新增喷涂工序，风险等级由一般升为较大
    m_noteEdit->setPlaceholderText(tr("Optional, e.g. a new spray-painting line raised the level"));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_countLabel->setObjectName(QStringLiteral("riskNoteCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &RiskReportDialog::updateCount);

    // The latest report suggests what this one is: a periodic one after a first, at its level.
    const std::optional<Enterprise> current =
        ReplicaEnterprises(session.replica()->sql()).enterprise(enterpriseId);
    if (current && current->risk) {
        m_kindBox->setCurrentIndex(m_kindBox->findData(riskReportKindKey(RiskReportKind::Periodic)));
        m_levelBox->setCurrentIndex(m_levelBox->findData(riskLevelKey(current->risk->level)));
    }

    m_buttons->setObjectName(QStringLiteral("riskReportButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RiskReportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the note starts a new line; Ctrl+Enter records from anywhere.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &RiskReportDialog::save);

    auto *intro = new QLabel(
        current && current->risk
            ? tr("Latest report: %1, %2, %3. The register shows the latest report; every report stays "
                 "in the history.")
                  .arg(riskReportKindDisplayName(current->risk->kind), current->risk->reportedOn,
                       riskLevelDisplayName(current->risk->level))
            : tr("No risk report recorded yet."),
        this);
    intro->setObjectName(QStringLiteral("riskIntroLabel"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    //: 报告类型
    m_errors->addRow(form, tr("&Kind:"), m_kindBox, QStringLiteral("riskKindError"));
    //: 报告日期
    m_errors->addRow(form, tr("Reported &on:"), m_dateEdit, QStringLiteral("riskDateError"));
    //: 风险等级
    m_errors->addRow(form, tr("&Level:"), m_levelBox, QStringLiteral("riskLevelError"));
    //: 备注
    form->addRow(tr("&Note:"), m_noteEdit);
    form->addRow(QString(), m_countLabel);
    form->addRow(QString(), m_errors->labelFor(m_noteEdit, QStringLiteral("riskNoteError")));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("riskReportError")));
    layout->addWidget(m_buttons);
    resize(460, 0);
    updateCount();
}

RiskReportDialog::~RiskReportDialog() = default;

RiskReportDialog *RiskReportDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kEnterpriseRecordRiskReport))
        return nullptr;
    const QCborMap &args = refused.args;
    const qint64 id = args.value(QStringLiteral("enterpriseId")).toInteger();
    const std::optional<Enterprise> enterprise = ReplicaEnterprises(session.replica()->sql()).enterprise(id);
    if (!enterprise)
        return nullptr;
    auto *dialog = new RiskReportDialog(session, id, enterprise->name, parent);
    const auto select = [](QComboBox *box, const QString &key) {
        if (const int index = box->findData(key); index >= 0)
            box->setCurrentIndex(index);
    };
    select(dialog->m_kindBox, args.value(QStringLiteral("kind")).toString());
    select(dialog->m_levelBox, args.value(QStringLiteral("level")).toString());
    if (const auto date = parseCivilDate(args.value(QStringLiteral("reportedOn")).toString()))
        dialog->m_dateEdit->setDate(*date);
    dialog->m_noteEdit->setPlainText(args.value(QStringLiteral("note")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this report: %1").arg(refused.errorMessage));
    return dialog;
}

QIcon RiskReportDialog::levelIcon(RiskLevel level)
{
    QPixmap square(14, 14);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(riskLevelColor(level)));
    painter.drawRect(0, 0, 13, 13);
    painter.end();
    return QIcon(square);
}

void RiskReportDialog::updateCount()
{
    const qsizetype length = noteText(m_noteEdit).size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxNoteLength));
    m_countLabel->setStyleSheet(length > kMaxNoteLength ? QStringLiteral("color: #c0392b;") : QString());
}

void RiskReportDialog::save()
{
    // In the server's order: kind and level, the date, the note.
    const QDate date = m_dateEdit->date();
    if (m_levelBox->currentIndex() < 0)
        return m_errors->show(m_levelBox, tr("Choose the risk level the report gives."));
    if (date > chinaToday())
        return m_errors->show(m_dateEdit,
                              tr("The report date %1 is in the future.").arg(civilDateText(date)));
    const QString note = noteText(m_noteEdit);
    if (note.size() > kMaxNoteLength)
        return m_errors->show(m_noteEdit, tr("A note may have at most %1 characters.").arg(kMaxNoteLength));

    const QString level = m_levelBox->currentData().toString();
    QCborMap args;
    args.insert(QStringLiteral("enterpriseId"), m_enterpriseId);
    args.insert(QStringLiteral("kind"), m_kindBox->currentData().toString());
    args.insert(QStringLiteral("reportedOn"), civilDateText(date));
    args.insert(QStringLiteral("level"), level);
    args.insert(QStringLiteral("note"), note);
    //: The outbox's summary: 风险报告 常州某某有限公司：较大
    const QString summary =
        tr("Risk report of %1: %2")
            .arg(m_name, riskLevelDisplayName(riskLevelFromKey(level).value_or(RiskLevel::Low)));
    const QString command = QString::fromLatin1(cmd::kEnterpriseRecordRiskReport);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
