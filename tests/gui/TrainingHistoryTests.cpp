// 培训考核记录 and 登录账号: a town's training sessions and exam results as the replica has them,
// opened from the inspectors page and kept current, and the account an administrator links to
// an inspector record (other roles keep the record's link as it is).

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
#include "ui/training/TrainingHistoryDialog.h"
#include "ui/training/TrainingSessionDialog.h"

#include <catch2/catch.hpp>

#include <QBrush>
#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kOtherTown = QStringLiteral("横林镇");
using History = TrainingHistoryDialog;

QDate today()
{
    return chinaDate(QDateTime::currentDateTimeUtc());
}

// Records are dated by the computer's clock on the desktop: the server's fake clock is moved to
// the same instant, so both sides mean the same day.
void serverClockToNow(TestServer &server)
{
    server.clock().advance(server.clock().now().secsTo(QDateTime::currentDateTimeUtc()));
}

qint64 makeInspector(TestServer &server, const QString &town, const QString &name,
                     std::optional<qint64> userId = std::nullopt)
{
    static int serial = 0;
    QCborMap args{{QStringLiteral("townId"), server.regionId(town)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("phone"), QStringLiteral("139%1").arg(20000000 + ++serial)},
                  {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}};
    if (userId)
        args.insert(QStringLiteral("userId"), *userId);
    return server.run(kAdmin, cmd::kInspectorCreate, args).value(QStringLiteral("inspectorId")).toInteger();
}

qint64 makeInspectorAccount(TestServer &server, const QString &username, const QString &displayName,
                            const QString &town)
{
    return server
        .run(kAdmin, cmd::kUserCreate,
             {{QStringLiteral("username"), username},
              {QStringLiteral("displayName"), displayName},
              {QStringLiteral("role"), QStringLiteral("inspector")},
              {QStringLiteral("townId"), server.regionId(town)},
              {QStringLiteral("password"), QStringLiteral("gridsafe-%1").arg(username)}})
        .value(QStringLiteral("userId"))
        .toInteger();
}

void recordTraining(TestServer &server, const QString &town, int daysAgo, double hours, const QString &topic,
                    const QList<qint64> &attendees)
{
    QCborArray ids;
    for (qint64 id : attendees)
        ids.append(id);
    server.run(kAdmin, cmd::kTrainingRecord,
               {{QStringLiteral("townId"), server.regionId(town)},
                {QStringLiteral("heldOn"), civilDateText(today().addDays(-daysAgo))},
                {QStringLiteral("hours"), hours},
                {QStringLiteral("topic"), topic},
                {QStringLiteral("trainer"), QStringLiteral("区应急局 陈工")},
                {QStringLiteral("attendeeIds"), ids}});
}

void recordExam(TestServer &server, qint64 inspector, int daysAgo, double score)
{
    server.run(kAdmin, cmd::kExamRecord,
               {{QStringLiteral("inspectorId"), inspector},
                {QStringLiteral("takenOn"), civilDateText(today().addDays(-daysAgo))},
                {QStringLiteral("subject"), QStringLiteral("网格员上岗考核")},
                {QStringLiteral("score"), score},
                {QStringLiteral("passMark"), 60}});
}

std::optional<Inspector> findInspector(ClientSession &session, qint64 id)
{
    for (const Inspector &inspector : ReplicaRecords(*session.replica()).inspectors()) {
        if (inspector.id == id)
            return inspector;
    }
    return std::nullopt;
}

std::optional<TrainingSession> findTraining(ClientSession &session, const QString &topic)
{
    for (const TrainingSession &training : ReplicaRecords(*session.replica()).trainings()) {
        if (training.topic == topic)
            return training;
    }
    return std::nullopt;
}

// The account the inspector record is linked to; nullopt also while the record is not there.
std::optional<qint64> linkOf(ClientSession &session, qint64 inspectorId)
{
    const std::optional<Inspector> inspector = findInspector(session, inspectorId);
    return inspector ? inspector->userId : std::nullopt;
}

qint64 accountId(ClientSession &session, const QString &username)
{
    for (const UserAccount &account : session.replica()->users()) {
        if (account.username == username)
            return account.id;
    }
    return 0;
}

QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QString selectedTopic(const QTableView *table)
{
    return table->selectionModel()
        ->selectedRows()
        .value(0)
        .siblingAtColumn(History::TrainingTopic)
        .data()
        .toString();
}

} // namespace

