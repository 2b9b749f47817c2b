// The division filing as two offices live it: the town builds and staffs its division until
// no gap is left and submits it; the district sees it arrive, returns it with a reason; the
// town sees why, submits again; the district files it; the town sees it filed. Run with
// "[screenshots]" and GRIDSAFE_SHOTS set, the same flow saves a picture at every step.

#include "DesktopHarness.h"

#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "i18n/Translations.h"
#include "ui/dashboard/CoverageGapsModel.h"
#include "ui/filings/FilingTableModel.h"
#include "ui/filings/FilingsPage.h"
#include "ui/grids/GridTableModel.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kReviewer = QStringLiteral("reviewer");
const QString kReviewerPassword = QStringLiteral("gridsafe-review");

struct Shots
{
    QString dir;
    void take(QWidget *widget, const QString &name) const
    {
        if (dir.isEmpty())
            return;
        QTest::qWait(400); // let layouts settle
        REQUIRE(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
};

// 遥观镇 of the small demo, all but done: every area in a grid except 建农村, every grid
// staffed except 渔庄村网格. 张伟 is certified and free.
void prepareTown(TestServer &server)
{
    QCborArray areas;
    for (const char *name : {"钱家塘社区", "芳庄社区", "洪庄社区", "印墅社区", "剑苑社区", "东村村",
                             "遥观社区", "薛墅巷村", "通济村"})
        areas.append(server.regionId(QString::fromUtf8(name)));
    server.run(QStringLiteral("admin"), cmd::kGridCreate,
               {{QStringLiteral("townId"), server.regionId(kTown)},
                {QStringLiteral("name"), QStringLiteral("遥观社区片网格")},
                {QStringLiteral("areaIds"), areas}});
    int serial = 0;
    for (const char *grid : {"留道社区网格", "东方村第一网格", "东方村第二网格", "桥南塘桥网格",
                             "工业集中区网格", "遥观社区片网格"})
        server.assignInspector(QString::fromUtf8(grid),
                               server.certifiedInspector(kTown, QStringLiteral("网格员%1").arg(++serial)));
    server.certifiedInspector(kTown, QStringLiteral("张伟"));
}

int gapCount(MainWindow *window)
{
    return child<QTableView>(window, "coverageGapTable")->model()->rowCount();
}

std::optional<Filing> latestFiling(ClientSession &session, qint64 townId)
{
    return ReplicaRecords(*session.replica()).latestFiling(townId);
}

void openFilings(MainWindow *window)
{
    child<QListWidget>(window, "navigationList")->setCurrentRow(1); // 网格
    auto *tabs = child<QTabWidget>(window, "gridAreaTabs");
    tabs->setCurrentWidget(child<FilingsPage>(window, "filingsPage"));
}

void selectFiling(MainWindow *window, int number)
{
    auto *table = child<QTableView>(window, "filingTable");
    REQUIRE(waitUntil([&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, FilingTableModel::Number).data().toInt() == number) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }));
}

