// The inspectors page and dialog: who is certified and trained, registering and editing an
// inspector with the server's own checks on the spot, a refusal reopened, and who sees which town.

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
#include "ui/inspectors/InspectorEditDialog.h"
#include "ui/inspectors/InspectorTableModel.h"
#include "ui/inspectors/InspectorsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kAdmin = QStringLiteral("admin");

// The server's fake clock starts in March 2026; the desktop judges certificates and this
// year's training by the real date. Move the server to today before anyone logs in.
QDate serverToday(TestServer &server)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (server.clock().now() < now)
        server.clock().advance(server.clock().now().secsTo(now));
    return chinaDate(server.clock().now());
}

qint64 registerInspector(TestServer &server, const QString &town, const QString &name, const QString &phone)
{
    return server
        .run(kAdmin, cmd::kInspectorCreate,
             {{QStringLiteral("townId"), server.regionId(town)},
              {QStringLiteral("name"), name},
              {QStringLiteral("phone"), phone},
              {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}})
        .value(QStringLiteral("inspectorId"))
        .toInteger();
}

void certify(TestServer &server, qint64 inspectorId, const QDate &validUntil, const QString &number)
{
    const QString today = civilDateText(chinaDate(server.clock().now()));
    const QCborMap exam = server.run(kAdmin, cmd::kExamRecord,
                                     {{QStringLiteral("inspectorId"), inspectorId},
                                      {QStringLiteral("takenOn"), today},
                                      {QStringLiteral("subject"), QStringLiteral("上岗考核")},
                                      {QStringLiteral("score"), 88},
                                      {QStringLiteral("passMark"), 60}});
    server.run(kAdmin, cmd::kCertificateIssue,
               {{QStringLiteral("inspectorId"), inspectorId},
                {QStringLiteral("examId"), exam.value(QStringLiteral("examId"))},
                {QStringLiteral("number"), number},
                {QStringLiteral("issuedOn"), today},
                {QStringLiteral("validUntil"), civilDateText(validUntil)}});
}

void train(TestServer &server, double hours, const QCborArray &attendees)
{
    server.run(kAdmin, cmd::kTrainingRecord,
               {{QStringLiteral("townId"), server.regionId(kTown)},
                {QStringLiteral("heldOn"), civilDateText(chinaDate(server.clock().now()))},
                {QStringLiteral("hours"), hours},
                {QStringLiteral("topic"), QStringLiteral("安全生产法律法规")},
                {QStringLiteral("trainer"), QStringLiteral("区应急局")},
                {QStringLiteral("attendeeIds"), attendees}});
}

// The text of a column in the row of the inspector named `name`, as the table shows it.
QModelIndex cell(const QAbstractItemModel &model, const QString &name, int column)
{
    const QModelIndex found = findText(model, name, InspectorTableModel::Name);
    return found.isValid() ? model.index(found.row(), column) : QModelIndex();
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, InspectorTableModel::Name).data().toString());
    return result;
}

