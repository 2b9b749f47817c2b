#include "CommandLoadBench.h"

#include "BenchReport.h"
#include "RawClient.h"
#include "SampleEnterprise.h"
#include "ServerProcess.h"

#include "domain/CreditCode.h"
#include "protocol/MessageType.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <iostream>
#include <memory>
#include <vector>

namespace gridsafe::bench {

namespace {

struct Place
{
    qint64 town = 0;
    qint64 village = 0;
};

// Read from the server's file (WAL lets a reader in while the server runs).
bool findPlace(const QString &databasePath, Place *place)
{
    bool found = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-place"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT t.id, v.id FROM regions t JOIN regions v ON v.parent_id = t.id "
                               "WHERE t.name = '遥观镇' AND v.kind = 'village' ORDER BY v.id LIMIT 1"));
            if (query.next()) {
                place->town = query.value(0).toLongLong();
                place->village = query.value(1).toLongLong();
                found = true;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-place"));
    if (!found)
        std::cerr << "the demo's town 遥观镇 and a village of it were not found\n";
    return found;
}

QCborMap enterpriseArgs(const Place &place, int serial)
{
    const QString first17 = QStringLiteral("91320412MC%1").arg(serial, 7, 10, QLatin1Char('0'));
    return test::sampleEnterpriseArgs(place.town, place.village, QStringLiteral("遥观镇"),
                                      QStringLiteral("压测机械厂%1").arg(serial),
                                      first17 + *creditCodeCheckCharacter(first17));
}

QCborMap commandBody(const Place &place, int serial)
{
    return {{QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), QStringLiteral("enterprise.create")},
            {QStringLiteral("args"), enterpriseArgs(place, serial)}};
}

// Commands acknowledged per second while `clients` connections each keep one in flight for
// `seconds`; a negative value when something failed.
double measure(const ServerProcess &server, const Place &place, int clients, double seconds, int *serial)
{
    std::vector<std::unique_ptr<test::RawClient>> connections;
    for (int i = 0; i < clients; ++i) {
        auto client = std::make_unique<test::RawClient>();
        if (!client->connectTo(server.port())
            || !client->helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"))) {
            std::cerr << "client " << i << " could not connect and log in\n";
            return -1;
        }
        connections.push_back(std::move(client));
    }
    bool running = true;
    bool failed = false;
    qint64 acknowledged = 0;
    int outstanding = 0;
    QEventLoop loop;
    auto sendNext = [&](test::RawClient &client) {
        client.sendRequest(QString::fromLatin1(msg::kCommand), commandBody(place, ++*serial));
        ++outstanding;
    };
    for (auto &connection : connections) {
        test::RawClient *client = connection.get();
        client->setMessageHandler([&, client](const Message &message) {
            if (message.type == QLatin1String(msg::kChangedNote))
                return;
            --outstanding;
            if (message.type != QLatin1String(msg::kReply)) {
                std::cerr
                    << "command refused: "
                    << message.body.toJsonObject().value(QStringLiteral("message")).toString().toStdString()
                    << '\n';
                failed = true;
                loop.quit();
                return;
            }
            if (!running) {
                if (outstanding == 0)
                    loop.quit();
                return;
            }
            ++acknowledged;
            sendNext(*client);
        });
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &connection : connections)
        sendNext(*connection);
    double window = seconds;
    QTimer::singleShot(int(seconds * 1000), &loop, [&] {
        running = false;
        window = timer.nsecsElapsed() / 1e9;
        if (outstanding == 0)
            loop.quit();
    });
    loop.exec();
    if (failed)
        return -1;
    return double(acknowledged) / window;
}

} // namespace

bool runCommandLoadBench(BenchReport &report, bool quick)
{
    const double seconds = quick ? 0.5 : 5.0;
    int serial = 0;
    double one = 0;
    double many = 0;
    double single = 0;
    {
        ServerProcess server;
        Place place;
        if (!server.start(
                {QStringLiteral("--demo-minimal"), QStringLiteral("--commit-batch"), QStringLiteral("256")})
            || !findPlace(server.databasePath(), &place))
            return false;
        one = measure(server, place, 1, seconds, &serial);
        many = one < 0 ? -1 : measure(server, place, 50, seconds, &serial);
    }
    {
        ServerProcess server;
        Place place;
        if (!server.start(
                {QStringLiteral("--demo-minimal"), QStringLiteral("--commit-batch"), QStringLiteral("1")})
            || !findPlace(server.databasePath(), &place))
            return false;
        single = many < 0 ? -1 : measure(server, place, 50, seconds, &serial);
    }
    if (one < 0 || many < 0 || single < 0)
        return false;
    const QJsonObject command{{QStringLiteral("command"), QStringLiteral("enterprise.create")},
                              {QStringLiteral("seconds"), seconds}};
    auto with = [&command](const QJsonObject &more) {
        QJsonObject all = command;
        for (auto it = more.begin(); it != more.end(); ++it)
            all.insert(it.key(), it.value());
        return all;
    };
    report.metric(QStringLiteral("commands_per_s"), one, QStringLiteral("1/s"),
                  with({{QStringLiteral("clients"), 1}}),
                  QStringLiteral("commands per second, 1 client: %1").arg(one, 0, 'f', 0));
    report.metric(QStringLiteral("commands_per_s"), many, QStringLiteral("1/s"),
                  with({{QStringLiteral("clients"), 50}}),
                  QStringLiteral("commands per second, 50 clients: %1 (%2× one client)")
                      .arg(many, 0, 'f', 0)
                      .arg(many / one, 0, 'f', 1));
    report.metric(
        QStringLiteral("single_commit_per_s"), single, QStringLiteral("1/s"),
        with({{QStringLiteral("clients"), 50}, {QStringLiteral("commitBatch"), 1}}),
        QStringLiteral("commands per second, 50 clients, a commit per command: %1 (group commit %2×)")
            .arg(single, 0, 'f', 0)
            .arg(many / single, 0, 'f', 1));
    return true;
}

} // namespace gridsafe::bench
