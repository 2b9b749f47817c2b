#pragma once
// 吊销上岗证 — revokes a certificate, for a reason the user must give (up to 200 characters).
// When the holder is the inspector of grids and has no other valid certificate, it warns
// that those grids become coverage gaps (assignments are not ended). Queues
// certificate.revoke; a command the server refused reopens here with the reason typed.

#include "domain/Certificate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class CertificateRevokeDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateRevokeDialog(ClientSession &session, const Certificate &certificate,
                            QWidget *parent = nullptr);
    // A certificate.revoke the server refused; nullptr for another command, or when the
    // certificate is gone or already revoked.
    static CertificateRevokeDialog *reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    // What revoking does to the holder's grids, in words; empty when it changes none.
    QString gridWarning(const QString &holder) const;
    void save();
    void showError(const QString &message);
    void updateCount();

    ClientSession &m_session;
    Certificate m_certificate;
    QString m_refusedId;
    QString m_commandId;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_warningLabel;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
