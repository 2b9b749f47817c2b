#pragma once
// 镇（街道）技术支撑 — the lower half of the agencies page: one town's service contracts
// (agency, period, in force / ended / terminated, grids supported) and the agencies' coaching
// of its enterprises on their own account (单独指导服务), with every overlap the exclusivity
// rule forbids shown red in both tables and listed under them. An operator sees their own
// town; reviewers and admins choose one. New contract, Terminate and New engagement are
// offered to the roles that may run them.

#include "domain/ServiceContract.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace gridsafe {

class ClientSession;
class TownChooser;
class ContractTableModel;
class EngagementTableModel;
class RecordTableView;

class AgencyTownPanel : public QWidget
{
    Q_OBJECT

public:
    // `chosenAgency`: the agency selected in the register, chosen first in the dialogs.
    AgencyTownPanel(ClientSession &session, std::function<std::optional<qint64>()> chosenAgency,
                    QWidget *parent = nullptr);

    ContractTableModel &contractModel() const { return *m_contracts; }
    EngagementTableModel &engagementModel() const { return *m_engagements; }
    std::optional<qint64> town() const;
    // Shows this town's contracts; false when it is not offered to the user.
    bool showTown(qint64 townId);
    std::optional<ServiceContract> selectedContract() const;

private:
    void buildLayout();
    void onTownChosen();
    void updateOverlaps();
    void updateButtons();
    void openDialog(QDialog *dialog);

    ClientSession &m_session;
    std::function<std::optional<qint64>()> m_chosenAgency;
    ContractTableModel *m_contracts;
    EngagementTableModel *m_engagements;
    TownChooser *m_townBox = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_newContractButton = nullptr;
    QPushButton *m_terminateButton = nullptr;
    QPushButton *m_newEngagementButton = nullptr;
    RecordTableView *m_contractTable = nullptr;
    RecordTableView *m_engagementTable = nullptr;
    QLabel *m_overlapLabel = nullptr;
};

} // namespace gridsafe
