#include "accounts/UserFeed.h"

#include "accounts/UserRepository.h"
#include "sql/TransactionGuard.h"
#include "sync/ChangeFeed.h"

namespace gridsafe {

Status UserFeed::publish(QSqlDatabase db, ChangeFeed &changes, qint64 userId)
{
    auto account = UserRepository(db).account(userId);
    if (!account)
        return account.error();
    if (!account.value())
        return success(); // nothing to show
    return changes.record(QStringLiteral("user"), userId, ChangeFeed::kAdminScope,
                          account.value()->toPayload());
}

Status UserFeed::publishMissing(QSqlDatabase db, ChangeFeed &changes)
{
    auto missing = UserRepository(db).idsMissingFromFeed();
    if (!missing)
        return missing.error();
    if (missing.value().isEmpty())
        return success();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : missing.value()) {
        if (Status published = publish(db, changes, id); !published)
            return published;
    }
    return transaction.commit();
}

} // namespace gridsafe