// Shown and active, so that shortcuts and focus work as for a user. A page gets the room it
// has in the main window at 1366×768 (less the navigation and the window's frame).
void showActive(QWidget &widget, QSize size = {})
{
    if (size.isValid())
        widget.resize(size);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("inspectors page lists the town's inspectors with their grids and certificates")
{
    TestServer server;
    const QDate today = serverToday(server);
    const qint64 zhang = server.certifiedInspector(kTown, QStringLiteral("张伟"));
    server.assignInspector(QStringLiteral("渔庄村网格"), zhang);
    const qint64 li = registerInspector(server, kTown, QStringLiteral("李娜"), QStringLiteral("13812345678"));
    certify(server, li, today.addDays(20), QStringLiteral("WGY-T0020"));
    registerInspector(server, kTown, QStringLiteral("王芳"), QStringLiteral("0519 8800 1234"));
    train(server, 6, {zhang, li});
    train(server, 2, {zhang});
    server.run(kAdmin, cmd::kTrainingSetPlan,
               {{QStringLiteral("townId"), server.regionId(kTown)},
                {QStringLiteral("year"), today.year()},
                {QStringLiteral("revision"), 0},
                {QStringLiteral("requiredHours"), 8},
                {QStringLiteral("items"), QCborArray{}}});

    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    InspectorsPage page(desktop.app->session());
    QAbstractItemModelTester tester(&page.inspectorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    showActive(page, QSize(1216, 700));
    auto *table = child<QTableView>(&page, "inspectorTable");
    const QAbstractItemModel &model = *table->model();
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    // Pinyin order: 李 (li), 王 (wang), 张 (zhang).
    CHECK(names(model)
          == QStringList{QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张伟")});
    CHECK(table->isColumnHidden(InspectorTableModel::Town)); // one town: no town column

    // 张伟 holds his grid, is certified for years and trained as planned: nothing flagged.
    CHECK(cell(model, QStringLiteral("张伟"), InspectorTableModel::Grids).data().toString()
          == QStringLiteral("渔庄村网格"));
    const QModelIndex zhangCertificate =
        cell(model, QStringLiteral("张伟"), InspectorTableModel::Certificate);
    CHECK(zhangCertificate.data().toString().startsWith(QStringLiteral("WGY-G")));
    CHECK(zhangCertificate.data().toString().contains(QStringLiteral("valid until ")));
    CHECK_FALSE(zhangCertificate.data(Qt::ForegroundRole).isValid());
    CHECK(cell(model, QStringLiteral("张伟"), InspectorTableModel::Training).data().toString()
          == QStringLiteral("8 / 8 h"));
    // 李娜's certificate runs out in 20 days, and she is 2 hours short: both orange.
    const QModelIndex liCertificate = cell(model, QStringLiteral("李娜"), InspectorTableModel::Certificate);
    CHECK(liCertificate.data().toString()
          == QStringLiteral("WGY-T0020, valid until %1").arg(civilDateText(today.addDays(20))));
    CHECK(liCertificate.data(Qt::ForegroundRole).value<QColor>() == QColor(0xe6, 0x51, 0x00));
    const QModelIndex liTraining = cell(model, QStringLiteral("李娜"), InspectorTableModel::Training);
    CHECK(liTraining.data().toString() == QStringLiteral("6 / 8 h"));
    CHECK(liTraining.data(Qt::ForegroundRole).value<QColor>() == QColor(0xe6, 0x51, 0x00));
    // 王芳 has no certificate (red); her phone is kept as the server normalised it.
    const QModelIndex wangCertificate = cell(model, QStringLiteral("王芳"), InspectorTableModel::Certificate);
    CHECK(wangCertificate.data().toString() == QStringLiteral("No valid certificate"));
    CHECK(wangCertificate.data(Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));
    CHECK(cell(model, QStringLiteral("王芳"), InspectorTableModel::Phone).data().toString()
          == QStringLiteral("0519-88001234"));
    CHECK(cell(model, QStringLiteral("王芳"), InspectorTableModel::Kind).data().toString()
          == QStringLiteral("Safety officer"));
    auto *counts = child<QLabel>(&page, "inspectorCounts");
    // (Plural forms come from the catalogue: "3 inspectors" in English, "3 inspector(s)" untranslated.)
    CHECK(counts->text().startsWith(QStringLiteral("3 inspector")));
    CHECK(counts->text().endsWith(
        QStringLiteral(" · 1 without a valid certificate · 1 expiring within 30 days · 2 due for training")));

    // The search finds a grid, a phone however typed, a certificate number.
    auto *search = child<QLineEdit>(&page, "inspectorSearchEdit");
    typeText(search, QStringLiteral("渔庄"));
    CHECK(names(model) == QStringList{QStringLiteral("张伟")});
    CHECK(counts->text().startsWith(QStringLiteral("1 shown · 3 inspector")));
    typeText(search, QStringLiteral("8800 1234"));
    CHECK(names(model) == QStringList{QStringLiteral("王芳")});
    typeText(search, QStringLiteral("wgy-t"));
    CHECK(names(model) == QStringList{QStringLiteral("李娜")});
    typeText(search, QString());
    // Needing attention: no valid certificate, one running out, or training behind.
    auto *attention = child<QCheckBox>(&page, "needsAttentionCheck");
    attention->setChecked(true);
    CHECK(names(model) == QStringList{QStringLiteral("李娜"), QStringLiteral("王芳")});
    attention->setChecked(false);
    REQUIRE(model.rowCount() == 3);

    // A change made elsewhere arrives with the next sync; the selected row stays selected.
    clickItem(table, cell(model, QStringLiteral("王芳"), InspectorTableModel::Name));
    REQUIRE(page.selectedInspector());
    server.assignInspector(QStringLiteral("留道社区网格"), li);
    REQUIRE(waitUntil([&] {
        return cell(model, QStringLiteral("李娜"), InspectorTableModel::Grids).data().toString()
               == QStringLiteral("留道社区网格");
    }));
    REQUIRE(page.selectedInspector());
    CHECK(page.selectedInspector()->inspector.name == QStringLiteral("王芳"));

    // It fits the smallest screen the offices use.
    CHECK(page.minimumSizeHint().width() <= 1216);
    CHECK(page.minimumSizeHint().height() <= 700);
}

TEST_CASE("inspector dialog creates an inspector that arrives in the list, and F2 and Enter edit it")
{
    TestServer server;
    serverToday(server);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    InspectorsPage page(session);
    showActive(page, QSize(1216, 700));
    auto *table = child<QTableView>(&page, "inspectorTable");
    auto *empty = child<QLabel>(&page, "inspectorsEmptyState");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("New inspector… (Ctrl+N)")));

    // Ctrl+N opens the dialog for the operator's town.
    auto *search = child<QLineEdit>(&page, "inspectorSearchEdit");
    search->setFocus();
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = qobject_cast<InspectorEditDialog *>(waitForWindow(QStringLiteral("inspectorEditDialog")));
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(kTown));
    typeText(child<QLineEdit>(dialog, "inspectorNameEdit"), QStringLiteral("赵敏"));
    typeText(child<QLineEdit>(dialog, "inspectorPhoneEdit"), QStringLiteral("139 1234 5678"));
    auto *kind = child<QComboBox>(dialog, "inspectorKindBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("townStaff")));
    auto *region = child<QComboBox>(dialog, "inspectorUnitRegionBox");
    region->setCurrentIndex(region->findText(QStringLiteral("遥观工业集中区")));
    REQUIRE(region->currentIndex() > 0);
    typeText(child<QLineEdit>(dialog, "inspectorUnitEdit"), QStringLiteral("镇应急办"));
    clickOk(child<QDialogButtonBox>(dialog, "inspectorEditButtons"));
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("inspectorEditDialog")) == nullptr; }));

    // It shows at once, selected, and stays selected when the server's row replaces it.
    const QAbstractItemModel &model = *table->model();
    REQUIRE(waitUntil([&] { return names(model) == QStringList{QStringLiteral("赵敏")}; }));
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).inspectors().size() == 1; }));
    REQUIRE(waitUntil([&] {
        const QModelIndex row = cell(model, QStringLiteral("赵敏"), InspectorTableModel::Name);
        return row.isValid() && !row.data(InspectorTableModel::InspectorPendingRole).toBool();
    }));
    REQUIRE(waitUntil([&] { return page.selectedInspector().has_value(); }));
    CHECK(page.selectedInspector()->inspector.id > 0);
    CHECK(cell(model, QStringLiteral("赵敏"), InspectorTableModel::Phone).data().toString()
          == QStringLiteral("13912345678"));
    CHECK(cell(model, QStringLiteral("赵敏"), InspectorTableModel::Kind).data().toString()
          == QStringLiteral("Town staff"));
    CHECK(cell(model, QStringLiteral("赵敏"), InspectorTableModel::Unit).data().toString()
          == QStringLiteral("遥观工业集中区"));
    CHECK(child<QLabel>(&page, "inspectorCounts")->text().startsWith(QStringLiteral("1 inspector")));

    // F2 edits the selected row; the new phone reaches the server.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    dialog = qobject_cast<InspectorEditDialog *>(waitForWindow(QStringLiteral("inspectorEditDialog")));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "inspectorNameEdit")->text() == QStringLiteral("赵敏"));
    CHECK(child<QComboBox>(dialog, "inspectorUnitRegionBox")->currentText()
          == QStringLiteral("遥观工业集中区"));
    typeText(child<QLineEdit>(dialog, "inspectorPhoneEdit"), QStringLiteral("0519-8800 1234"));
    clickOk(child<QDialogButtonBox>(dialog, "inspectorEditButtons"));
    REQUIRE(waitUntil([&] {
        const QList<Inspector> stored = ReplicaRecords(*session.replica()).inspectors();
        return stored.size() == 1 && stored.first().revision == 2;
    }));
    const Inspector stored = ReplicaRecords(*session.replica()).inspectors().first();
    CHECK(stored.phone == QStringLiteral("0519-88001234"));
    CHECK(stored.unit == QStringLiteral("镇应急办"));
    REQUIRE(waitUntil([&] {
        return cell(model, QStringLiteral("赵敏"), InspectorTableModel::Phone).data().toString()
               == QStringLiteral("0519-88001234");
    }));

    // Enter opens it too; Esc closes it and nothing is queued.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QWidget *again = waitForWindow(QStringLiteral("inspectorEditDialog"));
    REQUIRE(again);
    QTest::keyClick(again, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("inspectorEditDialog")) == nullptr; }));
    CHECK(session.outbox()->entries().isEmpty());
}

