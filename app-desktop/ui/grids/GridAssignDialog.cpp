#include "ui/grids/GridAssignDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/InspectorStanding.h"
#include "domain/NameRules.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kCandidateIdRole = Qt::UserRole + 1;

} // namespace

GridAssignDialog::GridAssignDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_grid(grid.grid),
    m_buildsOn(grid.lastPendingCommand),
    m_searchEdit(new QLineEdit(this)),
    m_list(new QListWidget(this)),
    m_overrideLabel(new QLabel(this)),
    m_overrideEdit(new QLineEdit(this)),
    m_warningLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignInspectorDialog"));
    //: 任命网格员
    setWindowTitle(tr("Inspector for grid %1").arg(m_grid.name));
    m_candidates = candidates();

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const auto current = std::find_if(m_candidates.cbegin(), m_candidates.cend(),
                                      [](const Candidate &candidate) { return candidate.current; });
    intro->setText(current != m_candidates.cend()
                       ? tr("%1 is responsible for grid \"%2\" now. Choose who takes it over; a grid has "
                            "one inspector at a time, and the history keeps both.")
                             .arg(current->name, m_grid.name)
                       : tr("Choose the inspector responsible for grid \"%1\". Only an inspector holding a "
                            "valid certificate can be chosen.")
                             .arg(m_grid.name));

    auto *history = new QLabel(historyText(), this);
    history->setObjectName(QStringLiteral("assignHistoryLabel"));
    history->setWordWrap(true);
    history->setStyleSheet(QStringLiteral("color: palette(mid);"));
    history->setVisible(!history->text().isEmpty());
    m_searchEdit->setObjectName(QStringLiteral("assignSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find by name, phone or unit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("assignInspectorList"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_overrideLabel->setObjectName(QStringLiteral("assignOverrideLabel"));
    m_overrideLabel->setWordWrap(true);
    m_overrideEdit->setObjectName(QStringLiteral("assignOverrideEdit"));
    m_overrideEdit->setMaxLength(kMaxRetireReasonLength * 2);
    m_overrideEdit->setPlaceholderText(tr("e.g. the village's second officer is on leave until May"));
    m_overrideLabel->setBuddy(m_overrideEdit);
    m_warningLabel->setObjectName(QStringLiteral("assignWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_errorLabel->setObjectName(QStringLiteral("assignErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons->setObjectName(QStringLiteral("assignButtons"));
    //: 任命
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));

    connect(m_searchEdit, &QLineEdit::textChanged, this, &GridAssignDialog::filterList);
    connect(m_list, &QListWidget::currentItemChanged, this, &GridAssignDialog::onChosen);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (!m_overrideEdit->isVisible())
            save();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridAssignDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(history);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_overrideLabel);
    layout->addWidget(m_overrideEdit);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(560, 520);
    fillList();
    onChosen();
    showError({});
    m_searchEdit->setFocus();
}

