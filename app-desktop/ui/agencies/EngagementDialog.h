#pragma once
// 单独指导服务 — records an agency coaching one enterprise of a town on its own account: the
// agency (any agency of the register, ranked by growth value), the enterprise's name and
// unified social credit code (checked on the spot), the period and a note. The exclusivity
// rule: while the agency holds a contract with the town, the server refuses such coaching;
// the dialog says so as soon as the agency and period clash with a contract it knows of, and
// does not send it. A refusal reopens here with everything typed and the server's reason.

#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class AgencyChooser;
class ClientSession;
class CreditCodeEdit;
class FieldErrors;
struct OutboxEntry;

class EngagementDialog : public QDialog
{
    Q_OBJECT

public:
    // A new engagement in the town `townId`; `agencyId` is chosen first.
    EngagementDialog(ClientSession &session, qint64 townId, std::optional<qint64> agencyId = {},
                     QWidget *parent = nullptr);
    ~EngagementDialog() override;
    // An engagement.create the server refused; nullptr for another command.
    static EngagementDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    // A contract of the agency with the town binding during the period: the problem, or empty.
    QString exclusivityProblem() const;
    void updateWarning();
    void save();

    ClientSession &m_session;
    qint64 m_townId;
    QString m_townName;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    AgencyChooser *m_agencyBox;
    QLineEdit *m_enterpriseEdit;
    CreditCodeEdit *m_codeEdit;
    QLabel *m_codeError = nullptr;
    QDateEdit *m_startEdit;
    QDateEdit *m_endEdit;
    QLineEdit *m_noteEdit;
    QLabel *m_warningLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
