#pragma once
// The session a client keeps between runs (server, user, token) so it can open at once —
// from the replica when the server cannot be reached — without asking for the password.
// The token is a live credential: the file is the owner's alone; logging out removes it.

#include "core/ServerAddress.h"

#include <QString>

#include <optional>

namespace gridsafe {

struct SavedSession
{
    ServerAddress address;
    QString username;
    QString token;

    // Nothing when the file is missing or damaged.
    static std::optional<SavedSession> load(const QString &path);
    bool save(const QString &path) const;
    static void remove(const QString &path);
};

} // namespace gridsafe
