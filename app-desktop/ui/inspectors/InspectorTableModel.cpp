#include "ui/inspectors/InspectorTableModel.h"

#include "core/PendingGrids.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "ui/AlertColours.h"
#include "ui/PendingRowStyle.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace gridsafe {

namespace {

const QCollator &chinese()
{
    static const QCollator collator = [] {
        QCollator value(QLocale(QLocale::Chinese, QLocale::China));
        value.setNumericMode(true);
        return value;
    }();
    return collator;
}

// inspector.update replaces the record whole, with inspector.create's defaults.
void applyArgs(const QCborMap &args, Inspector &inspector)
{
    inspector.name = args.value(QStringLiteral("name")).toString();
    inspector.phone = args.value(QStringLiteral("phone")).toString();
    inspector.kind =
        Inspector::kindFromName(args.value(QStringLiteral("kind")).toString()).value_or(inspector.kind);
    const QCborValue region = args.value(QStringLiteral("unitRegionId"));
    inspector.unitRegionId = region.isInteger() ? std::optional(region.toInteger()) : std::nullopt;
    inspector.unit = args.value(QStringLiteral("unit")).toString();
    const QCborValue user = args.value(QStringLiteral("userId"));
    inspector.userId = user.isInteger() ? std::optional(user.toInteger()) : std::nullopt;
    inspector.active = args.value(QStringLiteral("active")).toBool(true);
}

QString hoursText(double hours)
{
    return QString::number(hours); // 6, 2.5
}

} // namespace

InspectorTableModel::InspectorTableModel(Replica &replica, Outbox &outbox, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica),
    m_outbox(outbox)
{
    connect(&m_replica, &Replica::changed, this, &InspectorTableModel::reload);
    connect(&m_outbox, &Outbox::changed, this, &InspectorTableModel::reload);
    reload();
}

void InspectorTableModel::setTown(std::optional<qint64> townId)
{
    if (m_townId == townId)
        return;
    m_townId = townId;
    reload();
}

void InspectorTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (m_search == search)
        return;
    m_search = search;
    reload();
}

void InspectorTableModel::setNeedsAttentionOnly(bool only)
{
    if (m_attentionOnly == only)
        return;
    m_attentionOnly = only;
    reload();
}

QString InspectorTableModel::kindText(Inspector::Kind kind)
{
    switch (kind) {
    case Inspector::Kind::SafetyOfficer:
        //: 安管员
        return tr("Safety officer");
    case Inspector::Kind::TownStaff:
        //: 镇（街道）工作人员
        return tr("Town staff");
    case Inspector::Kind::Other:
        break;
    }
    //: 其他
    return tr("Other");
}

QList<ShownInspector> InspectorTableModel::overlay(const QList<Inspector> &confirmed,
                                                   std::optional<qint64> townId,
                                                   const QList<OutboxEntry> &queue)
{
    QList<ShownInspector> shown;
    QHash<qint64, int> rowOf;
    for (const Inspector &inspector : confirmed) {
        rowOf.insert(inspector.id, int(shown.size()));
        shown.append(ShownInspector{inspector, {}, {}});
    }
    QHash<QString, qint64> inspectorOfCommand; // for the commands built on a laid-over one
    for (const OutboxEntry &entry : queue) {
        const bool create = entry.name == QLatin1String(cmd::kInspectorCreate);
        if (entry.state != OutboxEntry::State::Pending
            || (!create && entry.name != QLatin1String(cmd::kInspectorUpdate)))
            continue;
        qint64 id = entry.args.value(QStringLiteral("inspectorId")).toInteger();
        if (create) {
            Inspector created;
            created.id = id = -entry.seq;
            created.townId = entry.args.value(QStringLiteral("townId")).toInteger();
            if (townId && created.townId != *townId)
                continue;
            created.revision = 0;
            created.createdAt = entry.createdAt;
            rowOf.insert(id, int(shown.size()));
            shown.append(ShownInspector{created, {}, {}});
        } else if (!entry.buildsOn.isEmpty()) {
            // Waiting for a command that is not laid over (refused): neither is this one.
            if (!inspectorOfCommand.contains(entry.buildsOn))
                continue;
            id = inspectorOfCommand.value(entry.buildsOn);
        }
        if (!rowOf.contains(id))
            continue;
        ShownInspector &target = shown[rowOf.value(id)];
        applyArgs(entry.args, target.inspector);
        target.inspector.updatedAt = entry.createdAt;
        target.pendingChanges.append(entry.summary);
        target.lastPendingCommand = entry.commandId;
        inspectorOfCommand.insert(entry.commandId, id);
    }
    return shown;
}

