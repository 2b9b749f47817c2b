// The agencies page (技术支撑) and its dialogs: the register ranked by growth value, agencies
// with their credit codes checked on the spot, contracts with listed agencies only, the
// exclusivity rule between contracts and coaching engagements, and refusals reopened.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "ui/agencies/AgenciesPage.h"
#include "ui/agencies/AgencyTableModel.h"
#include "ui/agencies/AgencyTownPanel.h"
#include "ui/agencies/ContractTableModel.h"
#include "ui/agencies/EngagementTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAntai = QStringLiteral("常州安泰安全技术服务有限公司");
const QString kZhongan = QStringLiteral("江苏中安安全科技有限公司");
const QString kZhonghe = QStringLiteral("常州众合安全生产技术咨询有限公司");
const QString kHengxin = QStringLiteral("常州市恒信安全评价有限公司");
const QString kMill = QStringLiteral("常州市遥观鑫源木粉厂");

// The dialogs judge dates by the computer's clock: move the server's fake clock (March 2026)
// to now before anyone logs in, so both sides mean the same day.
QDate serverToday(TestServer &server)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (server.clock().now() < now)
        server.clock().advance(server.clock().now().secsTo(now));
    return chinaDate(server.clock().now());
}

QString withCheck(const QString &first17)
{
    return first17 + *creditCodeCheckCharacter(first17);
}

qint64 makeAgency(TestServer &server, const QString &name, const QString &code17, bool listed,
                  std::optional<int> growth = {})
{
    QCborMap args{{QStringLiteral("name"), name},
                  {QStringLiteral("creditCode"), withCheck(code17)},
                  {QStringLiteral("onCityList"), listed},
                  {QStringLiteral("contact"), QStringLiteral("王经理")},
                  {QStringLiteral("phone"), QStringLiteral("0519-86881001")}};
    if (growth) {
        args.insert(QStringLiteral("growthValue"), *growth);
        args.insert(QStringLiteral("growthValueOn"),
                    civilDateText(chinaDate(server.clock().now()).addDays(-60)));
    }
    return server.run(kAdmin, cmd::kAgencyCreate, args).value(QStringLiteral("agencyId")).toInteger();
}

qint64 makeContract(TestServer &server, qint64 agency, const QDate &from, const QDate &to)
{
    return server
        .run(kAdmin, cmd::kContractCreate,
             {{QStringLiteral("agencyId"), agency},
              {QStringLiteral("townId"), server.regionId(kTown)},
              {QStringLiteral("startsOn"), civilDateText(from)},
              {QStringLiteral("endsOn"), civilDateText(to)},
              {QStringLiteral("scope"), QStringLiteral("隐患排查技术支撑")},
              {QStringLiteral("gridIds"), QCborArray{server.gridId(QStringLiteral("渔庄村网格"))}}})
        .value(QStringLiteral("contractId"))
        .toInteger();
}

