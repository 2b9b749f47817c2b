#pragma once
// SHA-256 fingerprint of a certificate as "AB:CD:...", the form `openssl x509 -fingerprint
// -sha256` prints; used by the server to announce it and by clients to pin it.

#include <QSslCertificate>
#include <QString>

namespace gridsafe {

inline QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace gridsafe
