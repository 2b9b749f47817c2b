#pragma once
// Trust on first use: the SHA-256 fingerprint of each server's certificate, remembered per
// host:port in a small JSON file. A later, different certificate is refused.

#include <QHash>
#include <QString>

#include <optional>

namespace gridsafe {

class CertificatePinStore
{
public:
    explicit CertificatePinStore(QString filePath);

    std::optional<QString> pinFor(const QString &hostPort) const;
    bool setPin(const QString &hostPort, const QString &fingerprint);
    bool removePin(const QString &hostPort);

private:
    void load();
    bool save() const;

    QString m_filePath;
    QHash<QString, QString> m_pins;
};

} // namespace gridsafe