QCborMap engagementArgs(TestServer &server, qint64 agency, const QDate &from, const QDate &to)
{
    return {{QStringLiteral("agencyId"), agency},
            {QStringLiteral("townId"), server.regionId(kTown)},
            {QStringLiteral("enterpriseName"), kMill},
            {QStringLiteral("enterpriseCode"), withCheck(QStringLiteral("91320412MA1NP2XW7"))},
            {QStringLiteral("startsOn"), civilDateText(from)},
            {QStringLiteral("endsOn"), civilDateText(to)},
            {QStringLiteral("note"), QStringLiteral("粉尘涉爆专项指导")}};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

QModelIndex agencyCell(const QAbstractItemModel &model, const QString &name, int column)
{
    const QModelIndex found = findText(model, name, AgencyTableModel::Name);
    return found.isValid() ? model.index(found.row(), column) : QModelIndex();
}

// Shown and active, with the room a page has in the main window at 1366×768.
void showActive(QWidget &widget, QSize size = {})
{
    if (size.isValid())
        widget.resize(size);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

void closeRejectedBox()
{
    spin(100);
    // The main window does not know this page yet: it says so in a box of its own.
    if (auto *box = visibleWindow<QMessageBox>(QStringLiteral("commandRejectedBox")))
        box->close();
}

} // namespace

TEST_CASE("agencies page ranks agencies by growth value")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 antai = makeAgency(server, kAntai, QStringLiteral("91320411MA1XKQ7P3"), true, 892);
    makeAgency(server, kZhongan, QStringLiteral("91320400MA1MWY6T5"), true, 846);
    makeAgency(server, kZhonghe, QStringLiteral("91320412MA20B3LR0"), true);
    makeAgency(server, kHengxin, QStringLiteral("91320402MA1Q8CN47"), false, 900);
    makeContract(server, antai, today.addDays(-10), today.addYears(1));

    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    AgenciesPage page(desktop.app->session());
    QAbstractItemModelTester tester(&page.agencyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(page, QSize(1216, 700));
    auto *table = child<QTableView>(&page, "agencyTable");
    const QAbstractItemModel &model = *table->model();
    REQUIRE(waitUntil([&] { return model.rowCount() == 4; }));

    // Highest growth value first (listed or not), the unscored last.
    CHECK(column(model, AgencyTableModel::Name) == QStringList{kHengxin, kAntai, kZhongan, kZhonghe});
    CHECK(column(model, AgencyTableModel::Rank)
          == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("—")});
    CHECK(agencyCell(model, kHengxin, AgencyTableModel::OnCityList).data().toString()
          == QStringLiteral("No"));
    CHECK(agencyCell(model, kAntai, AgencyTableModel::OnCityList).data().toString() == QStringLiteral("Yes"));
    CHECK(agencyCell(model, kAntai, AgencyTableModel::CreditCode).data().toString()
          == QStringLiteral("91320411MA1XKQ7P30"));
    CHECK(agencyCell(model, kAntai, AgencyTableModel::GrowthValue).data().toString()
          == QStringLiteral("892 (%1)").arg(civilDateText(today.addDays(-60))));
    CHECK(agencyCell(model, kZhonghe, AgencyTableModel::GrowthValue).data().toString()
          == QStringLiteral("Not scored"));
    CHECK(agencyCell(model, kAntai, AgencyTableModel::Contact).data().toString()
          == QStringLiteral("王经理 0519-86881001"));
    CHECK(agencyCell(model, kAntai, AgencyTableModel::ActiveContracts).data().toString() == kTown);
    CHECK(agencyCell(model, kZhongan, AgencyTableModel::ActiveContracts).data().toString().isEmpty());
    CHECK(child<QLabel>(&page, "agencyCounts")->text().contains(QStringLiteral("3 on the city's list")));

    // The search finds a name, and a code however typed.
    auto *search = child<QLineEdit>(&page, "agencySearchEdit");
    typeText(search, QStringLiteral("中安"));
    CHECK(column(model, AgencyTableModel::Name) == QStringList{kZhongan});
    typeText(search, QStringLiteral("91320411 ma1x"));
    CHECK(column(model, AgencyTableModel::Name) == QStringList{kAntai});
    CHECK(child<QLabel>(&page, "agencyCounts")->text().startsWith(QStringLiteral("1 shown")));
    typeText(search, QString());
    REQUIRE(model.rowCount() == 4);

    // A new score elsewhere re-ranks the register; the selected agency stays selected.
    clickItem(table, agencyCell(model, kZhongan, AgencyTableModel::Name));
    REQUIRE(page.selectedAgency());
    server.run(kAdmin, cmd::kAgencyUpdate,
               {{QStringLiteral("agencyId"), antai},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("name"), kAntai},
                {QStringLiteral("creditCode"), withCheck(QStringLiteral("91320411MA1XKQ7P3"))},
                {QStringLiteral("onCityList"), true},
                {QStringLiteral("growthValue"), 950},
                {QStringLiteral("growthValueOn"), civilDateText(today)}});
    REQUIRE(waitUntil([&] { return column(model, AgencyTableModel::Name).value(0) == kAntai; }));
    REQUIRE(page.selectedAgency());
    CHECK(page.selectedAgency()->name == kZhongan);

    // An operator changes no agency, but makes contracts and engagements for their town.
    CHECK(child<QPushButton>(&page, "newAgencyButton")->isHidden());
    CHECK(child<QPushButton>(&page, "editAgencyButton")->isHidden());
    CHECK(child<QPushButton>(&page, "newContractButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "newEngagementButton")->isEnabled());
    auto *towns = child<QComboBox>(&page, "agencyTownBox");
    CHECK(towns->count() == 1);
    CHECK(towns->currentText() == kTown);
    CHECK_FALSE(towns->isEnabled());
    // The main window must fit an 800 px test screen.
    INFO("minimum width " << page.minimumSizeHint().width());
    CHECK(page.minimumSizeHint().width() < 700);
}

TEST_CASE("agency dialog shows the expected check character of a wrong credit code")
{
    TestServer server;
    const QDate today = serverToday(server);
    Desktop desktop(server, true, kAdmin);
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-admin")));
    ClientSession &session = desktop.app->session();
    AgenciesPage page(session);
    showActive(page, QSize(1216, 700));
    auto *newButton = child<QPushButton>(&page, "newAgencyButton");
    REQUIRE(newButton->isVisible());
    CHECK(page.minimumSizeHint().width() < 700); // every button shown
    click(newButton);
    QWidget *dialog = waitForWindow(QStringLiteral("agencyEditDialog"));
    REQUIRE(dialog);

    typeText(child<QLineEdit>(dialog, "agencyNameEdit"), kAntai);
    auto *code = child<QLineEdit>(dialog, "agencyCodeEdit");
    auto *codeError = child<QLabel>(dialog, "agencyCodeError");
    // On the spot: the 18th character typed is the wrong check character.
    typeText(code, QStringLiteral("91320411MA1XKQ7P31"));
    CHECK(codeError->isVisible());
    CHECK(codeError->text().contains(QStringLiteral("should be 0, not 1")));
    // Saving keeps what was typed and sends nothing.
    clickOk(child<QDialogButtonBox>(dialog, "agencyEditButtons"));
    CHECK(dialog->isVisible());
    CHECK(code->text() == QStringLiteral("91320411MA1XKQ7P31"));
    CHECK(codeError->text().contains(QStringLiteral("should be 0")));
    CHECK(session.outbox()->entries().isEmpty());

    // Typed from a Chinese input method, in lower case with spaces, it is right.
    typeText(code, QStringLiteral("９１３２ ０４１１ma1xkq7p30"));
    CHECK_FALSE(codeError->isVisible());
    child<QCheckBox>(dialog, "agencyListedCheck")->setChecked(true);
    child<QSpinBox>(dialog, "agencyGrowthSpin")->setValue(892);
    CHECK(child<QDateEdit>(dialog, "agencyGrowthDateEdit")->isEnabled());
    typeText(child<QLineEdit>(dialog, "agencyContactEdit"), QStringLiteral("王经理"));
    typeText(child<QLineEdit>(dialog, "agencyPhoneEdit"), QStringLiteral("0519 8688 1001"));
    clickOk(child<QDialogButtonBox>(dialog, "agencyEditButtons"));
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("agencyEditDialog")) == nullptr; }));
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).agencies().size() == 1; }));
    const Agency stored = ReplicaRecords(*session.replica()).agencies().first();
    CHECK(stored.creditCode == QStringLiteral("91320411MA1XKQ7P30"));
    CHECK(stored.onCityList);
    CHECK(stored.growthValue == 892);
    CHECK(stored.growthValueOn == civilDateText(today));
    CHECK(stored.phone == QStringLiteral("0519-86881001"));

    // The same code again is taken, said under the code.
    click(newButton);
    dialog = waitForWindow(QStringLiteral("agencyEditDialog"));
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "agencyCodeEdit"), QStringLiteral("91320411MA1XKQ7P30"));
    CHECK(child<QLabel>(dialog, "agencyCodeError")->text().contains(QStringLiteral("already registered")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("agencyEditDialog")) == nullptr; }));

    // F2 edits the selected agency; the update replaces it whole, so what is not changed stays.
    auto *table = child<QTableView>(&page, "agencyTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    clickItem(table, table->model()->index(0, AgencyTableModel::Name));
    QTest::keyClick(table, Qt::Key_F2);
    dialog = waitForWindow(QStringLiteral("agencyEditDialog"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "agencyContactEdit")->text() == QStringLiteral("王经理"));
    child<QSpinBox>(dialog, "agencyGrowthSpin")->setValue(-1); // not scored
    CHECK_FALSE(child<QDateEdit>(dialog, "agencyGrowthDateEdit")->isEnabled());
    clickOk(child<QDialogButtonBox>(dialog, "agencyEditButtons"));
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).agencies().first().revision == 2; }));
    const Agency edited = ReplicaRecords(*session.replica()).agencies().first();
    CHECK_FALSE(edited.growthValue);
    CHECK(edited.contact == QStringLiteral("王经理"));
    CHECK(edited.phone == QStringLiteral("0519-86881001"));
    CHECK(edited.onCityList);
}