TEST_CASE("inspector dialog keeps typed text and shows the phone problem")
{
    TestServer server;
    serverToday(server);
    const qint64 zhang = server.certifiedInspector(kTown, QStringLiteral("张伟"));
    server.assignInspector(QStringLiteral("渔庄村网格"), zhang);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const QList<Inspector> known = ReplicaRecords(*session.replica()).inspectors();
    REQUIRE(known.size() == 1);

    InspectorEditDialog dialog(session, server.regionId(kTown));
    showActive(dialog);
    auto *name = child<QLineEdit>(&dialog, "inspectorNameEdit");
    auto *phone = child<QLineEdit>(&dialog, "inspectorPhoneEdit");
    auto *nameError = child<QLabel>(&dialog, "inspectorNameError");
    auto *phoneError = child<QLabel>(&dialog, "inspectorPhoneError");
    auto *buttons = child<QDialogButtonBox>(&dialog, "inspectorEditButtons");

    // Leaving the phone field checks it; typing again clears the problem.
    typeText(phone, QStringLiteral("12345"));
    QTest::keyClick(phone, Qt::Key_Tab);
    REQUIRE(waitUntil([&] { return phoneError->isVisible(); }));
    CHECK(phoneError->text().contains(QStringLiteral("12345")));
    CHECK(phone->text() == QStringLiteral("12345"));

    // Saving shows every problem under its field, keeps the text and focuses the first.
    typeText(name, QStringLiteral("   "));
    clickOk(buttons);
    CHECK(nameError->isVisible());
    CHECK(phoneError->isVisible());
    CHECK(dialog.focusWidget() == name);
    CHECK(phone->text() == QStringLiteral("12345"));
    CHECK(dialog.isVisible());

    // The same person twice is refused before sending, under the name.
    typeText(name, QStringLiteral("张伟"));
    CHECK_FALSE(nameError->isVisible());
    typeText(phone, known.first().phone);
    clickOk(buttons);
    CHECK_FALSE(phoneError->isVisible());
    CHECK(nameError->text().contains(QStringLiteral("already registered")));
    CHECK(session.outbox()->entries().isEmpty());

    // Someone responsible for a grid is not made inactive: the grid is named.
    InspectorEditDialog edit(session, ShownInspector{known.first(), {}, {}});
    showActive(edit);
    child<QCheckBox>(&edit, "inspectorActiveCheck")->setChecked(false);
    clickOk(child<QDialogButtonBox>(&edit, "inspectorEditButtons"));
    CHECK(child<QLabel>(&edit, "inspectorEditError")->text().contains(QStringLiteral("渔庄村网格")));
    CHECK(edit.isVisible());
    CHECK(session.outbox()->entries().isEmpty());

    // Corrected, it is sent and the server takes it.
    typeText(phone, QStringLiteral("13912345678"));
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).inspectors().size() == 2; }));
    CHECK(session.outbox()->rejectedCount() == 0);
}

