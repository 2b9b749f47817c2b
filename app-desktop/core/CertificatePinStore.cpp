#include "core/CertificatePinStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gridsafe {

CertificatePinStore::CertificatePinStore(QString filePath) : m_filePath(std::move(filePath))
{
    load();
}

void CertificatePinStore::load()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject pins = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = pins.begin(); it != pins.end(); ++it)
        m_pins.insert(it.key(), it.value().toString());
}

bool CertificatePinStore::save() const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QJsonObject pins;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        pins.insert(it.key(), it.value());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(pins).toJson());
    return file.commit();
}

std::optional<QString> CertificatePinStore::pinFor(const QString &hostPort) const
{
    const auto it = m_pins.constFind(hostPort);
    if (it == m_pins.cend())
        return std::nullopt;
    return *it;
}

bool CertificatePinStore::setPin(const QString &hostPort, const QString &fingerprint)
{
    m_pins.insert(hostPort, fingerprint.toUpper());
    return save();
}

bool CertificatePinStore::removePin(const QString &hostPort)
{
    m_pins.remove(hostPort);
    return save();
}

} // namespace gridsafe