TEST_CASE("contract dialog offers only listed agencies and creates a contract with its grids")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 antai = makeAgency(server, kAntai, QStringLiteral("91320411MA1XKQ7P3"), true, 892);
    const qint64 hengxin = makeAgency(server, kHengxin, QStringLiteral("91320402MA1Q8CN47"), false, 900);
    // Coaching it already gives in the town: the contract is accepted and lists it.
    server.run(kAdmin, cmd::kEngagementCreate,
               engagementArgs(server, antai, today.addDays(5), today.addDays(40)));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    AgenciesPage page(session);
    QAbstractItemModelTester tester(&page.townPanel().contractModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(page, QSize(1216, 700));
    REQUIRE(waitUntil([&] { return page.agencyModel().rowCount() == 2; }));

    click(child<QPushButton>(&page, "newContractButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("contractDialog"));
    REQUIRE(dialog);
    auto *agencies = child<QComboBox>(dialog, "contractAgencyBox");
    REQUIRE(agencies->count() == 2);
    // Ranked by growth value; the unlisted one is there, greyed out, saying why.
    const int unlisted = agencies->findData(hengxin);
    CHECK(unlisted == 0);
    CHECK(agencies->itemText(unlisted).contains(QStringLiteral("not on the city's list")));
    CHECK_FALSE(agencies->model()->flags(agencies->model()->index(unlisted, 0)) & Qt::ItemIsEnabled);
    CHECK(agencies->currentIndex() == -1);
    agencies->setCurrentIndex(agencies->findData(antai));
    auto *overlapLabel = child<QLabel>(dialog, "contractOverlapLabel");
    CHECK(overlapLabel->isVisible());
    CHECK(overlapLabel->text().contains(kMill));
    CHECK(overlapLabel->text().contains(QStringLiteral("listed as overlaps")));

    // No grid ticked: refused under the list, what was typed kept, nothing queued.
    typeText(child<QLineEdit>(dialog, "contractScopeEdit"),
             QStringLiteral("隐患排查技术支撑、网格员业务指导"));
    auto *buttons = child<QDialogButtonBox>(dialog, "contractButtons");
    clickOk(buttons);
    CHECK(child<QLabel>(dialog, "contractGridError")->isVisible());
    CHECK(child<QLineEdit>(dialog, "contractScopeEdit")->text()
          == QStringLiteral("隐患排查技术支撑、网格员业务指导"));
    CHECK(session.outbox()->entries().isEmpty());
    auto *grids = child<QListWidget>(dialog, "contractGridList");
    // Ticked by keyboard: Space on the current grid.
    const QList<QListWidgetItem *> fishing =
        grids->findItems(QStringLiteral("渔庄村网格"), Qt::MatchContains);
    REQUIRE(fishing.size() == 1);
    grids->setFocus();
    grids->setCurrentItem(fishing.first());
    QTest::keyClick(grids, Qt::Key_Space);
    CHECK(fishing.first()->checkState() == Qt::Checked);
    const QList<QListWidgetItem *> park =
        grids->findItems(QStringLiteral("工业集中区网格"), Qt::MatchContains);
    REQUIRE(park.size() == 1);
    clickItem(grids, grids->indexFromItem(park.first())); // a click on the name ticks it too
    CHECK(park.first()->checkState() == Qt::Checked);
    clickOk(buttons);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("contractDialog")) == nullptr; }));

    const qint64 town = server.regionId(kTown);
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).contracts(town).size() == 1; }));
    const ServiceContract contract = ReplicaRecords(*session.replica()).contracts(town).first();
    QList<qint64> expected{server.gridId(QStringLiteral("渔庄村网格")),
                           server.gridId(QStringLiteral("工业集中区网格"))};
    std::sort(expected.begin(), expected.end());
    CHECK(contract.gridIds == expected);
    CHECK(contract.agencyId == antai);
    CHECK(contract.endsOn
          == civilDateText(chinaDate(QDateTime::currentDateTimeUtc()).addYears(1).addDays(-1)));
    auto *contracts = child<QTableView>(&page, "contractTable");
    REQUIRE(waitUntil([&] { return contracts->model()->rowCount() == 1; }));
    CHECK(contracts->model()->index(0, ContractTableModel::AgencyName).data().toString() == kAntai);
    CHECK(contracts->model()->index(0, ContractTableModel::Status).data().toString()
          == QStringLiteral("Active"));
    CHECK(contracts->model()
              ->index(0, ContractTableModel::Grids)
              .data()
              .toString()
              .contains(QStringLiteral("渔庄村网格")));
    CHECK(contracts->model()->index(0, ContractTableModel::Overlaps).data().toString() == kMill);
    REQUIRE(waitUntil([&] {
        return agencyCell(page.agencyModel(), kAntai, AgencyTableModel::ActiveContracts).data().toString()
               == kTown;
    }));

    // A second contract of the agency over the same days is refused in the dialog.
    click(child<QPushButton>(&page, "newContractButton"));
    dialog = waitForWindow(QStringLiteral("contractDialog"));
    REQUIRE(dialog);
    child<QComboBox>(dialog, "contractAgencyBox")
        ->setCurrentIndex(child<QComboBox>(dialog, "contractAgencyBox")->findData(antai));
    CHECK(child<QLabel>(dialog, "contractOverlapLabel")
              ->text()
              .contains(QStringLiteral("already has a contract")));
    typeText(child<QLineEdit>(dialog, "contractScopeEdit"), QStringLiteral("安全生产标准化指导"));
    click(child<QPushButton>(dialog, "contractTickAllButton"));
    clickOk(child<QDialogButtonBox>(dialog, "contractButtons"));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "contractPeriodError")
              ->text()
              .contains(QStringLiteral("already has a contract")));
    CHECK(session.outbox()->entries().isEmpty());
}

