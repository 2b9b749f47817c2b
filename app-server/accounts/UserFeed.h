#pragma once
// Accounts in the change feed: entity "user" in the administrators' own scope
// (ChangeFeed::kAdminScope), so only admins' replicas hold them. Published after every
// change to an account (created, disabled or enabled, password reset, logged in).

#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

class ChangeFeed;

class UserFeed
{
public:
    // Inside the caller's transaction.
    static Status publish(QSqlDatabase db, ChangeFeed &changes, qint64 userId);
    // Publishes the accounts the feed has never carried, in one transaction of its own.
    static Status publishMissing(QSqlDatabase db, ChangeFeed &changes);
};

} // namespace gridsafe