bool InspectorTableModel::sameRow(const Row &a, const Row &b)
{
    const Inspector &x = a.shown.inspector;
    const Inspector &y = b.shown.inspector;
    const auto certificate = [](const InspectorStanding &standing) {
        return standing.validCertificate ? standing.validCertificate->id : 0;
    };
    return x.id == y.id && x.revision == y.revision && x.name == y.name && x.phone == y.phone
           && x.kind == y.kind && x.unitRegionId == y.unitRegionId && x.unit == y.unit && x.active == y.active
           && a.shown.pendingChanges == b.shown.pendingChanges
           && a.shown.lastPendingCommand == b.shown.lastPendingCommand && a.townName == b.townName
           && a.unitName == b.unitName && a.grids == b.grids
           && certificate(a.standing) == certificate(b.standing)
           && a.standing.certificateExpiresSoon == b.standing.certificateExpiresSoon
           && a.standing.trainingHoursThisYear == b.standing.trainingHoursThisYear
           && a.standing.requiredHours == b.standing.requiredHours && a.standing.hasPlan == b.standing.hasPlan
           && a.standing.dueForTraining == b.standing.dueForTraining;
}

bool InspectorTableModel::passesSearch(const Row &row) const
{
    if (m_search.isEmpty())
        return true;
    const Inspector &inspector = row.shown.inspector;
    const auto has = [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
    // A phone number is found however it was typed: 139 1234, 0519-8800.
    QString digits = m_search;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool phoneMatches =
        !digits.isEmpty() && QString(inspector.phone).remove(QLatin1Char('-')).contains(digits);
    return phoneMatches || has(inspector.name) || has(inspector.phone) || has(row.unitName)
           || has(inspector.unit) || std::any_of(row.grids.cbegin(), row.grids.cend(), has)
           || (row.standing.validCertificate && has(row.standing.validCertificate->number));
}

void InspectorTableModel::reload()
{
    const ReplicaRecords records(m_replica);
    const QDate today = chinaDate(QDateTime::currentDateTimeUtc());
    QHash<qint64, QString> regionNames;
    QList<qint64> towns;
    for (const Region &region : m_replica.regions()) {
        regionNames.insert(region.id, region.name);
        if (isTownLevel(region.kind) && (!m_townId || region.id == *m_townId))
            towns.append(region.id);
    }
    const QList<OutboxEntry> queue = m_outbox.entries();
    // Who holds which grid, with queued assignments laid over (一格一员).
    QHash<qint64, QStringList> held;
    for (qint64 town : std::as_const(towns)) {
        for (const ShownGrid &shown : PendingGrids::overlay(m_replica.grids(town), town, queue)) {
            if (shown.grid.status == Grid::Status::Active && shown.grid.inspectorId)
                held[*shown.grid.inspectorId].append(shown.grid.name);
        }
    }
    const QList<gridsafe::Certificate> certificates = records.certificates(m_townId);
    const QList<TrainingSession> trainings = records.trainings(m_townId);
    const QList<TrainingPlan> plans = records.trainingPlans(m_townId);

    QList<Row> rows;
    Counts counts;
    for (ShownInspector &shown : overlay(records.inspectors(m_townId), m_townId, queue)) {
        Row row;
        const Inspector &inspector = shown.inspector;
        row.townName = regionNames.value(inspector.townId);
        row.unitName = inspector.unitRegionId ? regionNames.value(*inspector.unitRegionId, inspector.unit)
                                              : inspector.unit;
        row.grids = held.value(inspector.id);
        std::sort(row.grids.begin(), row.grids.end(),
                  [](const QString &a, const QString &b) { return chinese().compare(a, b) < 0; });
        row.standing = inspectorStanding(inspector, certificates, trainings,
                                         trainingPlanFor(plans, inspector.townId, today.year()), today);
        const InspectorStanding &standing = row.standing;
        row.needsAttention =
            inspector.active
            && (!standing.validCertificate || standing.certificateExpiresSoon || standing.dueForTraining);
        ++counts.total;
        if (!inspector.active) {
            ++counts.inactive;
        } else {
            counts.withoutCertificate += standing.validCertificate ? 0 : 1;
            counts.expiringSoon += standing.certificateExpiresSoon ? 1 : 0;
            counts.dueForTraining += standing.dueForTraining ? 1 : 0;
        }
        row.shown = std::move(shown);
        if ((m_attentionOnly && !row.needsAttention) || !passesSearch(row)) {
            ++counts.filteredOut;
            continue;
        }
        rows.append(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int order = chinese().compare(a.shown.inspector.name, b.shown.inspector.name);
        return order != 0 ? order < 0 : a.shown.inspector.id < b.shown.inspector.id;
    });
    m_counts = counts;
    // Syncs arrive often; leave the view (selection, scrolling) alone when nothing shown changed.
    const bool changed =
        today != m_today || !std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), sameRow);
    if (changed) {
        beginResetModel();
        m_rows = std::move(rows);
        m_today = today;
        endResetModel();
    }
    Q_EMIT reloaded();
}

int InspectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InspectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InspectorTableModel::certificateText(const Row &row) const
{
    if (!row.standing.validCertificate)
        return tr("No valid certificate");
    //: A certificate's number and last day: "%1，有效期至 %2".
    return tr("%1, valid until %2")
        .arg(row.standing.validCertificate->number, row.standing.validCertificate->validUntil);
}

QString InspectorTableModel::trainingText(const Row &row) const
{
    const InspectorStanding &standing = row.standing;
    if (!standing.hasPlan)
        //: Training hours this year when the town has no plan: "%1 学时（无计划）".
        return tr("%1 h (no plan)").arg(hoursText(standing.trainingHoursThisYear));
    //: Hours attended this year of the hours the plan requires: "%1 / %2 学时".
    return tr("%1 / %2 h").arg(hoursText(standing.trainingHoursThisYear), hoursText(standing.requiredHours));
}

QVariant InspectorTableModel::foreground(const Row &row, int column) const
{
    if (!row.shown.inspector.active)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (row.shown.isPending())
        return PendingRowStyle::data(Qt::ForegroundRole, row.shown.pendingChanges);
    if (column == Certificate && !row.standing.validCertificate)
        return kAlertRed;
    if ((column == Certificate && row.standing.certificateExpiresSoon)
        || (column == Training && row.standing.dueForTraining))
        return kAlertOrange;
    return {};
}

QVariant InspectorTableModel::toolTip(const Row &row, int column) const
{
    if (row.shown.isPending())
        return PendingRowStyle::data(Qt::ToolTipRole, row.shown.pendingChanges);
    const InspectorStanding &standing = row.standing;
    switch (column) {
    case Grids:
        return row.grids.isEmpty() ? tr("Responsible for no grid.") : row.grids.join(QLatin1Char('\n'));
    case Certificate:
        if (!standing.validCertificate)
            return tr("Only an inspector with a valid certificate may be responsible for a grid: record "
                      "their training and exam, then issue a certificate.");
        if (standing.certificateExpiresSoon) {
            const QDate last = parseCivilDate(standing.validCertificate->validUntil).value_or(m_today);
            return tr("Runs out in %n day(s): renew it in time.", nullptr, int(m_today.daysTo(last)));
        }
        return {};
    case Training:
        if (standing.hasPlan && standing.dueForTraining)
            return tr("%1 more hours needed this year to meet the town's plan.")
                .arg(hoursText(standing.requiredHours - standing.trainingHoursThisYear));
        if (standing.dueForTraining)
            return tr("No training attended this year (the town has no training plan for %1).")
                .arg(m_today.year());
        return {};
    default:
        return {};
    }
}

QVariant InspectorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Inspector &inspector = row.shown.inspector;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return inspector.name;
        case Town:
            return row.townName;
        case Phone:
            return inspector.phone;
        case Kind:
            return kindText(inspector.kind);
        case Unit:
            return row.unitName;
        case Grids:
            //: Separates the names of the grids an inspector holds; Chinese uses "、".
            return row.grids.join(tr(", "));
        case Certificate:
            return certificateText(row);
        case Training:
            return trainingText(row);
        case Status:
            if (row.shown.isPending())
                //: The inspector's state while a change to them waits to be sent to the server.
                return inspector.active ? tr("Active · pending sync") : tr("Inactive · pending sync");
            return inspector.active ? tr("Active") : tr("Inactive");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::FontRole:
        return PendingRowStyle::data(role, row.shown.pendingChanges);
    case InspectorIdRole:
        return inspector.id;
    case TownIdRole:
        return inspector.townId;
    case InspectorActiveRole:
        return inspector.active;
    case InspectorPendingRole:
        return row.shown.isPending();
    case NeedsAttentionRole:
        return row.needsAttention;
    default:
        return {};
    }
}

QVariant InspectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Town:
        return tr("Town");
    case Phone:
        return tr("Phone");
    case Kind:
        return tr("Kind");
    case Unit:
        return tr("Unit");
    case Grids:
        //: 负责网格
        return tr("Grids held");
    case Certificate:
        //: 上岗证
        return tr("Certificate");
    case Training:
        //: 本年培训
        return tr("Training this year");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<ShownInspector> InspectorTableModel::shownAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).shown;
}

int InspectorTableModel::rowOfInspector(qint64 inspectorId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).shown.inspector.id == inspectorId)
            return row;
    }
    return -1;
}

} // namespace gridsafe