TEST_CASE("engagement dialog warns of an agency's contract with the town and the server's refusal reopens "
          "it with everything typed")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 antai = makeAgency(server, kAntai, QStringLiteral("91320411MA1XKQ7P3"), true, 892);
    makeContract(server, antai, today.addDays(-30), today.addDays(60));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    AgenciesPage page(session);
    showActive(page, QSize(1216, 700));
    REQUIRE(waitUntil([&] { return page.townPanel().contractModel().rowCount() == 1; }));

    // The agency chosen in the register is chosen in the dialog.
    auto *table = child<QTableView>(&page, "agencyTable");
    clickItem(table, agencyCell(*table->model(), kAntai, AgencyTableModel::Name));
    click(child<QPushButton>(&page, "newEngagementButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("engagementDialog"));
    REQUIRE(dialog);
    CHECK(child<QComboBox>(dialog, "engagementAgencyBox")->currentData().toLongLong() == antai);
    auto *warning = child<QLabel>(dialog, "engagementWarningLabel");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(
        QStringLiteral("under a service contract from %1 to %2")
            .arg(civilDateText(today.addDays(-30)), civilDateText(today.addDays(60)))));
    typeText(child<QLineEdit>(dialog, "engagementEnterpriseEdit"), kMill);
    typeText(child<QLineEdit>(dialog, "engagementCodeEdit"), withCheck(QStringLiteral("91320412MA1NP2XW7")));
    CHECK_FALSE(child<QLabel>(dialog, "engagementCodeError")->isVisible());
    clickOk(child<QDialogButtonBox>(dialog, "engagementButtons"));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "engagementPeriodError")->isVisible());
    CHECK(session.outbox()->entries().isEmpty());
    // After the contract's last day, there is nothing to warn of.
    child<QDateEdit>(dialog, "engagementStartEdit")->setDate(today.addDays(61));
    child<QDateEdit>(dialog, "engagementEndEdit")->setDate(today.addDays(90));
    CHECK_FALSE(warning->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("engagementDialog")) == nullptr; }));

    // Sent past the dialog's check (made before the contract reached it): the server refuses it.
    REQUIRE(session.submit(QString::fromLatin1(cmd::kEngagementCreate),
                           engagementArgs(server, antai, today, today.addDays(20)),
                           QStringLiteral("单独指导服务")));
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }));
    closeRejectedBox();
    const OutboxEntry refused = session.outbox()->entries().first();
    REQUIRE(page.reopenRefused(refused));
    dialog = waitForWindow(QStringLiteral("engagementDialog"));
    REQUIRE(dialog);
    CHECK(child<QComboBox>(dialog, "engagementAgencyBox")->currentData().toLongLong() == antai);
    CHECK(child<QLineEdit>(dialog, "engagementEnterpriseEdit")->text() == kMill);
    CHECK(child<QLineEdit>(dialog, "engagementCodeEdit")->text()
          == withCheck(QStringLiteral("91320412MA1NP2XW7")));
    CHECK(child<QDateEdit>(dialog, "engagementStartEdit")->date() == today);
    CHECK(child<QDateEdit>(dialog, "engagementEndEdit")->date() == today.addDays(20));
    CHECK(child<QLineEdit>(dialog, "engagementNoteEdit")->text() == QStringLiteral("粉尘涉爆专项指导"));
    auto *error = child<QLabel>(dialog, "engagementError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("refused")));
    CHECK(error->text().contains(QStringLiteral("under a contract")));
    CHECK(child<QLabel>(dialog, "engagementWarningLabel")->isVisible());

    // Another command is not the page's to reopen.
    OutboxEntry other = refused;
    other.name = QString::fromLatin1(cmd::kGridCreate);
    CHECK_FALSE(page.reopenRefused(other));

    // Moved after the contract and sent again, the server takes it.
    child<QDateEdit>(dialog, "engagementStartEdit")->setDate(today.addDays(61));
    child<QDateEdit>(dialog, "engagementEndEdit")->setDate(today.addDays(90));
    clickOk(child<QDialogButtonBox>(dialog, "engagementButtons"));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    REQUIRE(waitUntil([&] { return page.townPanel().engagementModel().rowCount() == 1; }));
    CHECK(page.townPanel().engagementModel().overlapCount() == 0);
}

