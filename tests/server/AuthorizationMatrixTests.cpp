// Walks the whole matrix of roles × commands × scopes: every command, by every kind of
// user, against the user's own town and another town. Allowed cases must succeed; the
// rest must be refused with `forbidden` and change nothing.

#include "ServerFixture.h"
#include "accounts/PasswordHasher.h"
#include "accounts/UserRepository.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QHash>
#include <QSet>

using namespace gridsafe;

namespace {

int g_counter = 0;

QString unique(const QString &prefix)
{
    return prefix + QString::number(++g_counter);
}

// Valid arguments for `command` aimed at `town`, preparing any target it needs as admin.
QCborMap argsFor(test::ServerFixture &f, const QString &command, const QString &town, const QString &village)
{
    const qint64 townId = f.regionId(town);
    auto makeGrid = [&] {
        QCborMap create;
        create.insert(QStringLiteral("townId"), townId);
        create.insert(QStringLiteral("name"), unique(QStringLiteral("准备网格")));
        create.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(village)});
        return f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kGridCreate), create)
            ->result.value(QStringLiteral("gridId"))
            .toInteger();
    };
    auto makeUser = [&] {
        QCborMap create;
        create.insert(QStringLiteral("username"), unique(QStringLiteral("target")));
        create.insert(QStringLiteral("displayName"), QStringLiteral("目标用户"));
        create.insert(QStringLiteral("role"), QStringLiteral("inspector"));
        create.insert(QStringLiteral("townId"), townId);
        create.insert(QStringLiteral("password"), QStringLiteral("target-password"));
        return f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), create)
            ->result.value(QStringLiteral("userId"))
            .toInteger();
    };
    QCborMap args;
    if (command == QLatin1String(cmd::kGridCreate)) {
        args.insert(QStringLiteral("townId"), townId);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("矩阵网格")));
        args.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(village)});
    } else if (command == QLatin1String(cmd::kGridUpdate)) {
        args.insert(QStringLiteral("gridId"), makeGrid());
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("改名网格")));
    } else if (command == QLatin1String(cmd::kGridRetire)) {
        args.insert(QStringLiteral("gridId"), makeGrid());
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("reason"), QStringLiteral("合并"));
    } else if (command == QLatin1String(cmd::kGridRestore)) {
        const qint64 gridId = makeGrid();
        QCborMap retire;
        retire.insert(QStringLiteral("gridId"), gridId);
        retire.insert(QStringLiteral("revision"), 1);
        retire.insert(QStringLiteral("reason"), QStringLiteral("准备恢复"));
        REQUIRE(f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kGridRetire), retire).ok());
        args.insert(QStringLiteral("gridId"), gridId);
        args.insert(QStringLiteral("revision"), 2);
        args.insert(QStringLiteral("reason"), QStringLiteral("恢复"));
    } else if (command == QLatin1String(cmd::kRegionCreate)) {
        args.insert(QStringLiteral("parentId"), townId);
        args.insert(QStringLiteral("kind"), QStringLiteral("park"));
        args.insert(QStringLiteral("name"), unique(QStringLiteral("矩阵园区")));
    } else if (command == QLatin1String(cmd::kRegionImport)) {
        args.insert(QStringLiteral("fileName"), QStringLiteral("matrix.csv"));
        args.insert(QStringLiteral("csv"), QStringLiteral("区划代码,名称,类型,上级\n,%1,园区,%2\n")
                                               .arg(unique(QStringLiteral("导入园区")), town));
    } else if (command == QLatin1String(cmd::kRegionRename)) {
        QCborMap create;
        create.insert(QStringLiteral("parentId"), townId);
        create.insert(QStringLiteral("kind"), QStringLiteral("community"));
        create.insert(QStringLiteral("name"), unique(QStringLiteral("待改名社区")));
        const qint64 regionId =
            f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kRegionCreate), create)
                ->result.value(QStringLiteral("regionId"))
                .toInteger();
        args.insert(QStringLiteral("regionId"), regionId);
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("新社区")));
    } else if (command == QLatin1String(cmd::kUserCreate)) {
        args.insert(QStringLiteral("username"), unique(QStringLiteral("matrixuser")));
        args.insert(QStringLiteral("displayName"), QStringLiteral("矩阵用户"));
        args.insert(QStringLiteral("role"), QStringLiteral("inspector"));
        args.insert(QStringLiteral("townId"), townId);
        args.insert(QStringLiteral("password"), QStringLiteral("matrix-password"));
    } else if (command == QLatin1String(cmd::kUserResetPassword)) {
        args.insert(QStringLiteral("userId"), makeUser());
        args.insert(QStringLiteral("password"), QStringLiteral("another-password"));
    } else if (command == QLatin1String(cmd::kUserSetDisabled)) {
        args.insert(QStringLiteral("userId"), makeUser());
        args.insert(QStringLiteral("disabled"), true);
    }
    return args;
}

