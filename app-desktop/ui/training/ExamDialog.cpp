#include "ui/training/ExamDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/training/FieldErrors.h"
#include "ui/training/TrainingRules.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

// Below the range: no score typed yet (a score of 0 is a real result, not a default).
constexpr double kNoScore = -1;

} // namespace

ExamDialog::ExamDialog(ClientSession &session, const Inspector &inspector, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_inspector(inspector),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_dateEdit(new QDateEdit(chinaToday(), this)),
    m_subjectEdit(new QLineEdit(this)),
    m_scoreSpin(new QDoubleSpinBox(this)),
    m_passMarkSpin(new QDoubleSpinBox(this)),
    m_outcomeLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("examDialog"));
    //: 录入考核成绩: an inspector's exam (考核) result.
    setWindowTitle(tr("Record exam of %1").arg(inspector.name));
    m_dateEdit->setObjectName(QStringLiteral("examDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(chinaToday());
    m_subjectEdit->setObjectName(QStringLiteral("examSubjectEdit"));
    m_subjectEdit->setMaxLength(kMaxTrainingTopicLength * 2); // the exact limit is checked on save
    //: 网格员上岗考核
    m_subjectEdit->setPlaceholderText(tr("e.g. Grid inspector qualification exam"));
    m_scoreSpin->setObjectName(QStringLiteral("examScoreSpin"));
    m_scoreSpin->setRange(kNoScore, 100);
    m_scoreSpin->setDecimals(1);
    m_scoreSpin->setValue(kNoScore);
    m_scoreSpin->setSpecialValueText(tr("(not entered)"));
    m_passMarkSpin->setObjectName(QStringLiteral("examPassMarkSpin"));
    m_passMarkSpin->setRange(0, 100);
    m_passMarkSpin->setDecimals(1);
    m_passMarkSpin->setValue(kDefaultPassMark);
    m_outcomeLabel->setObjectName(QStringLiteral("examOutcomeLabel"));
    connect(m_scoreSpin, &QDoubleSpinBox::valueChanged, this, &ExamDialog::updateOutcome);
    connect(m_passMarkSpin, &QDoubleSpinBox::valueChanged, this, &ExamDialog::updateOutcome);

    m_buttons->setObjectName(QStringLiteral("examButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExamDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro =
        new QLabel(tr("Inspector: %1, %2. A failed exam is recorded too; a certificate needs a passed one.")
                       .arg(inspector.name, inspector.phone),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Date taken:"), m_dateEdit, QStringLiteral("examDateError"));
    m_errors->addRow(form, tr("&Subject:"), m_subjectEdit, QStringLiteral("examSubjectError"));
    m_errors->addRow(form, tr("S&core:"), m_scoreSpin, QStringLiteral("examScoreError"));
    m_errors->addRow(form, tr("Pass &mark:"), m_passMarkSpin, QStringLiteral("examPassMarkError"));
    form->addRow(tr("Result:"), m_outcomeLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("examError")));
    layout->addWidget(m_buttons);
    resize(440, 340);
    updateOutcome();
}

ExamDialog::~ExamDialog() = default;

ExamDialog *ExamDialog::reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kExamRecord))
        return nullptr;
    const QCborMap &args = refused.args;
    const qint64 id = args.value(QStringLiteral("inspectorId")).toInteger();
    const QList<Inspector> inspectors = ReplicaRecords(*session.replica()).inspectors();
    const auto found =
        std::find_if(inspectors.cbegin(), inspectors.cend(), [id](const Inspector &i) { return i.id == id; });
    if (found == inspectors.cend())
        return nullptr;
    auto *dialog = new ExamDialog(session, *found, parent);
    if (const std::optional<QDate> takenOn = parseCivilDate(args.value(QStringLiteral("takenOn")).toString()))
        dialog->m_dateEdit->setDate(*takenOn);
    dialog->m_subjectEdit->setText(args.value(QStringLiteral("subject")).toString());
    dialog->m_scoreSpin->setValue(args.value(QStringLiteral("score")).toDouble(kNoScore));
    dialog->m_passMarkSpin->setValue(args.value(QStringLiteral("passMark")).toDouble(kDefaultPassMark));
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void ExamDialog::updateOutcome()
{
    const double score = m_scoreSpin->value();
    const double passMark = m_passMarkSpin->value();
    if (score < 0) {
        m_outcomeLabel->setText(tr("Enter the score."));
        m_outcomeLabel->setStyleSheet(QString());
    } else if (score >= passMark) {
        //: 合格
        m_outcomeLabel->setText(tr("Passed"));
        m_outcomeLabel->setStyleSheet(QStringLiteral("color: #1e8449; font-weight: bold;"));
    } else {
        //: 不合格, with the pass mark.
        m_outcomeLabel->setText(tr("Failed (%1 needed)").arg(passMark));
        m_outcomeLabel->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    }
}

void ExamDialog::save()
{
    // In the server's order: date, subject, pass mark, score.
    const QDate takenOn = m_dateEdit->date();
    if (Status date = checkPastDate(takenOn, chinaToday(), tr("exam date")); !date)
        return m_errors->show(m_dateEdit, date.error().message);
    auto subject = normalizeName(m_subjectEdit->text(), tr("exam subject"), kMaxTrainingTopicLength);
    if (!subject)
        return m_errors->show(m_subjectEdit, subject.error().message);
    const double passMark = m_passMarkSpin->value();
    if (!(passMark > 0 && passMark <= 100))
        return m_errors->show(m_passMarkSpin, tr("The pass mark must be above 0 and at most 100."));
    const double score = m_scoreSpin->value();
    if (!(score >= 0 && score <= 100))
        return m_errors->show(m_scoreSpin, tr("Enter the score, from 0 to 100."));

    QCborMap args;
    args.insert(QStringLiteral("inspectorId"), m_inspector.id);
    args.insert(QStringLiteral("takenOn"), civilDateText(takenOn));
    args.insert(QStringLiteral("subject"), subject.value());
    args.insert(QStringLiteral("score"), score);
    args.insert(QStringLiteral("passMark"), passMark);
    //: The outbox's summary: 录入考核成绩 张伟 85（合格）.
    const QString summary = (score >= passMark ? tr("Exam of %1: %2, passed") : tr("Exam of %1: %2, failed"))
                                .arg(m_inspector.name)
                                .arg(score);
    const QString command = QString::fromLatin1(cmd::kExamRecord);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