TEST_CASE("training records dialog lists the town's sessions newest first and edits one")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 wang = makeInspector(server, kTown, QStringLiteral("王芳"));
    const qint64 liu = makeInspector(server, kTown, QStringLiteral("刘洋"));
    const qint64 zhao = makeInspector(server, kOtherTown, QStringLiteral("赵磊"));
    recordTraining(server, kTown, 20, 2, QStringLiteral("安全生产法律法规"), {wang});
    recordTraining(server, kTown, 3, 3.5, QStringLiteral("粉尘涉爆企业检查要点"), {wang, liu});
    recordTraining(server, kOtherTown, 1, 4, QStringLiteral("横林镇消防培训"), {zhao}); // not this town's
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();
    const qint64 town = server.regionId(kTown);
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).trainings(town).size() == 2; }));

    // Opened from the inspectors page, where the button row stays as narrow as it was.
    auto *navigation = child<QListWidget>(window, "navigationList");
    clickItem(navigation, findText(*navigation->model(), QStringLiteral("Inspectors")));
    auto *open = child<QPushButton>(window, "trainingRecordsButton");
    REQUIRE(open->isEnabled());
    CHECK_FALSE(child<QWidget>(window, "inspectorToolArea")->isAncestorOf(open));
    CHECK(window->minimumSizeHint().width() <= window->screen()->availableGeometry().width());
    click(open);
    auto *dialog =
        qobject_cast<TrainingHistoryDialog *>(waitForWindow(QStringLiteral("trainingHistoryDialog")));
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(kTown));
    auto *table = child<QTableView>(dialog, "trainingHistoryTable");
    const QAbstractItemModel &model = *table->model();
    REQUIRE(model.rowCount() == 2);
    CHECK(cellText(model, 0, History::TrainingTopic) == QStringLiteral("粉尘涉爆企业检查要点"));
    CHECK(cellText(model, 0, History::TrainingDate) == civilDateText(today().addDays(-3)));
    CHECK(cellText(model, 0, History::TrainingHours) == QStringLiteral("3.5"));
    CHECK(cellText(model, 0, History::TrainingTrainer) == QStringLiteral("区应急局 陈工"));
    CHECK(cellText(model, 0, History::TrainingAttendees) == QStringLiteral("2"));
    const QString attendees = model.index(0, History::TrainingAttendees).data(Qt::ToolTipRole).toString();
    CHECK(attendees.contains(QStringLiteral("王芳")));
    CHECK(attendees.contains(QStringLiteral("刘洋")));
    CHECK(cellText(model, 1, History::TrainingTopic) == QStringLiteral("安全生产法律法规"));
    CHECK(cellText(model, 1, History::TrainingAttendees) == QStringLiteral("1"));
    // The newest is current, so Edit is offered straight away.
    auto *edit = child<QPushButton>(dialog, "editTrainingButton");
    CHECK(selectedTopic(table) == QStringLiteral("粉尘涉爆企业检查要点"));
    CHECK(edit->isEnabled());

    // A session recorded elsewhere shows on top; the user's selection stays where it was.
    clickItem(table, findText(model, QStringLiteral("安全生产法律法规"), History::TrainingTopic));
    recordTraining(server, kTown, 1, 1.5, QStringLiteral("有限空间作业安全"), {liu});
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(cellText(model, 0, History::TrainingTopic) == QStringLiteral("有限空间作业安全"));
    CHECK(selectedTopic(table) == QStringLiteral("安全生产法律法规"));

    // Enter on the selected session opens it for editing; the change shows in the list.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<QWidget> editor = waitForWindow(QStringLiteral("trainingSessionDialog"));
    REQUIRE(editor);
    CHECK(editor->windowTitle().contains(QStringLiteral("安全生产法律法规")));
    child<QDoubleSpinBox>(editor, "trainingHoursSpin")->setValue(4);
    auto *list = child<QListWidget>(editor, "trainingAttendeeList");
    QListWidgetItem *liuItem = list->findItems(QStringLiteral("刘洋"), Qt::MatchStartsWith).value(0);
    REQUIRE(liuItem);
    liuItem->setCheckState(Qt::Checked);
    clickOk(child<QDialogButtonBox>(editor, "trainingSessionButtons"));
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("trainingSessionDialog")) == nullptr; }));
    REQUIRE(waitUntil([&] {
        const auto edited = findTraining(session, QStringLiteral("安全生产法律法规"));
        return edited && edited->revision == 2 && edited->hours == 4 && edited->attendeeIds.size() == 2;
    }));
    REQUIRE(waitUntil([&] {
        const QModelIndex row = findText(model, QStringLiteral("安全生产法律法规"), History::TrainingTopic);
        return row.siblingAtColumn(History::TrainingHours).data().toString() == QStringLiteral("4")
               && row.siblingAtColumn(History::TrainingAttendees).data().toString() == QStringLiteral("2");
    }));
    CHECK(selectedTopic(table) == QStringLiteral("安全生产法律法规"));

    // Record… opens the dialog for a new session of the town.
    click(child<QPushButton>(dialog, "recordTrainingButton2"));
    QWidget *record = waitForWindow(QStringLiteral("trainingSessionDialog"));
    REQUIRE(record);
    CHECK(record->windowTitle() == QStringLiteral("Record training in %1").arg(kTown));
    record->close();
}

