#include "ui/TownChooser.h"

#include "core/ClientSession.h"
#include "core/Replica.h"

#include <QCollator>

#include <algorithm>
#include <utility>

namespace gridsafe {

TownChooser::TownChooser(ClientSession &session, AllTowns allTowns, QWidget *parent) :
    QComboBox(parent),
    m_session(session),
    m_allTowns(allTowns)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(session.replica(), &Replica::changed, this, &TownChooser::refresh);
    connect(this, &QComboBox::currentIndexChanged, this, &TownChooser::townChanged);
    refresh();
}

std::optional<qint64> TownChooser::town() const
{
    const QVariant town = currentData();
    return town.isValid() ? std::optional(town.toLongLong()) : std::nullopt;
}

bool TownChooser::setTown(qint64 townId)
{
    const int index = findData(townId);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

void TownChooser::refresh()
{
    const UserInfo &user = m_session.user();
    const bool ownTownOnly = roleNeedsTown(user.role);
    QList<Region> towns;
    for (const Region &region : m_session.replica()->regions()) {
        if (isTownLevel(region.kind) && (!ownTownOnly || region.id == user.townId))
            towns.append(region);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(towns.begin(), towns.end(),
              [&chinese](const Region &a, const Region &b) { return chinese.compare(a.name, b.name) < 0; });
    QList<std::pair<QVariant, QString>> items;
    if (!ownTownOnly && m_allTowns == AllTowns::Offered)
        //: Every town of the district at once (全部镇（街道）).
        items.append({QVariant(), tr("All towns")});
    for (const Region &town : std::as_const(towns))
        items.append({town.id, town.name});
    QList<std::pair<QVariant, QString>> shown;
    for (int index = 0; index < count(); ++index)
        shown.append({itemData(index), itemText(index)});
    if (shown == items)
        return;
    const QVariant current = currentData();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const auto &[id, name] : std::as_const(items))
            addItem(name, id);
        setCurrentIndex(std::max(0, findData(current)));
    }
    // One town to choose from is no choice.
    setEnabled(count() > 1);
    if (currentData() != current || shown.isEmpty())
        Q_EMIT townChanged();
}

} // namespace gridsafe
