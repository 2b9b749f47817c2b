#pragma once
// 技术服务机构名录 — the district's register of technical service agencies, ranked by growth
// value (成长值) from the city's list, highest first, unscored last: rank, name, unified social
// credit code, whether on the city's list (市级名录), growth value and its date, contact, and
// the towns holding an active contract with each. Read from the replica, reloaded when it
// changes; the rows are only reset when what they show changed, so a sync keeps the view.

#include "domain/Agency.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace gridsafe {

class Replica;

class AgencyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Name, CreditCode, OnCityList, GrowthValue, Contact, ActiveContracts, ColumnCount };
    enum Role { AgencyIdRole = Qt::UserRole + 1, OnCityListRole };

    explicit AgencyTableModel(Replica &replica, QObject *parent = nullptr);

    // Only the agencies whose name, credit code, contact or phone contain this text.
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }
    // Every agency of the register, whatever the search hides.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Agency> agencyAt(int row) const;
    int rowOfAgency(qint64 agencyId) const; // -1 when not shown

    void reload();

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        Agency agency;
        int rank = 0; // 0: not scored
        QStringList activeTowns;
    };
    static bool sameRow(const Row &a, const Row &b);
    bool passesSearch(const Agency &agency) const;
    QString displayText(const Row &row, int column) const;

    Replica &m_replica;
    QString m_search;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace gridsafe