TEST_CASE("training records dialog shows exam results as passed or failed")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 wang = makeInspector(server, kTown, QStringLiteral("王芳"));
    const qint64 liu = makeInspector(server, kTown, QStringLiteral("刘洋"));
    recordExam(server, wang, 10, 82);
    recordExam(server, liu, 0, 45);
    recordExam(server, makeInspector(server, kOtherTown, QStringLiteral("赵磊")), 0, 70); // not this town's
    recordTraining(server, kTown, 5, 2, QStringLiteral("安全生产法律法规"), {wang, liu});
    // A district reviewer reads the records and changes nothing.
    Desktop desktop(server, true, QStringLiteral("reviewer"));
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-review")));
    ClientSession &session = desktop.app->session();
    const qint64 town = server.regionId(kTown);
    REQUIRE(waitUntil([&] {
        const ReplicaRecords records(*session.replica());
        return records.exams(town).size() == 2 && records.trainings(town).size() == 1;
    }));

    TrainingHistoryDialog dialog(session, town);
    dialog.show();
    CHECK(child<QPushButton>(&dialog, "editTrainingButton")->isHidden());
    CHECK(child<QPushButton>(&dialog, "recordTrainingButton2")->isHidden());
    auto *trainings = child<QTableView>(&dialog, "trainingHistoryTable");
    REQUIRE(trainings->model()->rowCount() == 1);
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    trainings->setFocus();
    QTest::keyClick(trainings, Qt::Key_Return); // nothing to edit for a reviewer
    spin(100);
    CHECK(visibleWindow(QStringLiteral("trainingSessionDialog")) == nullptr);

    auto *exams = child<QTableView>(&dialog, "examHistoryTable");
    const QAbstractItemModel &model = *exams->model();
    REQUIRE(model.rowCount() == 2);
    // Newest first: 刘洋's failed exam of today, then 王芳's passed one.
    CHECK(cellText(model, 0, History::ExamDate) == civilDateText(today()));
    CHECK(cellText(model, 0, History::ExamInspector) == QStringLiteral("刘洋"));
    CHECK(cellText(model, 0, History::ExamSubject) == QStringLiteral("网格员上岗考核"));
    CHECK(cellText(model, 0, History::ExamScore) == QStringLiteral("45 / 60"));
    CHECK(cellText(model, 0, History::ExamOutcome) == QStringLiteral("Failed"));
    const QColor failed =
        model.index(0, History::ExamOutcome).data(Qt::ForegroundRole).value<QBrush>().color();
    CHECK(failed.red() > failed.green());
    CHECK(cellText(model, 1, History::ExamInspector) == QStringLiteral("王芳"));
    CHECK(cellText(model, 1, History::ExamScore) == QStringLiteral("82 / 60"));
    CHECK(cellText(model, 1, History::ExamOutcome) == QStringLiteral("Passed"));
    const QColor passed =
        model.index(1, History::ExamOutcome).data(Qt::ForegroundRole).value<QBrush>().color();
    CHECK(passed.green() > passed.red());
    // Read only.
    for (int column = History::ExamDate; column <= History::ExamOutcome; ++column)
        CHECK_FALSE(model.flags(model.index(0, column)).testFlag(Qt::ItemIsEditable));
    CHECK(exams->editTriggers() == QAbstractItemView::NoEditTriggers);

    // A retake recorded elsewhere shows at once; sorting by score puts the lowest first.
    recordExam(server, liu, 0, 75.5);
    REQUIRE(waitUntil([&] { return model.rowCount() == 3; }));
    exams->sortByColumn(History::ExamScore, Qt::AscendingOrder);
    CHECK(cellText(model, 0, History::ExamScore) == QStringLiteral("45 / 60"));
    CHECK(cellText(model, 1, History::ExamScore) == QStringLiteral("75.5 / 60"));
    CHECK(cellText(model, 1, History::ExamOutcome) == QStringLiteral("Passed"));
    CHECK(cellText(model, 2, History::ExamScore) == QStringLiteral("82 / 60"));
}

