#pragma once
// The town (镇（街道）) a page shows: a user of one town (operator, inspector) sees only that
// town, the choice disabled; reviewers and administrators choose any town, in pinyin order,
// and where the page offers it, "All towns" first. Follows the replica's towns without
// disturbing the choice: rebuilt only when the list of towns itself changed.

#include <QComboBox>

#include <optional>

namespace gridsafe {

class ClientSession;

class TownChooser : public QComboBox
{
    Q_OBJECT

public:
    enum class AllTowns { Offered, NotOffered };

    TownChooser(ClientSession &session, AllTowns allTowns, QWidget *parent = nullptr);

    // The chosen town; none: all towns (or no town known yet).
    std::optional<qint64> town() const;
    // False when that town is not offered.
    bool setTown(qint64 townId);

Q_SIGNALS:
    void townChanged();

private:
    void refresh();

    ClientSession &m_session;
    AllTowns m_allTowns;
};

} // namespace gridsafe
