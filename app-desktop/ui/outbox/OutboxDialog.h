#pragma once
// 待发送的更改 — what is waiting for the server and what it refused. A refused change is
// never dropped silently: the user corrects it in its own dialog, sends it again (offered
// only where the same change can succeed later) or discards it here.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ClientSession;
class ChineseSortProxy;
class OutboxTableModel;

class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(ClientSession &session, QWidget *parent = nullptr);

    // Whether the server may take the same command later (its fault, or an older server):
    // a refusal of the change itself (invalid, conflict, forbidden…) would only come again.
    static bool resendMaySucceed(const QString &errorCode);

Q_SIGNALS:
    // The user wants to correct this refused change in the dialog it came from.
    void correctionRequested(const QString &commandId);

private:
    void updateButtons();
    QString selectedRejectedId() const;
    void retry();
    void discard();

    ClientSession &m_session;
    OutboxTableModel *m_model;
    ChineseSortProxy *m_proxy;
    QTableView *m_table;
    QPushButton *m_correct;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QLabel *m_error;
    QLabel *m_empty;
};

} // namespace gridsafe