TEST_CASE("inspector dialog links an administrator-chosen account and the link reaches the replica")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 wang = makeInspector(server, kTown, QStringLiteral("王芳"));
    const qint64 liu = makeInspector(server, kTown, QStringLiteral("刘洋"));
    const qint64 xiaoli =
        makeInspectorAccount(server, QStringLiteral("xiaoli"), QStringLiteral("李晓"), kTown);
    makeInspectorAccount(server, QStringLiteral("sunli"), QStringLiteral("孙丽"), kOtherTown); // not offered
    Desktop desktop(server, true, kAdmin);
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-admin")));
    ClientSession &session = desktop.app->session();
    REQUIRE(waitUntil([&] {
        return accountId(session, QStringLiteral("xiaoli")) != 0
               && accountId(session, QStringLiteral("sunli")) != 0 && findInspector(session, wang)
               && findInspector(session, liu);
    }));
    const qint64 zhangwei = accountId(session, QStringLiteral("zhangwei")); // the demo's inspector account
    REQUIRE(zhangwei != 0);

    // Offered: "(none)" and the town's two inspector accounts; not operators, not another town's.
    InspectorEditDialog dialog(session, ShownInspector{*findInspector(session, wang), {}, {}});
    dialog.show();
    auto *accounts = child<QComboBox>(&dialog, "inspectorAccountBox");
    CHECK(accounts->count() == 3);
    CHECK_FALSE(accounts->currentData().isValid());
    CHECK(accounts->findData(xiaoli) > 0);
    REQUIRE(accounts->findData(zhangwei) > 0);
    accounts->setCurrentIndex(accounts->findData(zhangwei));
    clickOk(child<QDialogButtonBox>(&dialog, "inspectorEditButtons"));
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return linkOf(session, wang) == zhangwei; }));

    // Opened again, the link shows; 刘洋 is not offered the account 王芳 uses.
    InspectorEditDialog again(session, ShownInspector{*findInspector(session, wang), {}, {}});
    CHECK(child<QComboBox>(&again, "inspectorAccountBox")->currentData().toLongLong() == zhangwei);
    InspectorEditDialog liuDialog(session, ShownInspector{*findInspector(session, liu), {}, {}});
    liuDialog.show();
    auto *liuAccounts = child<QComboBox>(&liuDialog, "inspectorAccountBox");
    CHECK(liuAccounts->findData(zhangwei) < 0);
    REQUIRE(liuAccounts->findData(xiaoli) > 0);

    // Meanwhile another administrator gives 王芳 the account 李晓 instead: 刘洋's choice of it,
    // made from the list as it was, is refused and reopens with that choice and the reason.
    const Inspector current = *findInspector(session, wang);
    server.run(kAdmin, cmd::kInspectorUpdate,
               {{QStringLiteral("inspectorId"), wang},
                {QStringLiteral("revision"), current.revision},
                {QStringLiteral("name"), current.name},
                {QStringLiteral("phone"), current.phone},
                {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
                {QStringLiteral("userId"), xiaoli}});
    REQUIRE(waitUntil([&] { return linkOf(session, wang) == xiaoli; }));
    liuAccounts->setCurrentIndex(liuAccounts->findData(xiaoli));
    clickOk(child<QDialogButtonBox>(&liuDialog, "inspectorEditButtons"));
    CHECK_FALSE(liuDialog.isVisible());
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }));
    auto *reopened =
        qobject_cast<InspectorEditDialog *>(waitForWindow(QStringLiteral("inspectorEditDialog")));
    REQUIRE(reopened);
    auto *choice = child<QComboBox>(reopened, "inspectorAccountBox");
    CHECK(choice->currentData().toLongLong() == xiaoli);
    CHECK(child<QLabel>(reopened, "inspectorEditError")->isVisible());

    // Corrected to the account now free, and sent again: it reaches the replica.
    REQUIRE(choice->findData(zhangwei) > 0);
    choice->setCurrentIndex(choice->findData(zhangwei));
    clickOk(child<QDialogButtonBox>(reopened, "inspectorEditButtons"));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    REQUIRE(waitUntil([&] { return linkOf(session, liu) == zhangwei; }));
    CHECK(linkOf(session, wang) == xiaoli);
}

TEST_CASE("inspector dialog offers an operator no account and keeps the record's link")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 xiaoli =
        makeInspectorAccount(server, QStringLiteral("xiaoli"), QStringLiteral("李晓"), kTown);
    const qint64 wang = makeInspector(server, kTown, QStringLiteral("王芳"), xiaoli);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    REQUIRE(waitUntil([&] { return findInspector(session, wang).has_value(); }));

    InspectorEditDialog dialog(session, ShownInspector{*findInspector(session, wang), {}, {}});
    dialog.show();
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("inspectorAccountBox")) == nullptr);
    typeText(child<QLineEdit>(&dialog, "inspectorPhoneEdit"), QStringLiteral("13900001111"));
    clickOk(child<QDialogButtonBox>(&dialog, "inspectorEditButtons"));
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return findInspector(session, wang)->phone == QStringLiteral("13900001111"); }));
    CHECK(linkOf(session, wang) == xiaoli);
}