TEST_CASE("agencies page lists an overlap between a contract and an engagement")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 antai = makeAgency(server, kAntai, QStringLiteral("91320411MA1XKQ7P3"), true, 892);
    // The coaching came first; the contract made later is accepted and overlaps it.
    server.run(kAdmin, cmd::kEngagementCreate,
               engagementArgs(server, antai, today.addDays(5), today.addDays(40)));
    makeContract(server, antai, today.addDays(-30), today.addYears(1));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    AgenciesPage page(session);
    QAbstractItemModelTester tester(&page.townPanel().engagementModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(page, QSize(1216, 700));
    auto *contracts = child<QTableView>(&page, "contractTable");
    auto *engagements = child<QTableView>(&page, "engagementTable");
    REQUIRE(waitUntil(
        [&] { return contracts->model()->rowCount() == 1 && engagements->model()->rowCount() == 1; }));

    const QModelIndex contract = contracts->model()->index(0, ContractTableModel::AgencyName);
    CHECK(contract.data(ContractTableModel::OverlapRole).toBool());
    CHECK(contract.data(Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));
    CHECK(contracts->model()->index(0, ContractTableModel::Overlaps).data().toString() == kMill);
    const QModelIndex engagement = engagements->model()->index(0, EngagementTableModel::Overlap);
    CHECK(engagement.data(EngagementTableModel::OverlapRole).toBool());
    CHECK(engagement.data(Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));
    CHECK(engagement.data().toString().startsWith(QStringLiteral("Overlaps the contract")));
    auto *overlaps = child<QLabel>(&page, "agencyOverlapLabel");
    CHECK(overlaps->isVisible());
    CHECK(overlaps->text().contains(kMill));
    CHECK(overlaps->text().contains(kAntai));

    // Ended early, before the coaching starts: the overlap is gone.
    auto *terminate = child<QPushButton>(&page, "terminateContractButton");
    CHECK_FALSE(terminate->isEnabled());
    clickItem(contracts, contract);
    REQUIRE(terminate->isEnabled());
    click(terminate);
    QWidget *dialog = waitForWindow(QStringLiteral("contractTerminateDialog"));
    REQUIRE(dialog);
    auto *date = child<QDateEdit>(dialog, "contractTerminateDateEdit");
    CHECK(date->date() == today);
    CHECK(date->minimumDate() == today.addDays(-30));
    clickOk(child<QDialogButtonBox>(dialog, "contractTerminateButtons"));
    CHECK(dialog->isVisible()); // a reason is required
    CHECK(child<QLabel>(dialog, "contractTerminateReasonError")->isVisible());
    date->setDate(today.addDays(2));
    child<QPlainTextEdit>(dialog, "contractTerminateReasonEdit")
        ->setPlainText(QStringLiteral("机构退出市级名录"));
    clickOk(child<QDialogButtonBox>(dialog, "contractTerminateButtons"));
    REQUIRE(waitUntil([&] {
        const QList<ServiceContract> stored = ReplicaRecords(*session.replica()).contracts();
        return stored.size() == 1 && stored.first().terminatedOn == civilDateText(today.addDays(2));
    }));
    REQUIRE(waitUntil([&] { return !overlaps->isVisible(); }));
    CHECK_FALSE(contracts->model()->index(0, 0).data(ContractTableModel::OverlapRole).toBool());
    CHECK(contracts->model()->index(0, ContractTableModel::Status).data().toString()
          == QStringLiteral("Active, ends early on %1").arg(civilDateText(today.addDays(2))));
    CHECK_FALSE(terminate->isEnabled()); // still selected, but already ended early
}