void runFilingFlow(const Shots &shots)
{
    TestServer server;
    prepareTown(server);
    const qint64 town = server.regionId(kTown);
    Desktop office(server);
    MainWindow *townWindow = office.logIn();
    REQUIRE(townWindow);
    townWindow->resize(1366, 740);
    ClientSession &townSession = office.app->session();

    // The dashboard lists what is missing: 建农村, 渔庄村网格's inspector, the filing.
    child<QListWidget>(townWindow, "navigationList")->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return gapCount(townWindow) == 3; }));
    shots.take(townWindow, QStringLiteral("filing-01-gaps"));

    // The operator covers 建农村 (a grid of its own) and staffs both grids in the dialogs.
    child<QListWidget>(townWindow, "navigationList")->setCurrentRow(1);
    auto *grids = child<QTableView>(townWindow, "gridTable");
    QCborMap create;
    create.insert(QStringLiteral("townId"), town);
    create.insert(QStringLiteral("name"), QStringLiteral("建农村网格"));
    create.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    REQUIRE(townSession.submit(QString::fromLatin1(cmd::kGridCreate), create,
                               QStringLiteral("新建网格 建农村网格")));
    const qint64 jiannong = server.certifiedInspector(kTown, QStringLiteral("陈刚"));
    for (const auto &[grid, person] : {std::pair{QStringLiteral("渔庄村网格"), QStringLiteral("张伟")},
                                       std::pair{QStringLiteral("建农村网格"), QStringLiteral("陈刚")}}) {
        REQUIRE(waitUntil([&] {
            const QModelIndex row = findText(*grids->model(), grid, GridTableModel::Name);
            return row.isValid() && !row.data(GridTableModel::GridPendingRole).toBool();
        }));
        clickItem(grids, findText(*grids->model(), grid, GridTableModel::Name));
        click(child<QPushButton>(townWindow, "assignInspectorButton"));
        QWidget *dialog = waitForWindow(QStringLiteral("assignInspectorDialog"));
        REQUIRE(dialog);
        auto *list = child<QListWidget>(dialog, "assignInspectorList");
        REQUIRE(!list->findItems(person, Qt::MatchStartsWith).isEmpty());
        list->setCurrentItem(list->findItems(person, Qt::MatchStartsWith).first());
        if (grid == QStringLiteral("渔庄村网格"))
            shots.take(dialog, QStringLiteral("filing-02-assign-dialog"));
        clickOk(child<QDialogButtonBox>(dialog, "assignButtons"));
    }
    (void)jiannong;

    // Only the filing is left to do on the dashboard.
    child<QListWidget>(townWindow, "navigationList")->setCurrentRow(0);
    REQUIRE(
        waitUntil([&] { return townSession.outbox()->entries().isEmpty() && gapCount(townWindow) == 1; }));
    shots.take(townWindow, QStringLiteral("filing-03-only-filing-left"));

    // Submitted from the filings tab, with a note.
    openFilings(townWindow);
    // The town submits; deciding is the district's.
    CHECK(child<QPushButton>(townWindow, "submitFilingButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(townWindow, "fileFilingButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(townWindow, "returnFilingButton")->isVisible());
    click(child<QPushButton>(townWindow, "submitFilingButton"));
    QWidget *submit = waitForWindow(QStringLiteral("filingSubmitDialog"));
    REQUIRE(submit);
    CHECK_FALSE(child<QListWidget>(submit, "filingGapList")->isVisible());
    typeText(child<QLineEdit>(submit, "filingNoteEdit"), QStringLiteral("2026年网格调整：建农村单独成格"));
    shots.take(submit, QStringLiteral("filing-04-submit-dialog"));
    clickOk(child<QDialogButtonBox>(submit, "filingSubmitButtons"));
    REQUIRE(waitUntil([&] {
        const auto latest = latestFiling(townSession, town);
        return latest && latest->status == QLatin1String(Filing::kSubmitted);
    }));

    // The district's reviewer sees it among those awaiting a decision, and returns it.
    Desktop district(server, true, kReviewer);
    MainWindow *districtWindow = district.logIn(kReviewerPassword);
    REQUIRE(districtWindow);
    districtWindow->resize(1366, 740);
    openFilings(districtWindow);
    CHECK_FALSE(child<QPushButton>(districtWindow, "submitFilingButton")->isVisible());
    CHECK(child<QPushButton>(districtWindow, "fileFilingButton")->isVisible());
    CHECK(child<QPushButton>(districtWindow, "returnFilingButton")->isVisible());
    REQUIRE(child<QWidget>(districtWindow, "filingAwaitingCheck")->isVisible());
    click(child<QWidget>(districtWindow, "filingAwaitingCheck"));
    selectFiling(districtWindow, 1);
    CHECK(child<QTextBrowser>(districtWindow, "filingSnapshotView")
              ->toPlainText()
              .contains(QStringLiteral("建农村网格")));
    shots.take(districtWindow, QStringLiteral("filing-05-district-sees-it"));
    click(child<QPushButton>(districtWindow, "returnFilingButton"));
    QWidget *giveBack = waitForWindow(QStringLiteral("returnFilingDialog"));
    REQUIRE(giveBack);
    clickOk(child<QDialogButtonBox>(giveBack, "filingDecisionButtons")); // no reason: refused on the spot
    CHECK(giveBack->isVisible());
    child<QPlainTextEdit>(giveBack, "filingReasonEdit")
        ->setPlainText(QStringLiteral("请在报送说明中注明网格员培训情况"));
    clickOk(child<QDialogButtonBox>(giveBack, "filingDecisionButtons"));

    // The town sees it returned, with the reason, without doing anything.
    REQUIRE(waitUntil([&] {
        const auto latest = latestFiling(townSession, town);
        return latest && latest->status == QLatin1String(Filing::kReturned);
    }));
    auto *state = child<QLabel>(townWindow, "filingStateLabel");
    REQUIRE(waitUntil(
        [&] { return state->text().contains(QStringLiteral("请在报送说明中注明网格员培训情况")); }));
    selectFiling(townWindow, 1);
    shots.take(townWindow, QStringLiteral("filing-06-town-sees-return"));

    // Submitted again; this time the district files it, and the town sees it filed.
    click(child<QPushButton>(townWindow, "submitFilingButton"));
    submit = waitForWindow(QStringLiteral("filingSubmitDialog"));
    REQUIRE(submit);
    typeText(child<QLineEdit>(submit, "filingNoteEdit"), QStringLiteral("网格员均已参加2026年度培训并持证"));
    clickOk(child<QDialogButtonBox>(submit, "filingSubmitButtons"));
    selectFiling(districtWindow, 2);
    click(child<QPushButton>(districtWindow, "fileFilingButton"));
    QWidget *file = waitForWindow(QStringLiteral("fileFilingDialog"));
    REQUIRE(file);
    clickOk(child<QDialogButtonBox>(file, "filingDecisionButtons"));
    REQUIRE(waitUntil([&] {
        const auto latest = latestFiling(townSession, town);
        return latest && latest->number == 2 && latest->status == QLatin1String(Filing::kFiled);
    }));
    selectFiling(townWindow, 2);
    shots.take(townWindow, QStringLiteral("filing-07-town-sees-filed"));
    child<QListWidget>(townWindow, "navigationList")->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return gapCount(townWindow) == 0; }));
    shots.take(townWindow, QStringLiteral("filing-08-no-gaps"));
}

} // namespace

TEST_CASE("filing flow: the town staffs its division and submits it, the district returns then files it, "
          "each side seeing the other live")
{
    runFilingFlow(Shots{});
}

TEST_CASE("filing flow screenshots", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("GRIDSAFE_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    installTranslations(qEnvironmentVariable("GRIDSAFE_SHOTS_LANG", QStringLiteral("zh_CN")));
    runFilingFlow(Shots{dir});
}
