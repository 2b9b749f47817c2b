#pragma once
// The register's search box and filters: town (operators: their own), village, grid,
// patrol category, risk level, key sector, focus flag, supervision and status, and a button
// that clears them. Typing in the search waits a moment before filtering, so a hundred
// thousand rows are filtered once per pause, not per key.

#include "ui/enterprises/EnterpriseFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace gridsafe {

class ClientSession;
class TownChooser;

class EnterpriseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseFilterBar(ClientSession &session, QWidget *parent = nullptr);

    EnterpriseFilter filter() const;
    QLineEdit *searchBox() const { return m_search; }
    TownChooser *townChooser() const { return m_town; }
    void clear();
    // The town's villages and grids again (after a sync), keeping the choices that remain.
    void refreshPlaces();

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *addCombo(const QString &label, int row, int column);
    void fillStaticChoices();

    ClientSession &m_session;
    QLineEdit *m_search = nullptr;
    TownChooser *m_town = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_flag = nullptr;
    QComboBox *m_supervision = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_clear = nullptr;
    QTimer *m_searchPause = nullptr;
    bool m_quiet = false; // while combos are refilled
};

} // namespace gridsafe
