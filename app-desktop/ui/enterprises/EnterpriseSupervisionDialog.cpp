#include "ui/enterprises/EnterpriseSupervisionDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CommandName.h"
#include "domain/EnterpriseRules.h"
#include "domain/NameRules.h"
#include "ui/training/FieldErrors.h"

#include <QCborArray>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

// The ids once each, in the order given.
QList<qint64> distinct(const QList<qint64> &ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

QList<EnterpriseSupervisionDialog::GridChoice>
EnterpriseSupervisionDialog::gridChoices(ClientSession &session, qint64 townId)
{
    QHash<qint64, QString> inspectors;
    for (const Inspector &inspector : ReplicaRecords(*session.replica()).inspectors(townId))
        inspectors.insert(inspector.id, inspector.name);
    QList<GridChoice> choices;
    for (const Grid &grid : session.replica()->grids(townId)) {
        if (grid.status != Grid::Status::Active)
            continue;
        GridChoice choice;
        choice.id = grid.id;
        choice.name = grid.name;
        choice.areaIds = grid.areaIds;
        //: A grid covering part of a split village: 东方村第一网格（东片）
        const QString name = grid.part.isEmpty() ? grid.name : tr("%1 (%2)").arg(grid.name, grid.part);
        choice.text = grid.inspectorId && inspectors.contains(*grid.inspectorId)
                          //: A grid and its inspector: 渔庄村网格 — 张伟
                          ? tr("%1 — %2").arg(name, inspectors.value(*grid.inspectorId))
                          //: 暂无网格员
                          : tr("%1 — no inspector yet").arg(name);
        choices.append(choice);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(choices.begin(), choices.end(), [&chinese](const GridChoice &a, const GridChoice &b) {
        return chinese.compare(a.text, b.text) < 0;
    });
    return choices;
}

Result<qint64> EnterpriseSupervisionDialog::townOf(ClientSession &session, const QList<qint64> &enterpriseIds)
{
    const QList<qint64> ids = distinct(enterpriseIds);
    if (ids.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one enterprise."));
    const qsizetype waiting = std::count_if(ids.cbegin(), ids.cend(), [](qint64 id) { return id <= 0; });
    if (waiting > 0)
        return makeError(ErrorCode::Invalid,
                         tr("%n of the chosen enterprises still wait to be sent to the server: change their "
                            "supervision once the server has them.",
                            nullptr, int(waiting)));
    auto rows = ReplicaEnterprises(session.replica()->sql()).rows(ids);
    if (!rows)
        return rows.error();
    if (rows->size() != ids.size())
        return makeError(ErrorCode::NotFound,
                         tr("%n of the chosen enterprises are no longer in the register.", nullptr,
                            int(ids.size() - rows->size())));
    QSet<qint64> towns;
    for (const EnterpriseRow &row : rows.value())
        towns.insert(row.townId);
    if (towns.size() != 1)
        return makeError(
            ErrorCode::Invalid,
            tr("The chosen enterprises are in %1 towns: a grid or a town's direct supervision is "
               "for one town's enterprises. Choose the enterprises of one town at a time.")
                .arg(towns.size()));
    return *towns.cbegin();
}

EnterpriseSupervisionDialog *EnterpriseSupervisionDialog::openFor(ClientSession &session,
                                                                  const QList<qint64> &enterpriseIds,
                                                                  QWidget *parent)
{
    if (const auto town = townOf(session, enterpriseIds); !town) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Supervision"), town.error().message,
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("enterpriseSupervisionRefusedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    auto *dialog = new EnterpriseSupervisionDialog(session, enterpriseIds, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

EnterpriseSupervisionDialog::EnterpriseSupervisionDialog(ClientSession &session,
                                                         const QList<qint64> &enterpriseIds,
                                                         QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_ids(distinct(enterpriseIds)),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_introLabel(new QLabel(this)),
    //: 纳入网格
    m_gridRadio(new QRadioButton(tr("Put into a &grid:"), this)),
    m_gridBox(new QComboBox(this)),
    //: 镇（街道）直管
    m_directRadio(new QRadioButton(tr("Supervised &directly by the town, because:"), this)),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enterpriseSupervisionDialog"));
    //: 纳入网格 / 镇直管
    setWindowTitle(tr("Supervision of enterprises"));
    m_introLabel->setObjectName(QStringLiteral("supervisionIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_gridRadio->setObjectName(QStringLiteral("supervisionGridRadio"));
    m_gridBox->setObjectName(QStringLiteral("supervisionGridBox"));
    m_directRadio->setObjectName(QStringLiteral("supervisionDirectRadio"));
    m_reasonEdit->setObjectName(QStringLiteral("supervisionReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    //: e.g. 危险化学品经营企业，由镇安监办直接监管
    m_reasonEdit->setPlaceholderText(
        tr("e.g. a hazardous-chemicals dealer the town's safety office inspects itself"));
    m_countLabel->setObjectName(QStringLiteral("supervisionReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_buttons->setObjectName(QStringLiteral("supervisionButtons"));
    // Many records change at once: a stray Enter cancels; a click or Ctrl+Enter confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnterpriseSupervisionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &EnterpriseSupervisionDialog::save);
    connect(m_gridRadio, &QRadioButton::toggled, this, &EnterpriseSupervisionDialog::updateChoice);
    connect(m_directRadio, &QRadioButton::toggled, this, &EnterpriseSupervisionDialog::updateChoice);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &EnterpriseSupervisionDialog::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_gridRadio);
    layout->addWidget(m_gridBox);
    layout->addWidget(m_errors->labelFor(m_gridBox, QStringLiteral("supervisionGridError")));
    layout->addWidget(m_directRadio);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errors->labelFor(m_reasonEdit, QStringLiteral("supervisionReasonError")));
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("supervisionError")));
    layout->addWidget(m_buttons);
    resize(480, 380);

    const auto town = townOf(session, m_ids);
    if (!town) {
        m_introLabel->setText(town.error().message);
        for (QWidget *widget : {static_cast<QWidget *>(m_gridRadio), static_cast<QWidget *>(m_gridBox),
                                static_cast<QWidget *>(m_directRadio), static_cast<QWidget *>(m_reasonEdit)})
            widget->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        updateCount();
        return;
    }
    m_townId = town.value();
    int inGrid = 0;
    int direct = 0;
    const auto rows = ReplicaEnterprises(session.replica()->sql()).rows(m_ids);
    for (const EnterpriseRow &row : rows ? rows.value() : QList<EnterpriseRow>()) {
        inGrid += row.gridId ? 1 : 0;
        direct += row.direct ? 1 : 0;
    }
    const std::optional<Region> townRegion = session.replica()->region(*m_townId);
    //: 已选 %n 家企业（遥观镇）; then how they are supervised now.
    m_introLabel->setText(tr("%n enterprise(s) chosen in %1.", nullptr, int(m_ids.size()))
                              .arg(townRegion ? townRegion->name : QString())
                          + QLatin1Char('\n')
                          //: 现在：网格 %1 家，镇直管 %2 家，未纳入 %3 家。
                          + tr("Now: %1 in a grid, %2 supervised directly, %3 in neither.")
                                .arg(inGrid)
                                .arg(direct)
                                .arg(m_ids.size() - inGrid - direct));
    const QList<GridChoice> choices = gridChoices(session, *m_townId);
    for (const GridChoice &choice : choices)
        m_gridBox->addItem(choice.text, choice.id);
    m_gridBox->setPlaceholderText(choices.isEmpty() ? tr("This town has no grid in use")
                                                    : tr("Choose a grid"));
    m_gridBox->setCurrentIndex(-1);
    // Without a grid in use, the town's direct supervision is the one choice left.
    m_gridRadio->setEnabled(!choices.isEmpty());
    (choices.isEmpty() ? m_directRadio : m_gridRadio)->setChecked(true);
    updateChoice();
    updateCount();
}

EnterpriseSupervisionDialog::~EnterpriseSupervisionDialog() = default;

EnterpriseSupervisionDialog *EnterpriseSupervisionDialog::reopen(ClientSession &session,
                                                                 const OutboxEntry &refused, QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kEnterpriseSetSupervision))
        return nullptr;
    const QCborMap &args = refused.args;
    QList<qint64> ids;
    for (const QCborValue &id : args.value(QStringLiteral("enterpriseIds")).toArray())
        ids.append(id.toInteger());
    // Those gone meanwhile are left out; the rest are corrected together.
    auto rows = ReplicaEnterprises(session.replica()->sql()).rows(ids);
    if (!rows || rows->isEmpty())
        return nullptr;
    QSet<qint64> present;
    for (const EnterpriseRow &row : rows.value())
        present.insert(row.id);
    ids.removeIf([&present](qint64 id) { return !present.contains(id); });
    auto *dialog = new EnterpriseSupervisionDialog(session, ids, parent);
    const QCborValue grid = args.value(QStringLiteral("gridId"));
    if (grid.isInteger()) {
        dialog->chooseGrid(grid.toInteger());
    } else {
        dialog->m_directRadio->setChecked(true);
        dialog->m_reasonEdit->setPlainText(args.value(QStringLiteral("directReason")).toString());
    }
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

bool EnterpriseSupervisionDialog::chooseGrid(qint64 gridId)
{
    const int index = m_gridBox->findData(gridId);
    if (!m_townId || index < 0)
        return false;
    m_gridRadio->setChecked(true);
    m_gridBox->setCurrentIndex(index);
    return true;
}

void EnterpriseSupervisionDialog::updateChoice()
{
    if (!m_townId)
        return;
    m_gridBox->setEnabled(m_gridRadio->isChecked() && m_gridBox->count() > 0);
    m_reasonEdit->setEnabled(m_directRadio->isChecked());
}

void EnterpriseSupervisionDialog::updateCount()
{
    const qsizetype length = m_reasonEdit->toPlainText().simplified().size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxDirectReasonLength));
    m_countLabel->setStyleSheet(length > kMaxDirectReasonLength ? QStringLiteral("color: #c0392b;")
                                                                : QString());
}

void EnterpriseSupervisionDialog::save()
{
    if (!m_townId || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QCborMap choice;
    QString gridName;
    QString reason;
    if (m_gridRadio->isChecked()) {
        if (m_gridBox->currentIndex() < 0)
            return m_errors->show(m_gridBox, m_gridBox->count() > 0
                                                 ? tr("Choose the grid the enterprises go into.")
                                                 : tr("This town has no grid in use: create one on the Grids "
                                                      "page, or let the town supervise them directly."));
        const qint64 gridId = m_gridBox->currentData().toLongLong();
        choice.insert(QStringLiteral("gridId"), gridId);
        const std::optional<Grid> grid = m_session.replica()->grid(gridId);
        gridName = grid ? grid->name : m_gridBox->currentText();
    } else {
        // Line breaks are kept apart from the name rules' single line: they become spaces.
        QString text = m_reasonEdit->toPlainText();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const auto normalized =
            normalizeName(text, tr("reason for direct supervision"), kMaxDirectReasonLength);
        if (!normalized)
            return m_errors->show(m_reasonEdit, normalized.error().message);
        reason = normalized.value();
        choice.insert(QStringLiteral("directReason"), reason);
    }

    const QString command = QString::fromLatin1(cmd::kEnterpriseSetSupervision);
    const qsizetype parts = (m_ids.size() + kBatchSize - 1) / kBatchSize;
    QStringList queuedIds;
    for (qsizetype part = 0; part < parts; ++part) {
        const QList<qint64> batch = m_ids.mid(part * kBatchSize, kBatchSize);
        QCborArray ids;
        for (qint64 id : batch)
            ids.append(id);
        QCborMap args = choice;
        args.insert(QStringLiteral("enterpriseIds"), ids);
        QString summary =
            gridName.isEmpty()
                //: The outbox's summary: 3 家企业改为镇直管
                ? tr("%n enterprise(s) supervised directly by the town", nullptr, int(batch.size()))
                //: The outbox's summary: 将 3 家企业纳入 渔庄村网格
                : tr("Put %n enterprise(s) into %1", nullptr, int(batch.size())).arg(gridName);
        if (parts > 1)
            //: After a summary when the change goes in several commands: （第 1/3 批）
            summary += tr(" (part %1 of %2)").arg(part + 1).arg(parts);
        // A refused command is corrected in its place in the queue; any further part is new.
        auto queued = part == 0 && !m_refusedId.isEmpty()
                          ? m_session.resubmitRejected(m_refusedId, args, summary)
                          : m_session.submit(command, args, summary);
        if (!queued) {
            // What went stays queued; saving again sends only the rest.
            m_commandIds = queuedIds;
            m_ids = m_ids.mid(part * kBatchSize);
            if (part > 0)
                m_refusedId.clear();
            return m_errors->show(nullptr, queuedIds.isEmpty()
                                               ? queued.error().message
                                               : tr("Only the first %1 of %2 parts were queued: %3")
                                                     .arg(queuedIds.size())
                                                     .arg(parts)
                                                     .arg(queued.error().message));
        }
        queuedIds.append(queued.value());
    }
    m_commandIds = queuedIds;
    accept();
}

} // namespace gridsafe
