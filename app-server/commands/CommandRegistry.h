#pragma once
// Maps command names to handlers. Each domain folder registers its own commands.

#include "commands/CommandContext.h"
#include "util/Result.h"

#include <QCborMap>
#include <QHash>
#include <QString>

#include <functional>

namespace gridsafe {

using CommandHandler = std::function<Result<QCborMap>(CommandContext &, const QCborMap &args)>;

class CommandRegistry
{
public:
    void add(const QString &name, CommandHandler handler) { m_handlers.insert(name, std::move(handler)); }
    const CommandHandler *find(const QString &name) const
    {
        const auto it = m_handlers.constFind(name);
        return it == m_handlers.cend() ? nullptr : &*it;
    }
    QStringList names() const { return m_handlers.keys(); }

private:
    QHash<QString, CommandHandler> m_handlers;
};

} // namespace gridsafe
