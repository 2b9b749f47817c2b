#include "TestServer.h"

#include "ServerCore.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "demo/DemoSeeder.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "network/GridSafeServer.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QDir>
#include <QUuid>

#include <stdexcept>

namespace gridsafe::test {

TestServer::TestServer(bool demo, std::chrono::seconds idleTimeout, const ServerLimits &limits) :
    m_limits(limits)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    auto core = ServerCore::open({m_dir.path(), idleTimeout, {}}, m_clock);
    if (!core)
        throw std::runtime_error(core.error().message.toStdString());
    m_core = std::move(core).value();
    if (demo) {
        if (Status seeded = DemoSeeder::seedIfEmpty(*m_core); !seeded)
            throw std::runtime_error(seeded.error().message.toStdString());
    }
    auto identity = TlsIdentity::loadOrCreate(m_dir.path());
    if (!identity)
        throw std::runtime_error(identity.error().message.toStdString());
    m_server = std::make_unique<GridSafeServer>(*m_core, identity.value(), m_limits);
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, 0, &error))
        throw std::runtime_error(error.toStdString());
    m_port = m_server->port();
}

void TestServer::stop()
{
    m_server.reset();
}

void TestServer::restart()
{
    auto identity = TlsIdentity::loadOrCreate(m_dir.path());
    if (!identity)
        throw std::runtime_error(identity.error().message.toStdString());
    m_server = std::make_unique<GridSafeServer>(*m_core, identity.value(), m_limits);
    QString error;
    if (!m_server->listen(QHostAddress::LocalHost, m_port, &error))
        throw std::runtime_error(error.toStdString());
}

TestServer::~TestServer() = default;

quint16 TestServer::port() const
{
    return m_port;
}

ServerAddress TestServer::address() const
{
    return ServerAddress{QStringLiteral("127.0.0.1"), port()};
}

QString TestServer::fingerprint() const
{
    return TlsIdentity::loadOrCreate(m_dir.path())->fingerprint();
}

void TestServer::restoreFrom(const QString &backupPath)
{
    stop();
    m_core.reset();
    const QString databasePath = QDir(m_dir.path()).filePath(QStringLiteral("gridsafe.sqlite"));
    if (Status restored = Database::restoreFrom(backupPath, databasePath); !restored)
        throw std::runtime_error(restored.error().message.toStdString());
    auto core = ServerCore::open({m_dir.path(), std::chrono::hours(1), {}}, m_clock);
    if (!core)
        throw std::runtime_error(core.error().message.toStdString());
    m_core = std::move(core).value();
    restart();
}

qint64 TestServer::regionId(const QString &name) const
{
    auto id = scalarSql(m_core->database().sql(), QStringLiteral("SELECT id FROM regions WHERE name = :name"),
                        {{QStringLiteral("name"), name}});
    if (!id || !id.value().isValid())
        throw std::runtime_error("no region " + name.toStdString());
    return id.value().toLongLong();
}

bool TestServer::hasGrid(const QString &name) const
{
    auto id = scalarSql(m_core->database().sql(),
                        QStringLiteral("SELECT id FROM grids WHERE name = :name AND status = 'active'"),
                        {{QStringLiteral("name"), name}});
    return id && id.value().isValid();
}

QCborMap TestServer::run(const QString &username, const char *command, const QCborMap &args)
{
    auto user = UserRepository(m_core->database().sql()).findByName(username);
    if (!user || !user.value())
        throw std::runtime_error("no user " + username.toStdString());
    auto outcome = m_core->executor().execute(user.value()->toActor(),
                                              QUuid::createUuid().toString(QUuid::WithoutBraces),
                                              QString::fromLatin1(command), args);
    if (!outcome)
        throw std::runtime_error(std::string(command) + ": " + outcome.error().message.toStdString());
    m_server->noteChanges(outcome->touchedScopes, outcome->head);
    return outcome->result;
}

qint64 TestServer::certifiedInspector(const QString &town, const QString &name)
{
    static int serial = 0;
    ++serial;
    const QString admin = QStringLiteral("admin");
    const qint64 inspector = run(admin, cmd::kInspectorCreate,
                                 {{QStringLiteral("townId"), regionId(town)},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("phone"), QStringLiteral("137%1").arg(30000000 + serial)},
                                  {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}})
                                 .value(QStringLiteral("inspectorId"))
                                 .toInteger();
    const QString today = civilDateText(chinaDate(m_clock.now()));
    const QCborMap exam = run(admin, cmd::kExamRecord,
                              {{QStringLiteral("inspectorId"), inspector},
                               {QStringLiteral("takenOn"), today},
                               {QStringLiteral("subject"), QStringLiteral("上岗考核")},
                               {QStringLiteral("score"), 90},
                               {QStringLiteral("passMark"), 60}});
    run(admin, cmd::kCertificateIssue,
        {{QStringLiteral("inspectorId"), inspector},
         {QStringLiteral("examId"), exam.value(QStringLiteral("examId"))},
         {QStringLiteral("number"), QStringLiteral("WGY-G%1").arg(serial, 4, 10, QLatin1Char('0'))},
         {QStringLiteral("issuedOn"), today},
         {QStringLiteral("validUntil"), civilDateText(chinaDate(m_clock.now()).addYears(3))}});
    return inspector;
}

void TestServer::assignInspector(const QString &gridName, qint64 inspectorId)
{
    const qint64 grid = gridId(gridName);
    auto revision =
        scalarSql(m_core->database().sql(), QStringLiteral("SELECT revision FROM grids WHERE id = :id"),
                  {{QStringLiteral("id"), grid}});
    run(QStringLiteral("admin"), cmd::kGridAssignInspector,
        {{QStringLiteral("gridId"), grid},
         {QStringLiteral("revision"), revision.value().toLongLong()},
         {QStringLiteral("inspectorId"), inspectorId}});
}

qint64 TestServer::gridId(const QString &name) const
{
    auto id = scalarSql(m_core->database().sql(),
                        QStringLiteral("SELECT id FROM grids WHERE name = :name AND status = 'active'"),
                        {{QStringLiteral("name"), name}});
    if (!id || !id.value().isValid())
        throw std::runtime_error("no grid " + name.toStdString());
    return id.value().toLongLong();
}

} // namespace gridsafe::test
