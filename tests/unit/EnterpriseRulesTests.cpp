// The enterprise register's shared rules: patrol categories, the word lists as town sheets
// write them, column titles, and field checks.

#include "domain/CreditCode.h"
#include "domain/Enterprise.h"
#include "domain/EnterpriseImportFields.h"
#include "domain/EnterpriseRules.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

Enterprise plant()
{
    Enterprise e;
    const QString first17 = QStringLiteral("91320412MA1MX0001");
    e.creditCode = first17 + *creditCodeCheckCharacter(first17);
    e.name = QStringLiteral("常州横林木粉厂");
    e.townId = 3;
    return e;
}

} // namespace

TEST_CASE("enterprise patrol category: a key sector first, then above or below scale")
{
    Enterprise e = plant();
    e.scale = EnterpriseScale::Above;
    CHECK(e.category() == PatrolCategory::AboveScale);
    e.scale = EnterpriseScale::Below;
    CHECK(e.category() == PatrolCategory::BelowScale);
    e.sector = KeySector::LightIndustry;
    CHECK(e.category() == PatrolCategory::KeyIndustry);
    e.scale = EnterpriseScale::Above;
    CHECK(e.category() == PatrolCategory::KeyIndustry);
}

TEST_CASE("enterprise payload: every field survives the round trip")
{
    Enterprise e = plant();
    e.villageId = 17;
    e.industry = QStringLiteral("C20");
    e.sector = KeySector::LightIndustry;
    e.focusFlags = {QStringLiteral("dust"), QStringLiteral("涉爆粉尘（铝镁）")};
    e.scale = EnterpriseScale::Above;
    e.employees = 120;
    e.status = EnterpriseStatus::Suspended;
    e.longitude = 120.05;
    e.latitude = 31.78;
    e.directReason = QStringLiteral("规模大，镇直管");
    e.risk = RiskSummary{RiskReportKind::Change, QStringLiteral("2026-02-01"), RiskLevel::Major};
    auto back = Enterprise::fromPayload(e.toPayload());
    REQUIRE(back.ok());
    CHECK(back->toPayload() == e.toPayload());
    CHECK(back->supervision() == Supervision::Direct);
}

TEST_CASE("enterprise vocabulary: sectors, levels, scale and status read as town sheets write them")
{
    CHECK(keySectorFromText(QStringLiteral("机械行业")) == KeySector::Machinery);
    CHECK(keySectorFromText(QStringLiteral(" 轻工 ")) == KeySector::LightIndustry);
    CHECK_FALSE(keySectorFromText(QStringLiteral("化工")).has_value());
    CHECK(riskLevelFromText(QStringLiteral("较大风险")) == RiskLevel::Significant);
    CHECK(riskLevelFromText(QStringLiteral("蓝色")) == RiskLevel::Low);
    CHECK(enterpriseScaleFromText(QStringLiteral("规模以上")) == EnterpriseScale::Above);
    CHECK(enterpriseStatusFromText(QStringLiteral("停产")) == EnterpriseStatus::Suspended);
    CHECK(industryFromText(QStringLiteral("C34")) == QStringLiteral("C34"));
    CHECK(industryFromText(QStringLiteral("34")) == QStringLiteral("C34"));
    CHECK(industryFromText(QStringLiteral("通用设备制造业")) == QStringLiteral("C34"));
    CHECK(industryFromText(QStringLiteral("20 木材加工和木、竹、藤、棕、草制品业")) == QStringLiteral("C20"));
    CHECK_FALSE(industryFromText(QStringLiteral("机械制造")).has_value());
    CHECK(focusFlagFromText(QStringLiteral("粉尘涉爆")) == QStringLiteral("dust"));
    CHECK(focusFlagFromText(QStringLiteral("有限空间")) == QStringLiteral("confinedSpace"));
    CHECK(focusFlagFromText(QStringLiteral(" 高温熔融 ")) == QStringLiteral("高温熔融"));
}

TEST_CASE("enterprise import columns: Chinese titles and their variants find their field")
{
    CHECK(matchEnterpriseImportHeader(QStringLiteral("统一社会信用代码")) == QStringLiteral("creditCode"));
    CHECK(matchEnterpriseImportHeader(QStringLiteral("*社会信用代码")) == QStringLiteral("creditCode"));
    CHECK(matchEnterpriseImportHeader(QStringLiteral("镇(街道)")) == QStringLiteral("town"));
    CHECK(matchEnterpriseImportHeader(QStringLiteral("所属村（社区）")) == QStringLiteral("village"));
    CHECK(matchEnterpriseImportHeader(QStringLiteral("法人代表")) == QStringLiteral("legalRepresentative"));
    CHECK(matchEnterpriseImportHeader(QStringLiteral(" 从业 人数 ")) == QStringLiteral("employees"));
    CHECK_FALSE(matchEnterpriseImportHeader(QStringLiteral("备注")).has_value());
    for (const QString &field : enterpriseImportFields())
        CHECK(matchEnterpriseImportHeader(enterpriseImportHeader(field)) == field);
    CHECK(splitFocusFlagCell(QStringLiteral("粉尘涉爆、有限空间作业；涉氨制冷")).size() == 3);
}

TEST_CASE("enterprise rules: the fields people type are normalised and each problem names its field")
{
    Enterprise e = plant();
    e.creditCode = QStringLiteral(" ") + e.creditCode.toLower();
    e.name = QStringLiteral("  常州  横林木粉厂 ");
    e.safetyPhone = QStringLiteral("138 1380 0000");
    CHECK(normalizeEnterprise(e).isEmpty());
    CHECK(e.creditCode == plant().creditCode);
    CHECK(e.safetyPhone == QStringLiteral("13813800000"));

    Enterprise bad = plant();
    bad.industry = QStringLiteral("Z99");
    bad.employees = -1;
    bad.longitude = 200.0;
    bad.latitude = 31.0;
    bad.gridId = 4;
    bad.directReason = QStringLiteral("镇直管");
    QStringList fields;
    for (const FieldProblem &problem : normalizeEnterprise(bad))
        fields.append(problem.field);
    CHECK(fields
          == QStringList{QStringLiteral("industry"), QStringLiteral("employees"), QStringLiteral("longitude"),
                         QStringLiteral("directReason")});
}
