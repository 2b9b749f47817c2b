#pragma once
// The server's TLS key and certificate. Made on first start (EC P-256, self-signed, ten
// years) and kept in the data folder; clients pin its SHA-256 fingerprint on first use.

#include "util/Result.h"

#include <QSslCertificate>
#include <QSslKey>

namespace gridsafe {

class TlsIdentity
{
public:
    static Result<TlsIdentity> loadOrCreate(const QString &dataDir);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    // "AB:CD:..." — the same form `openssl x509 -fingerprint -sha256` prints.
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace gridsafe