TEST_CASE("agencies page lets a reviewer choose the town and change nothing")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 antai = makeAgency(server, kAntai, QStringLiteral("91320411MA1XKQ7P3"), true, 892);
    makeContract(server, antai, today, today.addYears(1));
    Desktop desktop(server, true, QStringLiteral("reviewer"));
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-review")));
    AgenciesPage page(desktop.app->session());
    showActive(page, QSize(1216, 700));
    auto *towns = child<QComboBox>(&page, "agencyTownBox");
    REQUIRE(waitUntil([&] { return towns->count() > 1; }));
    CHECK(towns->isEnabled());
    REQUIRE(page.townPanel().showTown(server.regionId(kTown)));
    auto *contracts = child<QTableView>(&page, "contractTable");
    REQUIRE(waitUntil([&] { return contracts->model()->rowCount() == 1; }));
    CHECK(child<QLabel>(&page, "agencyTownHeading")->text().contains(kTown));
    towns->setCurrentIndex(towns->findText(QStringLiteral("横林镇")));
    CHECK(contracts->model()->rowCount() == 0);
    for (const char *button : {"newAgencyButton", "editAgencyButton", "newContractButton",
                               "terminateContractButton", "newEngagementButton"})
        CHECK(child<QPushButton>(&page, button)->isHidden());
}
