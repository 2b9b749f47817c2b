#include "core/SavedSession.h"

#include "util/PrivateFileMode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gridsafe {

std::optional<SavedSession> SavedSession::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    auto address = ServerAddress::parse(saved.value(QStringLiteral("server")).toString());
    const QString username = saved.value(QStringLiteral("username")).toString();
    const QString token = saved.value(QStringLiteral("token")).toString();
    if (!address || username.isEmpty() || token.isEmpty())
        return std::nullopt;
    return SavedSession{address.value(), username, token};
}

bool SavedSession::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const PrivateFileMode privateMode;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject session{{QStringLiteral("server"), address.toString()},
                              {QStringLiteral("username"), username},
                              {QStringLiteral("token"), token}};
    file.write(QJsonDocument(session).toJson());
    if (!file.commit())
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void SavedSession::remove(const QString &path)
{
    QFile::remove(path);
}

} // namespace gridsafe
