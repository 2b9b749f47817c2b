// The enterprise register's page: the town's enterprises with filters and counts, rows
// updated in place when the server changes them (the selection stays), and the export of
// what is shown, read back from the written workbook.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "sheets/XlsxReader.h"
#include "ui/enterprises/EnterpriseFilterBar.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/enterprises/EnterprisesPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QString codeFor(int n)
{
    const QString first17 = QStringLiteral("91320412MC%1").arg(n, 7, 10, QLatin1Char('0'));
    return first17 + *creditCodeCheckCharacter(first17);
}

qint64 makeEnterprise(TestServer &server, int n, const QString &name, const QString &village,
                      const QCborMap &extra = {})
{
    QCborMap args{{QStringLiteral("creditCode"), codeFor(n)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("townId"), server.regionId(kTown)},
                  {QStringLiteral("villageId"), server.regionId(village)},
                  {QStringLiteral("industry"), QStringLiteral("C20")},
                  {QStringLiteral("focusFlags"), QCborArray{}},
                  {QStringLiteral("scale"), QStringLiteral("below")},
                  {QStringLiteral("status"), QStringLiteral("operating")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        args.insert(it.key(), it.value());
    return server.run(kOperator, cmd::kEnterpriseCreate, args)
        .value(QStringLiteral("enterpriseId"))
        .toInteger();
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, EnterpriseTableModel::NameColumn).data().toString());
    return texts;
}

} // namespace

TEST_CASE("enterprise register page: filters, search and counts over the town's enterprises")
{
    TestServer server;
    makeEnterprise(server, 1, QStringLiteral("常州鑫源木粉厂"), QStringLiteral("渔庄村"),
                   {{QStringLiteral("sector"), QStringLiteral("lightIndustry")},
                    {QStringLiteral("focusFlags"), QCborArray{QStringLiteral("dust")}},
                    {QStringLiteral("gridId"), server.gridId(QStringLiteral("渔庄村网格"))}});
    const qint64 machine =
        makeEnterprise(server, 2, QStringLiteral("常州恒力机械有限公司"), QStringLiteral("建农村"));
    makeEnterprise(server, 3, QStringLiteral("常州安达纺织有限公司"), QStringLiteral("建农村"),
                   {{QStringLiteral("directReason"), QStringLiteral("规上重点企业，镇直管")}});
    server.run(kOperator, cmd::kEnterpriseRecordRiskReport,
               {{QStringLiteral("enterpriseId"), machine},
                {QStringLiteral("kind"), QStringLiteral("first")},
                {QStringLiteral("reportedOn"), QStringLiteral("2026-02-01")},
                {QStringLiteral("level"), QStringLiteral("significant")}});

    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    EnterprisesPage &page = window->enterprisesPage();
    EnterpriseTableModel &model = page.enterpriseModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    // Pinyin order: 安达 (an), 恒力 (heng), 鑫源 (xin).
    CHECK(names(model)
          == QStringList{QStringLiteral("常州安达纺织有限公司"), QStringLiteral("常州恒力机械有限公司"),
                         QStringLiteral("常州鑫源木粉厂")});
    const QModelIndex dust = model.index(2, EnterpriseTableModel::CategoryColumn);
    CHECK(dust.data().toString() == patrolCategoryDisplayName(PatrolCategory::KeyIndustry));
    CHECK(model.index(2, EnterpriseTableModel::GridColumn).data().toString() == QStringLiteral("渔庄村网格"));
    CHECK(model.index(1, EnterpriseTableModel::GridColumn).data(Qt::ForegroundRole).isValid()); // not covered
    CHECK(child<QLabel>(&page, "enterpriseCounts")->text().contains(QStringLiteral("1")));

    auto *risk = child<QComboBox>(&page, "enterpriseRisk");
    risk->setCurrentIndex(risk->findData(int(RiskLevel::Significant)));
    CHECK(names(model) == QStringList{QStringLiteral("常州恒力机械有限公司")});
    risk->setCurrentIndex(0);
    auto *supervision = child<QComboBox>(&page, "enterpriseSupervision");
    supervision->setCurrentIndex(supervision->findData(int(Supervision::Direct)));
    CHECK(names(model) == QStringList{QStringLiteral("常州安达纺织有限公司")});
    page.filterBar()->clear();
    child<QLineEdit>(&page, "enterpriseSearch")->setText(codeFor(1).toLower());
    REQUIRE(waitUntil([&] { return model.rowCount() == 1; }));
    CHECK(names(model) == QStringList{QStringLiteral("常州鑫源木粉厂")});
}

