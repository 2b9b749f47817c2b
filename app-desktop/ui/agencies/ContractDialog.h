#pragma once
// 签订服务合同 — a service contract between a technical service agency and a town: the agency
// (from the register ranked by growth value; those not on the city's list shown but not
// choosable), the period (at most five years), the scope of service and the grids supported
// (the town's grids in use, ticked). It shows on the spot the agency's own coaching of the
// town's enterprises during the period, which the server accepts but lists as overlaps (the
// exclusivity rule), and refuses a second contract of the agency with the town over the same
// days. Queues contract.create; a refusal reopens here with what was typed and the reason.

#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gridsafe {

class AgencyChooser;
class ClientSession;
class FieldErrors;
struct OutboxEntry;

class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    // A new contract of the town `townId`; `agencyId` is chosen first when it may be.
    ContractDialog(ClientSession &session, qint64 townId, std::optional<qint64> agencyId = {},
                   QWidget *parent = nullptr);
    ~ContractDialog() override;
    // A contract.create the server refused; nullptr for another command.
    static ContractDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    void fillGrids(const QList<qint64> &checked);
    QList<qint64> checkedGrids() const;
    // Another contract of the agency with the town binding on a day of the period: the
    // problem, or empty.
    QString contractClash() const;
    // The engagements the server would list as overlapping, and a clash, shown as they change.
    void updateOverlaps();
    void save();

    ClientSession &m_session;
    qint64 m_townId;
    QString m_townName;
    QString m_refusedId;
    QString m_commandId;
    Qt::CheckState m_pressedState = Qt::Unchecked;
    std::unique_ptr<FieldErrors> m_errors;
    AgencyChooser *m_agencyBox;
    QDateEdit *m_startEdit;
    QDateEdit *m_endEdit;
    QLineEdit *m_scopeEdit;
    QListWidget *m_gridList;
    QPushButton *m_tickAllButton;
    QLabel *m_overlapLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
