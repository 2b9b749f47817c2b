#include "ui/admin/UserTableModel.h"

#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "ui/PendingRowStyle.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace gridsafe {

namespace {

// The queue laid over the accounts: new ones appended (id: minus their outbox position),
// enabling and disabling applied. Refused commands are not laid over.
QList<UserTableModel::Row> overlay(const QList<UserAccount> &accounts, const QList<OutboxEntry> &queue)
{
    QList<UserTableModel::Row> rows;
    for (const UserAccount &account : accounts)
        rows.append({account, {}});
    for (const OutboxEntry &entry : queue) {
        if (entry.state != OutboxEntry::State::Pending)
            continue;
        if (entry.name == QLatin1String(cmd::kUserCreate)) {
            UserAccount account;
            account.id = -entry.seq;
            account.username = entry.args.value(QStringLiteral("username")).toString().trimmed().toLower();
            account.displayName = entry.args.value(QStringLiteral("displayName")).toString();
            account.role =
                roleFromName(entry.args.value(QStringLiteral("role")).toString()).value_or(Role::Inspector);
            const QCborValue town = entry.args.value(QStringLiteral("townId"));
            if (town.isInteger())
                account.townId = town.toInteger();
            rows.append({account, {entry.summary}});
        } else if (entry.name == QLatin1String(cmd::kUserSetDisabled)
                   || entry.name == QLatin1String(cmd::kUserResetPassword)) {
            const qint64 userId = entry.args.value(QStringLiteral("userId")).toInteger();
            for (UserTableModel::Row &row : rows) {
                if (row.account.id != userId)
                    continue;
                if (entry.name == QLatin1String(cmd::kUserSetDisabled))
                    row.account.disabled = entry.args.value(QStringLiteral("disabled")).toBool();
                row.pendingChanges.append(entry.summary);
            }
        }
    }
    return rows;
}

} // namespace

UserTableModel::UserTableModel(Replica &replica, Outbox &outbox, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica),
    m_outbox(outbox)
{
    connect(&m_replica, &Replica::changed, this, &UserTableModel::reload);
    connect(&m_outbox, &Outbox::changed, this, &UserTableModel::reload);
    reload();
}

void UserTableModel::reload()
{
    QHash<qint64, QString> towns;
    for (const Region &region : m_replica.regions()) {
        if (isTownLevel(region.kind))
            towns.insert(region.id, region.name);
    }
    beginResetModel();
    m_townNames = std::move(towns);
    m_rows.clear();
    for (Row &row : overlay(m_replica.users(), m_outbox.entries())) {
        static constexpr int kSearched[] = {Username, DisplayName, Town};
        const bool found =
            m_search.isEmpty() || std::any_of(std::begin(kSearched), std::end(kSearched), [&](int column) {
                return text(row, column).contains(m_search, Qt::CaseInsensitive);
            });
        if (found)
            m_rows.append(std::move(row));
    }
    sortRows(m_rows);
    endResetModel();
}

void UserTableModel::setSearch(const QString &text)
{
    if (m_search == text.trimmed())
        return;
    m_search = text.trimmed();
    reload();
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    sortRows(m_rows);
    endResetModel();
}

void UserTableModel::sortRows(QList<Row> &rows) const
{
    static const QCollator chinese = [] {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        return collator;
    }();
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.account.disabled != b.account.disabled)
            return !a.account.disabled;
        // Times sort as written (ISO); everything else as a Chinese reader expects.
        int order = m_sortColumn == LastLogin ? QString::compare(a.account.lastLoginAt, b.account.lastLoginAt)
                                              : chinese.compare(text(a, m_sortColumn), text(b, m_sortColumn));
        if (order == 0)
            order = chinese.compare(a.account.displayName, b.account.displayName);
        if (order == 0)
            return a.account.username < b.account.username;
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
}

QString UserTableModel::text(const Row &row, int column) const
{
    const UserAccount &account = row.account;
    switch (Column(column)) {
    case Username:
        return account.username;
    case DisplayName:
        return account.displayName;
    case RoleColumn:
        return roleDisplayName(account.role);
    case Town:
        return townName(account);
    case Status: {
        const QString state = account.disabled ? tr("Disabled") : tr("Enabled");
        //: An account's state while a change to it waits to be sent to the server.
        return row.pendingChanges.isEmpty() ? state : tr("%1 · pending sync").arg(state);
    }
    case LastLogin:
        return account.lastLoginAt.isEmpty() ? tr("Never") : PendingRowStyle::localTime(account.lastLoginAt);
    case ColumnCount:
        break;
    }
    return {};
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::townName(const UserAccount &account) const
{
    if (!account.townId)
        return tr("All towns");
    return m_townNames.value(*account.townId, tr("Town %1").arg(*account.townId));
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const UserAccount &account = row.account;
    const bool pending = !row.pendingChanges.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ForegroundRole:
        if (account.disabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return PendingRowStyle::data(role, row.pendingChanges);
    case Qt::ToolTipRole:
    case Qt::FontRole:
        return PendingRowStyle::data(role, row.pendingChanges);
    case UserIdRole:
        return account.id;
    case PendingRole:
        return pending;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Username:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Town:
        return tr("Town or street");
    case Status:
        return tr("Status");
    case LastLogin:
        return tr("Last login");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<UserTableModel::Row> UserTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int UserTableModel::rowOfUser(qint64 userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).account.id == userId)
            return row;
    }
    return -1;
}

QStringList UserTableModel::usernames() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.account.username);
    return names;
}

} // namespace gridsafe