TEST_CASE(
    "enterprise register page: a change from the server updates its row in place and keeps the selection")
{
    TestServer server;
    const qint64 first =
        makeEnterprise(server, 11, QStringLiteral("常州阿尔法机械有限公司"), QStringLiteral("渔庄村"));
    makeEnterprise(server, 12, QStringLiteral("常州贝塔机械有限公司"), QStringLiteral("渔庄村"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    EnterprisesPage &page = window->enterprisesPage();
    EnterpriseTableModel &model = page.enterpriseModel();
    REQUIRE(waitUntil([&] { return model.rowCount() == 2; }));
    page.showEnterprise(first);
    REQUIRE(page.selectedIds() == QList<qint64>{first});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Another user puts it into a grid: the row changes where it stands.
    server.run(QStringLiteral("admin"), cmd::kEnterpriseSetSupervision,
               {{QStringLiteral("enterpriseIds"), QCborArray{first}},
                {QStringLiteral("gridId"), server.gridId(QStringLiteral("渔庄村网格"))}});
    REQUIRE(waitUntil([&] {
        return model.index(0, EnterpriseTableModel::GridColumn).data().toString()
               == QStringLiteral("渔庄村网格");
    }));
    // A new one arrives as one inserted row.
    makeEnterprise(server, 13, QStringLiteral("常州伽马机械有限公司"), QStringLiteral("渔庄村"));
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(resets.isEmpty());
    CHECK(inserted.size() == 1);
    CHECK(page.selectedIds() == QList<qint64>{first});
}

TEST_CASE("enterprise register page: the export writes the rows shown, re-importable, to an xlsx workbook")
{
    TestServer server;
    const qint64 machine = makeEnterprise(
        server, 21, QStringLiteral("常州恒力机械有限公司"), QStringLiteral("渔庄村"),
        {{QStringLiteral("sector"), QStringLiteral("machinery")}, {QStringLiteral("employees"), 120}});
    server.run(kOperator, cmd::kEnterpriseRecordRiskReport,
               {{QStringLiteral("enterpriseId"), machine},
                {QStringLiteral("kind"), QStringLiteral("periodic")},
                {QStringLiteral("reportedOn"), QStringLiteral("2026-02-01")},
                {QStringLiteral("level"), QStringLiteral("major")}});
    makeEnterprise(server, 22, QStringLiteral("常州安达纺织有限公司"), QStringLiteral("建农村"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    EnterprisesPage &page = window->enterprisesPage();
    REQUIRE(waitUntil([&] { return page.enterpriseModel().rowCount() == 2; }));
    child<QLineEdit>(&page, "enterpriseSearch")->setText(QStringLiteral("恒力"));
    REQUIRE(waitUntil([&] { return page.enterpriseModel().rowCount() == 1; }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业名录.xlsx"));
    QSignalSpy exported(&page, &EnterprisesPage::exported);
    page.startExport(path, EnterpriseExporter::Format::Xlsx);
    REQUIRE(waitUntil([&] { return !exported.isEmpty(); }, 20000));
    auto sheet = XlsxReader::read(path);
    REQUIRE(sheet.ok());
    CHECK(sheet->sheetName == QStringLiteral("企业名录"));
    REQUIRE(sheet->rows.size() == 2); // the title row and the one enterprise shown
    CHECK(sheet->cell(0, 0) == QStringLiteral("统一社会信用代码"));
    CHECK(sheet->cell(1, 0) == codeFor(21));
    CHECK(sheet->rows.at(1).contains(QStringLiteral("重大")));
    CHECK(sheet->rows.at(1).contains(QStringLiteral("机械")));
    CHECK(sheet->rows.at(1).contains(QStringLiteral("120")));
}

TEST_CASE("enterprise register page: a background load keeps the selection and shows a change made meanwhile")
{
    TestServer server;
    const qint64 first =
        makeEnterprise(server, 21, QStringLiteral("常州阿尔法机械有限公司"), QStringLiteral("渔庄村"));
    const qint64 second =
        makeEnterprise(server, 22, QStringLiteral("常州贝塔机械有限公司"), QStringLiteral("渔庄村"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    EnterprisesPage &page = window->enterprisesPage();
    EnterpriseTableModel &model = page.enterpriseModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitUntil([&] { return model.rowCount() == 2; }));
    page.showEnterprise(first);

    // A register this size loads at once; the threshold sends it to the worker thread.
    model.setBackgroundLoadThreshold(0);
    model.reload();
    CHECK(model.isLoading());
    CHECK(model.rowCount() == 0);
    CHECK(child<QLabel>(&page, "enterpriseCounts")->text() == EnterprisesPage::tr("Loading the register…"));

    // A sync renames the second before the load lands (the loaded() event cannot run until
    // the event loop does); whether or not the worker's snapshot saw it, it must show.
    Replica &replica = *desktop.app->session().replica();
    std::optional<Enterprise> renamed = ReplicaEnterprises(replica.sql()).enterprise(second);
    REQUIRE(renamed);
    renamed->name = QStringLiteral("常州伽马机械有限公司");
    REQUIRE(ReplicaEnterprises(replica.sql()).apply(second, false, renamed->toPayload()).ok());
    Q_EMIT replica.entitiesChanged({{QStringLiteral("enterprise"), {second}}});
    CHECK(model.rowCount() == 0);

    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(names(model)
          == QStringList{QStringLiteral("常州阿尔法机械有限公司"), QStringLiteral("常州伽马机械有限公司")});
    CHECK(page.selectedIds() == QList<qint64>{first});
    CHECK(child<QLabel>(&page, "enterpriseCounts")->text().contains(QStringLiteral("2")));
}

TEST_CASE("enterprise register page: a register reloaded twice shows only the second load")
{
    TestServer server;
    makeEnterprise(server, 31, QStringLiteral("常州阿尔法机械有限公司"), QStringLiteral("渔庄村"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    EnterpriseTableModel &model = window->enterprisesPage().enterpriseModel();
    REQUIRE(waitUntil([&] { return model.rowCount() == 1; }));
    QSignalSpy loading(&model, &EnterpriseTableModel::loadingChanged);
    model.setBackgroundLoadThreshold(0);
    model.reload();
    model.reload(); // abandons the first load
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    spin(100); // an abandoned load that lands late must not reset the table again
    CHECK(model.rowCount() == 1);
    CHECK(loading.size() == 2);
    CHECK(loading.at(0).at(0).toBool());
    CHECK_FALSE(loading.at(1).at(0).toBool());
}

TEST_CASE(
    "enterprise register page: changes queued offline show as pending rows until the server confirms them")
{
    TestServer server;
    const qint64 first =
        makeEnterprise(server, 41, QStringLiteral("常州阿尔法机械有限公司"), QStringLiteral("渔庄村"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();
    EnterprisesPage &page = window->enterprisesPage();
    EnterpriseTableModel &model = page.enterpriseModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitUntil([&] { return model.rowCount() == 1; }));

    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));
    const QCborMap create{{QStringLiteral("creditCode"), codeFor(42)},
                          {QStringLiteral("name"), QStringLiteral("常州贝塔机械有限公司")},
                          {QStringLiteral("townId"), server.regionId(kTown)},
                          {QStringLiteral("villageId"), server.regionId(QStringLiteral("渔庄村"))},
                          {QStringLiteral("industry"), QStringLiteral("C34")},
                          {QStringLiteral("focusFlags"), QCborArray{}},
                          {QStringLiteral("scale"), QStringLiteral("below")},
                          {QStringLiteral("status"), QStringLiteral("operating")}};
    REQUIRE(session.submit(QString::fromLatin1(cmd::kEnterpriseCreate), create,
                           QStringLiteral("登记企业 常州贝塔机械有限公司")));
    const QString renamed = QStringLiteral("常州阿尔法精密机械有限公司");
    page.showEnterprise(first);
    child<QPushButton>(&page, "enterpriseEdit")->click();
    auto *dialog = page.findChild<QDialog *>(QStringLiteral("enterpriseEditDialog"));
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "enterpriseNameEdit"), renamed);
    clickOk(child<QDialogButtonBox>(dialog, "enterpriseEditButtons"));

    // Both show at once: the new one under a negative id, the edit over its row, in amber.
    REQUIRE(waitUntil([&] { return model.rowCount() == 2; }));
    CHECK(names(model) == QStringList{renamed, QStringLiteral("常州贝塔机械有限公司")});
    const qint64 unsent = model.index(1, 0).data(EnterpriseTableModel::EnterpriseIdRole).toLongLong();
    CHECK(unsent < 0);
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(renamed));
    CHECK(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    // A second edit of the unsent one builds on its creation and reaches the server with it.
    page.showEnterprise(unsent);
    CHECK_FALSE(child<QPushButton>(&page, "enterpriseHistory")->isEnabled());
    child<QPushButton>(&page, "enterpriseEdit")->click();
    dialog = nullptr; // the first one closed, and may not be deleted yet
    for (QDialog *open : page.findChildren<QDialog *>(QStringLiteral("enterpriseEditDialog"))) {
        if (open->isVisible())
            dialog = open;
    }
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "enterpriseNameEdit")->text() == QStringLiteral("常州贝塔机械有限公司"));
    typeText(child<QLineEdit>(dialog, "enterpriseNameEdit"), QStringLiteral("常州贝塔重工有限公司"));
    clickOk(child<QDialogButtonBox>(dialog, "enterpriseEditButtons"));
    REQUIRE(waitUntil([&] { return names(model).contains(QStringLiteral("常州贝塔重工有限公司")); }));
    CHECK(model.rowCount() == 2);

    // Back online: the server applies all three, and the rows become confirmed ones.
    server.restart();
    const QStringList expected{renamed, QStringLiteral("常州贝塔重工有限公司")};
    REQUIRE(waitUntil(
        [&] {
            return session.outbox()->pendingCount() == 0 && names(model) == expected
                   && model.index(1, 0).data(EnterpriseTableModel::EnterpriseIdRole).toLongLong() > 0
                   && !model.pending(first);
        },
        30000));
    CHECK_FALSE(model.index(0, 0).data(Qt::ToolTipRole).isValid());
    CHECK_FALSE(model.index(1, 0).data(Qt::ForegroundRole).isValid());
}
