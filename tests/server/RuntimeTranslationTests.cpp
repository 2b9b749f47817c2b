// The translation context a message is looked up under at run time must be the one lupdate
// filed it under, or the user silently gets English. This runs real code paths of each
// non-QObject context with the Chinese catalogue installed.

#include "ServerFixture.h"
#include "core/ServerAddress.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "domain/Role.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

using namespace gridsafe;

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("translations: messages from every kind of code path come out in Chinese under zh_CN")
{
    test::ServerFixture f;
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridsafe_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);

    QStringList messages;
    messages << normalizeName(QString(), QStringLiteral("x"), 10).error().message; // NameRules
    messages << ServerAddress::parse(QString()).error().message;                   // ServerAddress
    messages << roleDisplayName(Role::TownOperator);                               // Role
    messages << Database::restoreFrom(QStringLiteral("/nonexistent"), QStringLiteral("/tmp/x")) // Database
                    .error()
                    .message;
    messages << f.run(QStringLiteral("yaoguan"), QStringLiteral("grid.explode"), {})
                    .error()
                    .message; // CommandExecutor
    QCborMap create;
    create.insert(QStringLiteral("townId"), f.regionId(QStringLiteral("横林镇")));
    create.insert(QStringLiteral("name"), QStringLiteral("越权"));
    create.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(QStringLiteral("崔桥村"))});
    messages << f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate), create)
                    .error()
                    .message; // ScopeChecks
    create.insert(QStringLiteral("townId"), f.regionId(QStringLiteral("遥观镇")));
    create.insert(QStringLiteral("areaIds"), QCborArray{});
    messages << f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate), create)
                    .error()
                    .message; // GridCommands
    QCborMap region;
    region.insert(QStringLiteral("parentId"), f.regionId(QStringLiteral("遥观镇")));
    region.insert(QStringLiteral("kind"), QStringLiteral("town"));
    region.insert(QStringLiteral("name"), QStringLiteral("x"));
    messages << f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kRegionCreate), region)
                    .error()
                    .message; // RegionCommands
    QCborMap user;
    user.insert(QStringLiteral("username"), QStringLiteral("ab"));
    user.insert(QStringLiteral("displayName"), QStringLiteral("x"));
    user.insert(QStringLiteral("role"), QStringLiteral("admin"));
    user.insert(QStringLiteral("password"), QStringLiteral("long-enough-password"));
    messages << f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), user)
                    .error()
                    .message; // NameRules via UserCommands
    user.insert(QStringLiteral("username"), QStringLiteral("abc"));
    user.insert(QStringLiteral("role"), QStringLiteral("mayor"));
    messages << f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), user)
                    .error()
                    .message; // UserCommands

    QCoreApplication::removeTranslator(&translator);
    for (const QString &message : messages) {
        INFO(message.toStdString());
        CHECK(hasChinese(message));
    }
}
