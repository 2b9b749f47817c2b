// The register's offline overlay: queued enterprise commands laid over the confirmed records
// in queue order, an offline registration under a negative id, and nothing laid over that
// will not apply as it is (refused, or built on a refused command).

#include "core/enterprises/PendingEnterprises.h"
#include "domain/CommandName.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

namespace {

Enterprise confirmedPlant()
{
    Enterprise e;
    e.id = 7;
    e.creditCode = QStringLiteral("91320412MA1MXXXX0X");
    e.name = QStringLiteral("常州阿尔法机械有限公司");
    e.townId = 3;
    e.industry = QStringLiteral("C34");
    e.revision = 4;
    e.risk = RiskSummary{RiskReportKind::First, QStringLiteral("2025-06-01"), RiskLevel::General};
    return e;
}

OutboxEntry entry(qint64 seq, const char *name, const QCborMap &args, const QString &buildsOn = {})
{
    OutboxEntry e;
    e.seq = seq;
    e.commandId = QStringLiteral("cmd-%1").arg(seq);
    e.name = QString::fromLatin1(name);
    e.args = args;
    e.summary = QStringLiteral("change %1").arg(seq);
    e.buildsOn = buildsOn;
    return e;
}

QCborMap argsOf(const Enterprise &e)
{
    QCborMap args;
    const QCborMap payload = e.toPayload();
    for (const QString &key : PendingEnterprises::argumentKeys()) {
        if (const QCborValue value = payload.value(key); !value.isNull())
            args.insert(key, value);
    }
    return args;
}

PendingEnterprises::ConfirmedLookup lookup(const Enterprise &record)
{
    return [record](qint64 id) { return id == record.id ? std::optional(record) : std::nullopt; };
}

} // namespace

TEST_CASE("pending enterprises: queued edit, supervision and risk report lay over the record in order")
{
    const Enterprise plant = confirmedPlant();
    Enterprise edited = plant;
    edited.name = QStringLiteral("常州阿尔法精密机械有限公司");
    QCborMap update = argsOf(edited);
    update.insert(QStringLiteral("enterpriseId"), plant.id);
    update.insert(QStringLiteral("revision"), plant.revision);
    OutboxEntry refused = entry(4, cmd::kEnterpriseRecordRiskReport,
                                {{QStringLiteral("enterpriseId"), plant.id},
                                 {QStringLiteral("kind"), QStringLiteral("change")},
                                 {QStringLiteral("reportedOn"), QStringLiteral("2026-02-01")},
                                 {QStringLiteral("level"), QStringLiteral("major")}});
    refused.state = OutboxEntry::State::Rejected;
    const QList<OutboxEntry> queue{
        entry(1, cmd::kEnterpriseUpdate, update),
        entry(2, cmd::kEnterpriseSetSupervision,
              {{QStringLiteral("enterpriseIds"), QCborArray{plant.id, 99}},
               {QStringLiteral("directReason"), QStringLiteral("规上企业，镇直管")}}),
        entry(3, cmd::kEnterpriseRecordRiskReport,
              {{QStringLiteral("enterpriseId"), plant.id},
               {QStringLiteral("kind"), QStringLiteral("periodic")},
               {QStringLiteral("reportedOn"), QStringLiteral("2026-01-10")},
               {QStringLiteral("level"), QStringLiteral("significant")}}),
        refused};

    const auto shown = PendingEnterprises::overlay(queue, lookup(plant));
    REQUIRE(shown.size() == 1); // 99 is not in the replica: nothing to lay over
    const PendingEnterprise &pending = shown.value(plant.id);
    CHECK(pending.enterprise.name == edited.name);
    CHECK(pending.enterprise.supervision() == Supervision::Direct);
    CHECK(pending.enterprise.directReason == QStringLiteral("规上企业，镇直管"));
    REQUIRE(pending.enterprise.risk);
    CHECK(pending.enterprise.risk->level == RiskLevel::Significant); // not the refused 重大
    CHECK(pending.changes
          == QStringList{QStringLiteral("change 1"), QStringLiteral("change 2"), QStringLiteral("change 3")});
    CHECK(pending.lastRevisionCommand == QStringLiteral("cmd-3"));
    CHECK(pending.creationCommand.isEmpty());
}

TEST_CASE("pending enterprises: an offline registration shows under a negative id with the edits built on it")
{
    Enterprise fresh = confirmedPlant();
    fresh.id = 0;
    fresh.risk.reset();
    const QCborMap create = argsOf(fresh);
    Enterprise renamed = fresh;
    renamed.name = QStringLiteral("常州贝塔重工有限公司");
    QCborMap edit = argsOf(renamed);
    edit.insert(QStringLiteral("enterpriseId"), -5);
    edit.insert(QStringLiteral("revision"), 0);
    OutboxEntry refusedCreate = entry(6, cmd::kEnterpriseCreate, create);
    refusedCreate.state = OutboxEntry::State::Rejected;
    const QList<OutboxEntry> queue{entry(5, cmd::kEnterpriseCreate, create),
                                   entry(8, cmd::kEnterpriseUpdate, edit, QStringLiteral("cmd-5")),
                                   refusedCreate,
                                   entry(9, cmd::kEnterpriseUpdate, edit, QStringLiteral("cmd-6"))};

    const auto shown = PendingEnterprises::overlay(queue, [](qint64) { return std::nullopt; });
    REQUIRE(shown.size() == 1);
    REQUIRE(shown.contains(-5));
    const PendingEnterprise &pending = shown.value(-5);
    CHECK(pending.enterprise.id == -5);
    CHECK(pending.enterprise.name == renamed.name);
    CHECK(pending.enterprise.creditCode == fresh.creditCode);
    CHECK(pending.creationCommand == QStringLiteral("cmd-5"));
    CHECK(pending.lastRevisionCommand == QStringLiteral("cmd-8"));
    CHECK(pending.changes.size() == 2);
}
