#pragma once
// 新建/编辑网格员 — an inspector's name, phone, kind (安管员, 镇（街道）工作人员, 其他), the
// village, community or park they belong to or their unit by name, whether they are active
// and, for administrators (only their replica holds accounts), the account they sign in
// with (登录账号). Checks what it can on the spot with the server's own rules (name rules,
// normalizePhone, one record per person, no deactivation while holding a grid), shows each
// problem under its field and keeps what was typed, and queues inspector.create or
// inspector.update. A change the server refused reopens here with the user's values and
// the reason, to be corrected and sent again.

#include "ui/inspectors/InspectorTableModel.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;

class InspectorEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new inspector of the town `townId`.
    InspectorEditDialog(ClientSession &session, qint64 townId, QWidget *parent = nullptr);
    // A change to `inspector`, as the user sees it now (with queued changes laid over): its
    // revision goes with the command, or it builds on the newest queued change to it.
    InspectorEditDialog(ClientSession &session, const ShownInspector &inspector, QWidget *parent = nullptr);
    // An inspector.create or inspector.update the server refused; nullptr for another
    // command, or when its inspector is gone.
    static InspectorEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // The outbox id of the queued command, once the dialog was accepted with a change.
    const QString &commandId() const { return m_commandId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void fillUnitRegions();
    // "(none)" and the town's inspector accounts not linked to another inspector record.
    void fillAccounts();
    void showAccount(std::optional<qint64> userId);
    // The account the record is linked to once saved: the one chosen, or (for roles that see
    // no accounts) the record's own link, kept as it is.
    std::optional<qint64> accountToSave() const;
    void showValues(const Inspector &inspector);
    void showArgs(const QCborMap &args);
    void save();
    void showError(const QString &message);
    static void showFieldError(QLabel *label, const QString &message);
    void clearErrors();
    bool checkPhone();
    // One record per person, and no deactivation while holding a grid: the server's checks,
    // against the replica and the queue. Empty when fine; else names the field in `field`.
    QString localProblem(const QString &name, const QString &phone, bool active, QWidget **field) const;

    ClientSession &m_session;
    qint64 m_townId;
    std::optional<Inspector> m_inspector; // the one edited, as shown when opened
    QString m_buildsOn;                   // queued change this edit builds on
    QString m_refusedId;                  // the refused command being corrected
    QString m_commandId;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_phoneError = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_unitRegionBox = nullptr;
    QLineEdit *m_unitEdit = nullptr;
    QLabel *m_unitError = nullptr;
    QComboBox *m_accountBox = nullptr; // administrators only
    QCheckBox *m_activeCheck = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
