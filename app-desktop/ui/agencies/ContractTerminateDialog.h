#pragma once
// 提前终止服务合同 — ends a service contract early: the last day it binds (within its period;
// today by default) and why (required, up to 200 characters, several lines). Queues
// contract.terminate with the revision seen; a refusal reopens here with the date and the
// reason typed.

#include "domain/ServiceContract.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class ContractTerminateDialog : public QDialog
{
    Q_OBJECT

public:
    ContractTerminateDialog(ClientSession &session, const ServiceContract &contract,
                            QWidget *parent = nullptr);
    ~ContractTerminateDialog() override;
    // A contract.terminate the server refused; nullptr for another command, or when the
    // contract is gone or already ended early.
    static ContractTerminateDialog *reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    void updateCount();
    void save();

    ClientSession &m_session;
    ServiceContract m_contract;
    QString m_agencyName;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    QDateEdit *m_dateEdit;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_countLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
