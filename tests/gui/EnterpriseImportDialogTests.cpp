// The enterprise import dialog (导入企业名录) against a real server, offscreen: a file read
// off the window's thread, its columns matched by their titles and changed by keyboard, the
// server's dry run with every problem row, the problem list saved, the valid rows committed
// and arriving in the replica; the whole way by keyboard; and the server out of reach.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "ui/enterprises/EnterpriseImportDialog.h"
#include "ui/enterprises/EnterpriseImportMappingPage.h"
#include "ui/enterprises/EnterpriseImportProblemModel.h"
#include "ui/enterprises/EnterpriseImportReportPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(GRIDSAFE_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
}

void showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

qint64 replicaEnterprises(ClientSession &session)
{
    auto count = ReplicaEnterprises(session.replica()->sql()).count();
    return count.ok() ? count.value() : -1;
}

// Presses a key where the keyboard's focus is, as a user would.
void press(QWidget &window, Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &window, key);
}

} // namespace

TEST_CASE(
    "enterprise import dialog: reads a file, matches its columns, shows the dry run's problems and commits "
    "the valid rows")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const qint64 before = replicaEnterprises(session);
    EnterpriseImportDialog dialog(session);
    QSignalSpy imported(&dialog, &EnterpriseImportDialog::imported);
    showActive(dialog);
    // It fits a 1366×768 screen with room for the taskbar.
    CHECK(dialog.frameGeometry().width() <= 1366);
    CHECK(dialog.frameGeometry().height() <= 728);

    auto *next = child<QPushButton>(&dialog, "importNextButton");
    CHECK_FALSE(next->isEnabled());
    dialog.readFile(fixture("enterprises-import-gbk.csv"));
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    const QString info = child<QLabel>(&dialog, "importFileInfoLabel")->text();
    CHECK(info.contains(QStringLiteral("GB18030")));
    // (Plural forms come from the catalogue: "9 rows" in English, "9 row(s)" untranslated.)
    CHECK(info.contains(QStringLiteral(": 9 row")));
    CHECK(info.contains(QStringLiteral("below the header on row 1")));

    click(next);
    REQUIRE(dialog.page() == EnterpriseImportDialog::Page::Mapping);
    auto *mappingPage = child<EnterpriseImportMappingPage>(&dialog, "importMappingPage");
    auto *table = child<QTableWidget>(&dialog, "importMappingTable");
    REQUIRE(table->rowCount() == 10);
    CHECK(table->item(1, EnterpriseImportMappingPage::Title)->text() == QStringLiteral("单位名称"));
    CHECK(table->item(1, EnterpriseImportMappingPage::Sample)->text()
          == QStringLiteral("常州遥观五金制品厂 / 常州市通济电子有限公司"));
    CHECK(mappingPage->fieldCombo(1)->currentData().toString() == QStringLiteral("name"));
    CHECK(mappingPage->fieldCombo(2)->currentData().toString() == QStringLiteral("town"));
    auto *missing = child<QLabel>(&dialog, "importMissingLabel");
    CHECK(missing->isHidden());
    CHECK(next->isEnabled());

    // By keyboard: the name column left out, the required field is missing and Check waits.
    QComboBox *nameCombo = mappingPage->fieldCombo(1);
    nameCombo->setFocus();
    QTest::keyClick(nameCombo, Qt::Key_Home);
    CHECK(mappingPage->mapping().field(1).isEmpty());
    CHECK(missing->isVisible());
    CHECK(missing->text().contains(QStringLiteral("Enterprise name")));
    CHECK_FALSE(next->isEnabled());
    // Choosing the name for another column takes it from there; then back to the right one.
    QComboBox *representative = mappingPage->fieldCombo(7);
    representative->setCurrentIndex(representative->findData(QStringLiteral("name")));
    Q_EMIT representative->activated(representative->currentIndex());
    CHECK(mappingPage->mapping().field(7) == QStringLiteral("name"));
    nameCombo->setCurrentIndex(nameCombo->findData(QStringLiteral("name")));
    Q_EMIT nameCombo->activated(nameCombo->currentIndex());
    CHECK(mappingPage->mapping().field(1) == QStringLiteral("name"));
    CHECK(mappingPage->mapping().field(7).isEmpty());
    CHECK(representative->currentIndex() == 0);
    representative->setCurrentIndex(representative->findData(QStringLiteral("legalRepresentative")));
    Q_EMIT representative->activated(representative->currentIndex());
    CHECK(next->isEnabled());

    click(next);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Report; }, 20000));
    const QString summary = child<QLabel>(&dialog, "importSummaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("3 new, 0 updated, 0 unchanged, 5 rows with problems")));
    CHECK(summary.contains(QStringLiteral("Nothing has changed in the register yet")));
    auto *problems = child<QTableView>(&dialog, "importProblemView");
    auto *reportPage = child<EnterpriseImportReportPage>(&dialog, "importReportPage");
    QAbstractItemModelTester tester(&reportPage->problemModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(problems->model()->rowCount() == 5);
    CHECK(problems->isSortingEnabled());
    const QModelIndex town =
        findText(*problems->model(), QStringLiteral("Town or street"), EnterpriseImportProblemModel::Field);
    REQUIRE(town.isValid());
    CHECK(problems->model()->index(town.row(), EnterpriseImportProblemModel::Row).data().toInt() == 6);
    problems->sortByColumn(EnterpriseImportProblemModel::Row, Qt::DescendingOrder);
    CHECK(problems->model()->index(0, EnterpriseImportProblemModel::Row).data().toInt() == 8);
    CHECK(replicaEnterprises(session) == before);

    QTemporaryDir out;
    const QString saved = out.filePath(QStringLiteral("problems.csv"));
    REQUIRE(reportPage->saveProblems(saved).ok());
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("不存在村")));
    CHECK(text.count(QStringLiteral("\r\n")) == 6); // the header and five problems

    CHECK(next->text() == QStringLiteral("&Import valid rows (3)"));
    spin(50);
    CHECK(next->width() >= next->sizeHint().width()); // its whole text shows
    click(next);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Result; }, 20000));
    CHECK(child<QLabel>(&dialog, "importResultLabel")->text().contains(QStringLiteral("Created 3")));
    CHECK(imported.count() == 1);
    CHECK(waitUntil([&] { return replicaEnterprises(session) == before + 3; }));
}

