#pragma once
// 技术支撑 — the agencies page: above, the district's register of technical service agencies
// (第三方技术服务机构) ranked by growth value (成长值), with a search and, for administrators,
// New agency and Edit agency; below, one town's service contracts and coaching engagements
// with their overlaps (AgencyTownPanel). A refused agency, contract or engagement command
// reopens in its dialog from here.

#include "domain/Agency.h"

#include <QWidget>

#include <optional>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridsafe {

class AgencyTableModel;
class AgencyTownPanel;
class ClientSession;
class RecordTableView;
struct OutboxEntry;

class AgenciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgenciesPage(ClientSession &session, QWidget *parent = nullptr);

    AgencyTableModel &agencyModel() const { return *m_agencies; }
    AgencyTownPanel &townPanel() const { return *m_townPanel; }
    std::optional<Agency> selectedAgency() const;
    // Reopens an agency, contract or engagement command the server refused in its dialog, with
    // the user's values and the reason; false for another command or when its record is gone.
    bool reopenRefused(const OutboxEntry &refused);
    // Find (Ctrl+F) and Edit agency (F2; Enter or a double click on a row): for the window's menu.
    QList<QAction *> agencyActions() const;

private:
    QWidget *buildRegister();
    void buildActions();
    void updateCounts();
    void updateButtons();
    void openDialog(QDialog *dialog);

    ClientSession &m_session;
    AgencyTableModel *m_agencies;
    QLabel *m_counts = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    RecordTableView *m_table = nullptr;
    AgencyTownPanel *m_townPanel = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_editAction = nullptr;
};

} // namespace gridsafe
