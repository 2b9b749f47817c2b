#pragma once
// 用户列表 — the accounts in an administrator's replica, one row each, with the queued
// account changes laid over them (a new account shows at once, marked 待同步). Sorts by any
// column (text in Chinese collation: pinyin), disabled accounts last; filters by a search.

#include "domain/UserAccount.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace gridsafe {

class Outbox;
class Replica;

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, DisplayName, RoleColumn, Town, Status, LastLogin, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, PendingRole };

    struct Row
    {
        UserAccount account;
        QStringList pendingChanges; // queued, in words
    };

    UserTableModel(Replica &replica, Outbox &outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Only accounts whose user name, name or town contains this text.
    void setSearch(const QString &text);

    std::optional<Row> rowAt(int row) const;
    int rowOfUser(qint64 userId) const;
    // User names taken, queued accounts included (for the new-account dialog).
    QStringList usernames() const;
    void reload();

private:
    QString townName(const UserAccount &account) const;
    QString text(const Row &row, int column) const;
    void sortRows(QList<Row> &rows) const;

    Replica &m_replica;
    Outbox &m_outbox;
    QList<Row> m_rows;
    QHash<qint64, QString> m_townNames;
    QString m_search;
    int m_sortColumn = DisplayName;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gridsafe
