#pragma once
// 待发送的更改 — what is waiting for the server and what it refused. A refused change is
// never dropped silently: the user sends it again or discards it here.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ClientSession;
class OutboxTableModel;

class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(ClientSession &session, QWidget *parent = nullptr);

private:
    void updateButtons();
    QString selectedRejectedId() const;
    void retry();
    void discard();

    ClientSession &m_session;
    OutboxTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QLabel *m_error;
};

} // namespace gridsafe