GridAssignDialog *GridAssignDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kGridAssignInspector))
        return nullptr;
    const std::optional<Grid> current =
        session.replica()->grid(refused.args.value(QStringLiteral("gridId")).toInteger());
    if (!current || current->status != Grid::Status::Active)
        return nullptr;
    auto *dialog = new GridAssignDialog(session, ShownGrid{*current, {}, {}}, parent);
    dialog->chooseInspector(refused.args.value(QStringLiteral("inspectorId")).toInteger());
    dialog->m_overrideEdit->setText(refused.args.value(QStringLiteral("overrideReason")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this assignment: %1").arg(refused.errorMessage));
    return dialog;
}

QList<GridAssignDialog::Candidate> GridAssignDialog::candidates() const
{
    const ReplicaRecords records(*m_session.replica());
    // The certificate valid today, the one valid longest, judged as the inspectors page does.
    const QDate today = chinaDate(QDateTime::currentDateTimeUtc());
    const QList<Certificate> certificates = records.certificates(m_grid.townId);
    // Who holds which grid, with the queued changes laid over (an assignment made a moment
    // ago offline counts).
    QHash<qint64, QStringList> held;
    const QList<ShownGrid> grids = PendingGrids::overlay(m_session.replica()->grids(m_grid.townId),
                                                         m_grid.townId, m_session.outbox()->entries());
    std::optional<qint64> currentInspector;
    for (const ShownGrid &shown : grids) {
        if (shown.grid.status != Grid::Status::Active || !shown.grid.inspectorId)
            continue;
        if (shown.grid.id == m_grid.id)
            currentInspector = shown.grid.inspectorId;
        else
            held[*shown.grid.inspectorId].append(shown.grid.name);
    }
    QList<Candidate> list;
    for (const Inspector &inspector : records.inspectors(m_grid.townId)) {
        if (!inspector.active)
            continue;
        Candidate candidate;
        candidate.id = inspector.id;
        candidate.name = inspector.name;
        candidate.townStaff = inspector.kind == Inspector::Kind::TownStaff;
        candidate.current = currentInspector == inspector.id;
        candidate.otherGrids = held.value(inspector.id);
        QString unit = inspector.unit;
        if (inspector.unitRegionId)
            if (const std::optional<Region> region = m_session.replica()->region(*inspector.unitRegionId))
                unit = region->name;
        QStringList details = {inspector.phone};
        if (!unit.isEmpty())
            details.append(unit);
        const std::optional<Certificate> certificate =
            inspectorStanding(inspector, certificates, {}, std::nullopt, today).validCertificate;
        if (certificate) {
            candidate.certified = true;
            details.append(
                tr("certificate %1, valid until %2").arg(certificate->number, certificate->validUntil));
        } else {
            details.append(tr("no valid certificate"));
        }
        if (!candidate.otherGrids.isEmpty())
            details.append(tr("holds %1").arg(candidate.otherGrids.join(QStringLiteral("、"))));
        candidate.details = details.join(QStringLiteral(" · "));
        list.append(candidate);
    }
    // Free and certified first, then certified with a grid, then the rest; by pinyin within.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    const auto rank = [](const Candidate &c) { return !c.certified ? 2 : (c.otherGrids.isEmpty() ? 0 : 1); };
    std::stable_sort(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

QString GridAssignDialog::historyText() const
{
    const ReplicaRecords records(*m_session.replica());
    QHash<qint64, QString> names;
    for (const Inspector &inspector : records.inspectors(m_grid.townId))
        names.insert(inspector.id, inspector.name);
    QList<GridAssignment> held;
    for (const GridAssignment &assignment : records.assignments(m_grid.townId)) {
        if (assignment.gridId == m_grid.id)
            held.append(assignment);
    }
    std::sort(held.begin(), held.end(), [](const GridAssignment &a, const GridAssignment &b) {
        return a.startsOn != b.startsOn ? a.startsOn > b.startsOn : a.id > b.id;
    });
    constexpr int kShown = 4; // the dialog is for choosing; the latest few say enough
    QStringList lines;
    for (const GridAssignment &assignment : held.mid(0, kShown)) {
        const QString who =
            names.value(assignment.inspectorId, tr("inspector %1").arg(assignment.inspectorId));
        //: 张伟 2026-03-02 至今 / 张伟 2025-01-01 至 2026-03-01（调任镇应急办）
        QString line = assignment.endsOn.isEmpty()
                           ? tr("%1 since %2").arg(who, assignment.startsOn)
                           : tr("%1 %2 to %3").arg(who, assignment.startsOn, assignment.endsOn);
        if (!assignment.endReason.isEmpty())
            line += tr(" (%1)").arg(assignment.endReason);
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};
    if (held.size() > kShown)
        lines.append(tr("… %1 earlier").arg(held.size() - kShown));
    //: 任命历史：
    return tr("History: %1").arg(lines.join(QStringLiteral("; ")));
}

void GridAssignDialog::fillList()
{
    m_list->clear();
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        QString title = candidate.name;
        if (candidate.current)
            title = tr("%1 (responsible now)").arg(candidate.name);
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + candidate.details, m_list);
        item->setData(kCandidateIdRole, candidate.id);
        if (!candidate.certified || candidate.current) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(
                candidate.current
                    ? tr("Already responsible for this grid.")
                    : tr("Only an inspector holding a valid certificate may be responsible for a "
                         "grid: train, examine and certify first."));
        }
    }
    if (m_candidates.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("This town has no active inspectors yet. Add them on the Inspectors page."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void GridAssignDialog::filterList(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.trimmed().isEmpty()
                        && !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

bool GridAssignDialog::chooseInspector(qint64 inspectorId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kCandidateIdRole).toLongLong() == inspectorId && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

std::optional<GridAssignDialog::Candidate> GridAssignDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const qint64 id = item->data(kCandidateIdRole).toLongLong();
    for (const Candidate &candidate : m_candidates)
        if (candidate.id == id)
            return candidate;
    return std::nullopt;
}

void GridAssignDialog::onChosen()
{
    const std::optional<Candidate> candidate = chosen();
    const bool holdsOther = candidate && !candidate->otherGrids.isEmpty();
    m_overrideLabel->setVisible(holdsOther);
    m_overrideEdit->setVisible(holdsOther);
    if (holdsOther)
        m_overrideLabel->setText(
            tr("%1 already holds %2. One inspector holds one grid: say why %1 should hold this one too "
               "(required).")
                .arg(candidate->name, candidate->otherGrids.join(QStringLiteral("、"))));
    QString warning;
    if (candidate && m_grid.kind == Grid::Kind::Park && !candidate->townStaff)
        warning = tr("A park grid is usually staffed by town staff; %1 is not.").arg(candidate->name);
    m_warningLabel->setText(warning);
    m_warningLabel->setVisible(!warning.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(candidate.has_value());
}

void GridAssignDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void GridAssignDialog::save()
{
    const std::optional<Candidate> candidate = chosen();
    if (!candidate) {
        showError(tr("Choose an inspector holding a valid certificate."));
        m_list->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("gridId"), m_grid.id);
    args.insert(QStringLiteral("revision"), m_grid.revision);
    args.insert(QStringLiteral("inspectorId"), candidate->id);
    if (!candidate->otherGrids.isEmpty()) {
        auto reason = normalizeName(m_overrideEdit->text(), tr("reason for holding more than one grid"),
                                    kMaxRetireReasonLength);
        if (!reason) {
            showError(reason.error().message);
            m_overrideEdit->setFocus();
            return;
        }
        args.insert(QStringLiteral("overrideReason"), reason.value());
    }
    //: 任命 张伟 为 渔庄村网格 的网格员
    const QString summary = tr("Make %1 the inspector of grid %2").arg(candidate->name, m_grid.name);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(QString::fromLatin1(cmd::kGridAssignInspector),
                                                           args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
