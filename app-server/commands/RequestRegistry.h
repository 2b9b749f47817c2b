#pragma once
// Requests that are not domain commands: they change no replicated data (an import's staging
// area, reads the feed does not carry). Each is answered from its handler's result; the
// connection checks login first, the handler checks role and scope.

#include "domain/Actor.h"
#include "util/Result.h"

#include <QCborMap>
#include <QHash>
#include <QString>

#include <functional>

namespace gridsafe {

using RequestHandler = std::function<Result<QCborMap>(const Actor &, const QCborMap &body)>;

class RequestRegistry
{
public:
    void add(const QString &type, RequestHandler handler) { m_handlers.insert(type, std::move(handler)); }
    const RequestHandler *find(const QString &type) const
    {
        const auto it = m_handlers.constFind(type);
        return it == m_handlers.cend() ? nullptr : &*it;
    }

private:
    QHash<QString, RequestHandler> m_handlers;
};

} // namespace gridsafe
