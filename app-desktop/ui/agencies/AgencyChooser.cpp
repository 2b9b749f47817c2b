#include "ui/agencies/AgencyChooser.h"

#include "ui/agencies/AgencyRules.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

namespace gridsafe {

AgencyChooser::AgencyChooser(QWidget *parent) : QComboBox(parent)
{
    //: 请选择技术服务机构
    setPlaceholderText(tr("Choose an agency"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void AgencyChooser::setAgencies(const QList<Agency> &agencies, bool listedOnly)
{
    const std::optional<Agency> before = chosen();
    {
        const QSignalBlocker blocker(this);
        clear();
        m_agencies = rankedAgencies(agencies);
        const QList<int> ranks = growthRanks(m_agencies);
        auto *items = qobject_cast<QStandardItemModel *>(model());
        for (qsizetype i = 0; i < m_agencies.size(); ++i) {
            const Agency &agency = m_agencies.at(i);
            QString text;
            if (listedOnly && !agency.onCityList)
                //: An agency that cannot be hired: 不在市级名录.
                text = tr("%1 — not on the city's list").arg(agency.name);
            else if (ranks.at(i) > 0)
                //: Rank, name and growth value (成长值): "1. 常州安泰… — 成长值 892".
                text =
                    tr("%1. %2 — growth value %3")
                        .arg(QString::number(ranks.at(i)), agency.name, QString::number(*agency.growthValue));
            else
                //: 未评分: no growth value (成长值) yet.
                text = tr("%1 — not scored").arg(agency.name);
            addItem(text, agency.id);
            if (listedOnly && !agency.onCityList && items) {
                QStandardItem *item = items->item(count() - 1);
                item->setEnabled(false);
                item->setToolTip(tr("Only an agency on the city's list of technical service agencies can get "
                                    "a contract."));
            }
        }
        setCurrentIndex(-1);
        if (before)
            choose(before->id);
    }
    // The choice may be gone or have moved: whoever follows it looks again.
    Q_EMIT currentIndexChanged(currentIndex());
}

std::optional<Agency> AgencyChooser::chosen() const
{
    const int index = currentIndex();
    if (index < 0)
        return std::nullopt;
    const qint64 id = itemData(index).toLongLong();
    for (const Agency &agency : m_agencies) {
        if (agency.id == id)
            return agency;
    }
    return std::nullopt;
}

bool AgencyChooser::choose(qint64 agencyId)
{
    const int index = findData(agencyId);
    auto *items = qobject_cast<QStandardItemModel *>(model());
    if (index < 0 || (items && !items->item(index)->isEnabled()))
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace gridsafe