TEST_CASE("enterprise import dialog: the whole import works by keyboard alone")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const qint64 before = replicaEnterprises(session);
    EnterpriseImportDialog dialog(session);
    showActive(dialog);
    CHECK(QApplication::focusWidget() == child<QPushButton>(&dialog, "importChooseButton"));
    dialog.readFile(fixture("enterprises-import.xlsx"));
    auto *next = child<QPushButton>(&dialog, "importNextButton");
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    CHECK(QApplication::focusWidget() == next);
    const QString info = child<QLabel>(&dialog, "importFileInfoLabel")->text();
    CHECK(info.contains(QStringLiteral(": 5 row")));
    CHECK(info.contains(QStringLiteral("below the header on row 2")));

    press(dialog, Qt::Key_Return);
    REQUIRE(dialog.page() == EnterpriseImportDialog::Page::Mapping);
    // Tab walks the column choices in order.
    auto *mappingPage = child<EnterpriseImportMappingPage>(&dialog, "importMappingPage");
    CHECK(QApplication::focusWidget() == mappingPage->fieldCombo(0));
    press(dialog, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == mappingPage->fieldCombo(1));
    press(dialog, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Report; }, 20000));
    CHECK(child<QLabel>(&dialog, "importSummaryLabel")->text().contains(QStringLiteral("5 new")));
    CHECK(child<QTableView>(&dialog, "importProblemView")->isHidden());
    press(dialog, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Result; }, 20000));
    CHECK(waitUntil([&] { return replicaEnterprises(session) == before + 5; }));
    press(dialog, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("enterprise import dialog: offline it says the import needs the server and keeps the file")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const qint64 before = replicaEnterprises(session);
    EnterpriseImportDialog dialog(session);
    showActive(dialog);
    dialog.readFile(fixture("enterprises-import.xlsx"));
    auto *next = child<QPushButton>(&dialog, "importNextButton");
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    click(next);
    REQUIRE(dialog.page() == EnterpriseImportDialog::Page::Mapping);

    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));
    auto *message = child<QLabel>(&dialog, "importMappingMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("needs the server")));
    CHECK_FALSE(next->isEnabled());
    CHECK(dialog.page() == EnterpriseImportDialog::Page::Mapping);

    server.restart();
    REQUIRE(waitUntil([&] { return next->isEnabled(); }, 20000));
    CHECK(message->isHidden());
    click(next);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Report; }, 20000));
    CHECK(child<QLabel>(&dialog, "importSummaryLabel")->text().contains(QStringLiteral("5 new")));
    // Closing now drops the staged rows; the register is unchanged.
    dialog.reject();
    CHECK(replicaEnterprises(session) == before);
}
