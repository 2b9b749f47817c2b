#include "DesktopHarness.h"

#include "core/Replica.h"
#include "ui/grids/GridTableModel.h"

#include <QCborArray>
#include <QLineEdit>
#include <QPushButton>

namespace gridsafe::test {

Desktop::Desktop(TestServer &server, bool pinned, const QString &user)
{
    REQUIRE(dir.isValid());
    DesktopApp::Options options;
    options.dataDir = dir.path();
    options.server = server.address().toString();
    options.user = user;
    if (pinned)
        options.pinFingerprint = server.fingerprint();
    app = std::make_unique<DesktopApp>(options);
    REQUIRE(app->start());
}

MainWindow *Desktop::logIn(const QString &password)
{
    QWidget *dialog = waitForWindow(QStringLiteral("loginDialog"));
    typeText(child<QLineEdit>(dialog, "passwordEdit"), password);
    click(child<QPushButton>(dialog, "loginButton"));
    REQUIRE(waitUntil([&] { return visibleWindow(QStringLiteral("mainWindow")) != nullptr; }));
    REQUIRE(waitUntil([&] { return app->session().replica()->lastSyncAt().isValid(); }));
    return app->mainWindow();
}

QStringList gridNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, GridTableModel::Name).data().toString());
    return names;
}

void submitDuplicateGrid(TestServer &server, ClientSession &session)
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    REQUIRE(session.submit(QStringLiteral("grid.create"), args, QStringLiteral("新建网格 渔庄村网格")));
}

void queueGridWhileOffline(TestServer &server, ClientSession &session, const QString &name,
                           const QString &area)
{
    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(area)});
    REQUIRE(session.submit(QStringLiteral("grid.create"), args, QStringLiteral("新建网格 ") + name));
}

} // namespace gridsafe::test