TEST_CASE("inspector refused by the server reopens in its dialog with the reason")
{
    TestServer server;
    serverToday(server);
    registerInspector(server, kTown, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    InspectorsPage page(session);
    showActive(page, QSize(1216, 700));
    const QAbstractItemModel &model = *child<QTableView>(&page, "inspectorTable")->model();
    REQUIRE(waitUntil([&] { return model.rowCount() == 1; }));

    // The same person again, sent past the dialog's own check: the server refuses it.
    QCborMap args{{QStringLiteral("townId"), server.regionId(kTown)},
                  {QStringLiteral("name"), QStringLiteral("王芳")},
                  {QStringLiteral("phone"), QStringLiteral("13812345678")},
                  {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
                  {QStringLiteral("unit"), QString()},
                  {QStringLiteral("active"), true}};
    REQUIRE(
        session.submit(QString::fromLatin1(cmd::kInspectorCreate), args, QStringLiteral("新建网格员 王芳")));
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }));
    spin(100);
    // Until the main window knows this page it says so in a box of its own: not what is tested here.
    if (auto *box = visibleWindow<QMessageBox>(QStringLiteral("commandRejectedBox")))
        box->close();

    const OutboxEntry refused = session.outbox()->entries().first();
    REQUIRE(page.reopenRefused(refused));
    auto *dialog = page.findChild<InspectorEditDialog *>(QStringLiteral("inspectorEditDialog"));
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    CHECK(child<QLineEdit>(dialog, "inspectorNameEdit")->text() == QStringLiteral("王芳"));
    auto *phone = child<QLineEdit>(dialog, "inspectorPhoneEdit");
    CHECK(phone->text() == QStringLiteral("13812345678"));
    auto *error = child<QLabel>(dialog, "inspectorEditError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("already registered")));

    // Another command is not the page's to reopen.
    OutboxEntry other = refused;
    other.name = QString::fromLatin1(cmd::kGridCreate);
    CHECK_FALSE(page.reopenRefused(other));

    // Corrected and saved: the server takes it, and the list shows both.
    typeText(phone, QStringLiteral("13812345679"));
    clickOk(child<QDialogButtonBox>(dialog, "inspectorEditButtons"));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    REQUIRE(waitUntil([&] { return model.rowCount() == 2; }));
    CHECK(names(model) == QStringList{QStringLiteral("王芳"), QStringLiteral("王芳")});
}