// Who may run what, written out here on purpose rather than read from the server's own
// table (CommandPermissions.cpp): a wrong edit there must make this test fail.
const QHash<QString, QSet<Role>> kExpectedRoles = {
    {QStringLiteral("grid.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.update"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.retire"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.restore"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.rename"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.import"), {Role::Admin}},
    {QStringLiteral("user.create"), {Role::Admin}},
    {QStringLiteral("user.resetPassword"), {Role::Admin}},
    {QStringLiteral("user.setDisabled"), {Role::Admin}},
    {QStringLiteral("user.changePassword"),
     {Role::Admin, Role::DistrictReviewer, Role::TownOperator, Role::Inspector}},
    {QStringLiteral("audit.verify"), {Role::Admin, Role::DistrictReviewer}},
};

// Commands whose target lies in a town; the others (users, audit) are district-wide.
bool isTownScoped(const QString &command)
{
    return command.startsWith(QLatin1String("grid.")) || command.startsWith(QLatin1String("region."));
}

} // namespace

TEST_CASE("authorization matrix: every role, command and scope is allowed or refused as the rules say")
{
    test::ServerFixture f;
    struct Target
    {
        QString town;
        QString village;
    };
    const QList<Target> targets = {{QStringLiteral("遥观镇"), QStringLiteral("建农村")},
                                   {QStringLiteral("横林镇"), QStringLiteral("新东村")}};
    const QStringList users = {QStringLiteral("admin"), QStringLiteral("reviewer"), QStringLiteral("yaoguan"),
                               QStringLiteral("henglin"), QStringLiteral("zhangwei")};
    // Every command the server knows has an expectation here, and no other.
    QStringList known = knownCommands();
    QStringList pinned = kExpectedRoles.keys();
    known.sort();
    pinned.sort();
    REQUIRE(known == pinned);
    int allowed = 0;
    int refused = 0;
    for (const QString &command : pinned) {
        for (const QString &username : users) {
            for (const Target &target : targets) {
                const Actor actor = f.actor(username);
                const bool inScope = !isTownScoped(command) || actor.coversTown(f.regionId(target.town));
                const bool expectAllowed = kExpectedRoles.value(command).contains(actor.role) && inScope;
                QCborMap args = argsFor(f, command, target.town, target.village);
                if (command == QLatin1String(cmd::kUserChangePassword)) {
                    // One's own password: known before each run.
                    REQUIRE(UserRepository(f.db())
                                .setPasswordHash(actor.userId,
                                                 f.core().hasher().hash(QStringLiteral("matrix-current-1")),
                                                 QStringLiteral("2026-01-01T00:00:00Z"))
                                .ok());
                    args.insert(QStringLiteral("currentPassword"), QStringLiteral("matrix-current-1"));
                    args.insert(QStringLiteral("newPassword"), QStringLiteral("matrix-new-password"));
                }
                const qint64 auditBefore = f.count(QStringLiteral("audit_log"));
                auto outcome = f.run(username, command, args);
                INFO(command.toStdString()
                     << " by " << username.toStdString() << " in " << target.town.toStdString());
                if (expectAllowed) {
                    if (!outcome.ok())
                        FAIL(outcome.error().message.toStdString());
                    ++allowed;
                } else {
                    REQUIRE_FALSE(outcome.ok());
                    CHECK(outcome.error().code == ErrorCode::Forbidden);
                    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
                    ++refused;
                }
            }
        }
    }
    // The matrix is not trivially one-sided.
    CHECK(allowed > 20);
    CHECK(refused > 30);
}
