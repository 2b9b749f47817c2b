#pragma once
// The enterprises as they will be once the outbox is through: the queued enterprise
// commands laid over the confirmed records they touch, in queue order. Nothing is written;
// the replica holds only what the server confirmed. An enterprise registered offline has
// no server id yet: it shows with the negative of its outbox position as its id.

#include "core/Outbox.h"
#include "domain/Enterprise.h"

#include <QCborMap>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace gridsafe {

struct PendingEnterprise
{
    Enterprise enterprise;       // as it will be
    QStringList changes;         // what is queued for it, in words, oldest first
    QString creationCommand;     // its queued enterprise.create, when registered offline
    QString lastRevisionCommand; // the newest queued command whose result carries its revision
};

class PendingEnterprises
{
public:
    using ConfirmedLookup = std::function<std::optional<Enterprise>(qint64 enterpriseId)>;

    // Rejected commands (and the ones built on them) are not laid over: they will not apply
    // as they are. `confirmed` reads a confirmed record (once per enterprise touched).
    static QHash<qint64, PendingEnterprise> overlay(const QList<OutboxEntry> &queue,
                                                    const ConfirmedLookup &confirmed);
    // enterprise.create's and .update's arguments laid over `base`: they are the payload's
    // own keys, and a key left out means that optional field is empty.
    static Enterprise withArguments(Enterprise base, const QCborMap &args);
    // The keys of those arguments.
    static const QStringList &argumentKeys();
};

} // namespace gridsafe