TEST_CASE("inspectors page shows an operator only their own town")
{
    TestServer server;
    serverToday(server);
    registerInspector(server, QStringLiteral("横林镇"), QStringLiteral("周明"),
                      QStringLiteral("13700001111"));
    registerInspector(server, kTown, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    InspectorsPage page(desktop.app->session());
    showActive(page, QSize(1216, 700));
    auto *table = child<QTableView>(&page, "inspectorTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    CHECK(names(*table->model()) == QStringList{QStringLiteral("王芳")});
    auto *towns = child<QComboBox>(&page, "inspectorTownBox");
    CHECK(towns->count() == 1);
    CHECK(towns->currentText() == kTown);
    CHECK_FALSE(towns->isEnabled());
    CHECK(table->isColumnHidden(InspectorTableModel::Town));
    CHECK(child<QLabel>(&page, "inspectorHeading")->text() == QStringLiteral("Inspectors of %1").arg(kTown));
    CHECK(child<QPushButton>(&page, "newInspectorButton")->isEnabled());
}

TEST_CASE("inspectors page shows a reviewer every town, one town at a time on request, and nothing to edit")
{
    TestServer server;
    serverToday(server);
    registerInspector(server, QStringLiteral("横林镇"), QStringLiteral("周明"),
                      QStringLiteral("13700001111"));
    const qint64 wang =
        registerInspector(server, kTown, QStringLiteral("王芳"), QStringLiteral("13812345678"));
    Desktop desktop(server, true, QStringLiteral("reviewer"));
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-review")));
    InspectorsPage page(desktop.app->session());
    showActive(page, QSize(1216, 700));
    auto *table = child<QTableView>(&page, "inspectorTable");
    const QAbstractItemModel &model = *table->model();
    REQUIRE(waitUntil([&] { return model.rowCount() == 2; }));
    auto *towns = child<QComboBox>(&page, "inspectorTownBox");
    CHECK(towns->currentText() == QStringLiteral("All towns"));
    CHECK(towns->isEnabled());
    CHECK_FALSE(table->isColumnHidden(InspectorTableModel::Town));
    CHECK(cell(model, QStringLiteral("周明"), InspectorTableModel::Town).data().toString()
          == QStringLiteral("横林镇"));

    clickItem(table, cell(model, QStringLiteral("周明"), InspectorTableModel::Name));
    REQUIRE(page.selectedInspector());
    CHECK_FALSE(child<QPushButton>(&page, "newInspectorButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "editInspectorButton")->isEnabled());

    towns->setCurrentIndex(towns->findText(QStringLiteral("横林镇")));
    CHECK(names(model) == QStringList{QStringLiteral("周明")});
    CHECK(table->isColumnHidden(InspectorTableModel::Town));
    CHECK(child<QLabel>(&page, "inspectorHeading")->text() == QStringLiteral("Inspectors of 横林镇"));

    // Shown from elsewhere: the page goes to the inspector's town and selects the row.
    page.showInspector(wang);
    CHECK(towns->currentText() == kTown);
    REQUIRE(page.selectedInspector());
    CHECK(page.selectedInspector()->inspector.id == wang);
}
