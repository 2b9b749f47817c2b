#include "ServerFixture.h"

#include "accounts/UserRepository.h"
#include "demo/DemoSeeder.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QUuid>

#include <stdexcept>

namespace gridsafe::test {

QString newCommandId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ServerFixture::ServerFixture(bool demo, const ImportLimits &importLimits)
{
    auto core = ServerCore::open({m_dir.path(), std::chrono::hours(1), importLimits}, m_clock);
    if (!core)
        throw std::runtime_error(core.error().message.toStdString());
    m_core = std::move(core).value();
    if (demo) {
        if (Status seeded = DemoSeeder::seedIfEmpty(*m_core); !seeded)
            throw std::runtime_error(seeded.error().message.toStdString());
    }
}

QSqlDatabase ServerFixture::db()
{
    return m_core->database().sql();
}

Actor ServerFixture::actor(const QString &username)
{
    auto user = UserRepository(db()).findByName(username);
    if (!user || !user.value())
        throw std::runtime_error("no user " + username.toStdString());
    return user.value()->toActor();
}

Result<CommandExecutor::Outcome> ServerFixture::run(const QString &username, const QString &command,
                                                    const QCborMap &args, const QString &commandId)
{
    return m_core->executor().execute(actor(username), commandId.isEmpty() ? newCommandId() : commandId,
                                      command, args);
}

qint64 ServerFixture::regionId(const QString &name)
{
    auto id = scalarSql(db(), QStringLiteral("SELECT id FROM regions WHERE name = :name ORDER BY id LIMIT 1"),
                        {{QStringLiteral("name"), name}});
    if (!id || !id.value().isValid())
        throw std::runtime_error("no region " + name.toStdString());
    return id.value().toLongLong();
}

qint64 ServerFixture::count(const QString &table)
{
    // Table names come from the tests themselves, never from input.
    auto value = scalarSql(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return value ? value.value().toLongLong() : -1;
}

} // namespace gridsafe::test
