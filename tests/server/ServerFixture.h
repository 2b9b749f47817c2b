#pragma once
// A server core (no network) on a temporary folder with the demo data, for testing
// commands and the store directly.

#include "FakeClock.h"
#include "ServerCore.h"
#include "commands/CommandExecutor.h"
#include "domain/Actor.h"
#include "enterprises/ImportLimits.h"

#include <QTemporaryDir>

#include <memory>

namespace gridsafe::test {

class ServerFixture
{
public:
    explicit ServerFixture(bool demo = true, const ImportLimits &importLimits = {});

    ServerCore &core() { return *m_core; }
    QSqlDatabase db();
    FakeClock &clock() { return m_clock; }
    Actor actor(const QString &username);
    Result<CommandExecutor::Outcome> run(const QString &username, const QString &command,
                                         const QCborMap &args, const QString &commandId = {});
    qint64 regionId(const QString &name);
    qint64 count(const QString &table);
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<ServerCore> m_core;
};

QString newCommandId();

} // namespace gridsafe::test
