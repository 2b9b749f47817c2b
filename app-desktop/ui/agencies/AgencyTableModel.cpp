#include "ui/agencies/AgencyTableModel.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CreditCode.h"
#include "ui/agencies/AgencyRules.h"

#include <QCollator>
#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace gridsafe {

AgencyTableModel::AgencyTableModel(Replica &replica, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica)
{
    connect(&m_replica, &Replica::changed, this, &AgencyTableModel::reload);
    reload();
}

void AgencyTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (m_search == search)
        return;
    m_search = search;
    reload();
}

bool AgencyTableModel::passesSearch(const Agency &agency) const
{
    if (m_search.isEmpty())
        return true;
    const auto has = [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
    // A code is found however it was typed: with spaces, in lower case, full width.
    const QString code = normalizeCreditCode(m_search);
    return has(agency.name) || has(agency.contact) || has(agency.phone)
           || (!code.isEmpty() && agency.creditCode.contains(code));
}

void AgencyTableModel::reload()
{
    const ReplicaRecords records(m_replica);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QHash<qint64, QString> townNames;
    for (const Region &region : m_replica.regions()) {
        if (isTownLevel(region.kind))
            townNames.insert(region.id, region.name);
    }
    // The towns each agency serves today (those whose contracts this user sees).
    QHash<qint64, QStringList> activeTowns;
    for (const ServiceContract &contract : records.contracts()) {
        QStringList &towns = activeTowns[contract.agencyId];
        const QString town = townNames.value(contract.townId);
        if (contractStatus(contract, today) == ContractStatus::Active && !towns.contains(town))
            towns.append(town);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    const QList<Agency> ranked = rankedAgencies(records.agencies());
    const QList<int> ranks = growthRanks(ranked);
    QList<Row> rows;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (!passesSearch(ranked.at(i)))
            continue;
        Row row{ranked.at(i), ranks.at(i), activeTowns.value(ranked.at(i).id)};
        std::sort(row.activeTowns.begin(), row.activeTowns.end(),
                  [&chinese](const QString &a, const QString &b) { return chinese.compare(a, b) < 0; });
        rows.append(row);
    }
    m_total = int(ranked.size());
    // Syncs arrive often; leave the view (selection, scrolling) alone when nothing shown changed.
    if (!std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), sameRow)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT reloaded();
}

bool AgencyTableModel::sameRow(const Row &a, const Row &b)
{
    // Every change to an agency raises its revision.
    return a.agency.id == b.agency.id && a.agency.revision == b.agency.revision && a.rank == b.rank
           && a.activeTowns == b.activeTowns;
}

int AgencyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgencyTableModel::displayText(const Row &row, int column) const
{
    const Agency &agency = row.agency;
    switch (Column(column)) {
    case Rank:
        return row.rank > 0 ? QString::number(row.rank) : QStringLiteral("—");
    case Name:
        return agency.name;
    case CreditCode:
        return agency.creditCode;
    case OnCityList:
        //: On the city's list (市级名录): 是 / 否.
        return agency.onCityList ? tr("Yes") : tr("No");
    case GrowthValue:
        return growthValueText(agency);
    case Contact:
        if (agency.contact.isEmpty() || agency.phone.isEmpty())
            return agency.contact + agency.phone;
        //: A contact person and their phone: "王经理 0519-86881001".
        return tr("%1 %2").arg(agency.contact, agency.phone);
    case ActiveContracts:
        //: Separates town names; Chinese uses "、".
        return row.activeTowns.join(tr(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgencyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OnCityList && !row.agency.onCityList)
            return tr("Not on the city's list of technical service agencies: a town cannot sign a contract "
                      "with it.");
        if (index.column() == ActiveContracts && !row.activeTowns.isEmpty())
            return tr("Holds a service contract in force today with %1.").arg(row.activeTowns.join(tr(", ")));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OnCityList && !row.agency.onCityList)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rank)
            return int(Qt::AlignCenter);
        return {};
    case AgencyIdRole:
        return row.agency.id;
    case OnCityListRole:
        return row.agency.onCityList;
    default:
        return {};
    }
}

QVariant AgencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rank:
        //: 排名 (by growth value)
        return tr("Rank");
    case Name:
        //: 机构名称
        return tr("Agency");
    case CreditCode:
        //: 统一社会信用代码
        return tr("Credit code");
    case OnCityList:
        //: 市级名录
        return tr("City list");
    case GrowthValue:
        //: 成长值（评定日期）
        return tr("Growth value (date)");
    case Contact:
        //: 联系人及电话
        return tr("Contact");
    case ActiveContracts:
        //: 在履行服务合同的镇（街道）
        return tr("Contracts in force (towns)");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Agency> AgencyTableModel::agencyAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).agency;
}

int AgencyTableModel::rowOfAgency(qint64 agencyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).agency.id == agencyId)
            return row;
    }
    return -1;
}

} // namespace gridsafe
