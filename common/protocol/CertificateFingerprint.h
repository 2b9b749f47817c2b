#pragma once
// SHA-256 fingerprint of a certificate as "AB:CD:...", the form `openssl x509 -fingerprint
// -sha256` prints; used by the server to announce it and by clients to pin it.

#include <QRegularExpression>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace gridsafe {

inline QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

// Accepts a fingerprint as people copy it (any case, with or without colons or spaces) and
// returns it in the canonical "AB:CD:..." form; nullopt when it is not 32 hex bytes.
inline std::optional<QString> normalizeFingerprint(const QString &text)
{
    QString hex = text.toUpper();
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]{64}$"));
    if (!pattern.match(hex).hasMatch())
        return std::nullopt;
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

} // namespace gridsafe
