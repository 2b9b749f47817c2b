// The training and certification dialogs (先培训考核、后持证上岗): sessions with their attendees,
// exams passed or failed, certificates issued on a passed exam and revoked for a reason, the
// yearly plan; each checks by the server's rules before sending, and a refusal reopens it.

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
#include "ui/training/CertificateIssueDialog.h"
#include "ui/training/CertificateRevokeDialog.h"
#include "ui/training/ExamDialog.h"
#include "ui/training/TrainingDialogs.h"
#include "ui/training/TrainingPlanDialog.h"
#include "ui/training/TrainingPlanItemDelegate.h"
#include "ui/training/TrainingSessionDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kAdmin = QStringLiteral("admin");

QDate today()
{
    return chinaDate(QDateTime::currentDateTimeUtc());
}

// The dialogs start at today by the computer's clock: the server's fake clock is set to the
// same instant, so both sides mean the same day.
void serverClockToNow(TestServer &server)
{
    server.clock().advance(server.clock().now().secsTo(QDateTime::currentDateTimeUtc()));
}

qint64 makeInspector(TestServer &server, const QString &town, const QString &name, bool active = true)
{
    static int serial = 0;
    QCborMap args{{QStringLiteral("townId"), server.regionId(town)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("phone"), QStringLiteral("138%1").arg(10000000 + ++serial)},
                  {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
                  {QStringLiteral("active"), active}};
    if (town == kTown)
        args.insert(QStringLiteral("unitRegionId"), server.regionId(QStringLiteral("渔庄村")));
    return server.run(kAdmin, cmd::kInspectorCreate, args).value(QStringLiteral("inspectorId")).toInteger();
}

qint64 recordExam(TestServer &server, qint64 inspector, double score)
{
    return server
        .run(kAdmin, cmd::kExamRecord,
             {{QStringLiteral("inspectorId"), inspector},
              {QStringLiteral("takenOn"), civilDateText(today())},
              {QStringLiteral("subject"), QStringLiteral("网格员上岗考核")},
              {QStringLiteral("score"), score},
              {QStringLiteral("passMark"), 60}})
        .value(QStringLiteral("examId"))
        .toInteger();
}

// The inspector as the desktop's replica has it, once it arrived.
Inspector replicaInspector(ClientSession &session, qint64 id)
{
    std::optional<Inspector> found;
    waitUntil([&] {
        for (const Inspector &inspector : ReplicaRecords(*session.replica()).inspectors()) {
            if (inspector.id == id)
                found = inspector;
        }
        return found.has_value();
    });
    if (!found)
        throw std::runtime_error("the inspector never reached the replica");
    return *found;
}

template <typename T, typename Pick>
std::optional<T> waitForRecord(const std::function<QList<T>()> &rows, Pick pick)
{
    std::optional<T> found;
    waitUntil([&] {
        for (const T &row : rows()) {
            if (pick(row))
                found = row;
        }
        return found.has_value();
    });
    return found;
}

QListWidgetItem *attendee(QListWidget *list, const QString &name)
{
    QListWidgetItem *item = list->findItems(name, Qt::MatchStartsWith).value(0);
    REQUIRE(item);
    return item;
}

} // namespace

TEST_CASE("training dialog records a session with its attendees")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 wang = makeInspector(server, kTown, QStringLiteral("王芳"));
    const qint64 liu = makeInspector(server, kTown, QStringLiteral("刘洋"));
    makeInspector(server, kTown, QStringLiteral("陈静"));
    makeInspector(server, kTown, QStringLiteral("杨帆"), false);             // inactive: not listed
    makeInspector(server, QStringLiteral("横林镇"), QStringLiteral("赵磊")); // another town
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const qint64 town = server.regionId(kTown);
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).inspectors(town).size() == 4; }));

    TrainingSessionDialog dialog(session, town);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "trainingAttendeeList");
    auto *search = child<QLineEdit>(&dialog, "trainingAttendeeSearch");
    auto *count = child<QLabel>(&dialog, "trainingAttendeeCount");
    auto *buttons = child<QDialogButtonBox>(&dialog, "trainingSessionButtons");
    CHECK(child<QDateEdit>(&dialog, "trainingDateEdit")->date() == today());
    CHECK(list->count() == 3);
    CHECK(list->findItems(QStringLiteral("杨帆"), Qt::MatchStartsWith).isEmpty());
    CHECK(list->findItems(QStringLiteral("赵磊"), Qt::MatchStartsWith).isEmpty());
    CHECK(count->text() == QStringLiteral("0 of 3 attending"));

    // Nobody ticked: refused under the list, and what was typed stays.
    typeText(child<QLineEdit>(&dialog, "trainingTopicEdit"), QStringLiteral("粉尘涉爆企业检查要点"));
    typeText(child<QLineEdit>(&dialog, "trainingTrainerEdit"), QStringLiteral("区应急局 陈工"));
    clickOk(buttons);
    CHECK(child<QLabel>(&dialog, "trainingAttendeeError")->text().contains(QStringLiteral("at least one")));
    CHECK(child<QLineEdit>(&dialog, "trainingTopicEdit")->text() == QStringLiteral("粉尘涉爆企业检查要点"));
    CHECK(session.outbox()->pendingCount() == 0);

    // Searching narrows the list; "select all" ticks what is shown; Down goes to the list.
    typeText(search, QStringLiteral("王"));
    CHECK_FALSE(list->isRowHidden(list->row(attendee(list, QStringLiteral("王芳")))));
    CHECK(list->isRowHidden(list->row(attendee(list, QStringLiteral("刘洋")))));
    click(child<QPushButton>(&dialog, "trainingSelectAllButton"));
    CHECK(count->text() == QStringLiteral("1 of 3 attending"));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(dialog.focusWidget() == list);
    CHECK(list->currentItem() == attendee(list, QStringLiteral("王芳")));
    search->clear();
    attendee(list, QStringLiteral("刘洋"))->setCheckState(Qt::Checked);
    CHECK(count->text() == QStringLiteral("2 of 3 attending"));

    // Hours go by half hours; an empty topic is refused under the topic.
    child<QDoubleSpinBox>(&dialog, "trainingHoursSpin")->setValue(3.5);
    typeText(child<QLineEdit>(&dialog, "trainingTopicEdit"), QStringLiteral("   "));
    clickOk(buttons);
    CHECK(child<QLabel>(&dialog, "trainingTopicError")->isVisible());
    CHECK(dialog.focusWidget() == child<QLineEdit>(&dialog, "trainingTopicEdit"));
    typeText(child<QLineEdit>(&dialog, "trainingTopicEdit"), QStringLiteral("粉尘涉爆企业检查要点"));
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());

    const auto recorded = waitForRecord<TrainingSession>(
        [&] { return ReplicaRecords(*session.replica()).trainings(town); },
        [](const TrainingSession &t) { return t.topic == QStringLiteral("粉尘涉爆企业检查要点"); });
    REQUIRE(recorded);
    CHECK(recorded->attendeeIds == QList<qint64>{std::min(wang, liu), std::max(wang, liu)});
    CHECK(recorded->hours == 3.5);
    CHECK(recorded->trainer == QStringLiteral("区应急局 陈工"));
    CHECK(recorded->heldOn == civilDateText(today()));

    // Edited: one attendee fewer, sent as training.update with the revision seen.
    TrainingSessionDialog edit(session, *recorded);
    edit.show();
    auto *editList = child<QListWidget>(&edit, "trainingAttendeeList");
    CHECK(child<QLabel>(&edit, "trainingAttendeeCount")->text() == QStringLiteral("2 of 3 attending"));
    attendee(editList, QStringLiteral("刘洋"))->setCheckState(Qt::Unchecked);
    clickOk(child<QDialogButtonBox>(&edit, "trainingSessionButtons"));
    CHECK_FALSE(edit.isVisible());
    REQUIRE(waitForRecord<TrainingSession>([&] { return ReplicaRecords(*session.replica()).trainings(town); },
                                           [&](const TrainingSession &t) {
                                               return t.id == recorded->id && t.revision == 2
                                                      && t.attendeeIds == QList<qint64>{wang};
                                           }));
}

TEST_CASE("exam dialog shows a failing score as failed and records it")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 id = makeInspector(server, kTown, QStringLiteral("王芳"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();

    ExamDialog dialog(session, replicaInspector(session, id));
    dialog.show();
    auto *score = child<QDoubleSpinBox>(&dialog, "examScoreSpin");
    auto *outcome = child<QLabel>(&dialog, "examOutcomeLabel");
    auto *buttons = child<QDialogButtonBox>(&dialog, "examButtons");
    CHECK(child<QDoubleSpinBox>(&dialog, "examPassMarkSpin")->value() == 60);
    CHECK(outcome->text() == QStringLiteral("Enter the score."));

    // The outcome follows the score as it is typed.
    score->setValue(75);
    CHECK(outcome->text() == QStringLiteral("Passed"));
    score->setValue(45);
    CHECK(outcome->text().startsWith(QStringLiteral("Failed")));

    // No subject: refused under it; the score stays.
    clickOk(buttons);
    CHECK(child<QLabel>(&dialog, "examSubjectError")->text().contains(QStringLiteral("must not be empty")));
    CHECK(score->value() == 45);
    CHECK(session.outbox()->pendingCount() == 0);

    typeText(child<QLineEdit>(&dialog, "examSubjectEdit"), QStringLiteral("网格员上岗考核"));
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());
    const auto exam = waitForRecord<ExamResult>([&] { return ReplicaRecords(*session.replica()).exams(); },
                                                [&](const ExamResult &e) { return e.inspectorId == id; });
    REQUIRE(exam);
    CHECK(exam->score == 45);
    CHECK(exam->passMark == 60);
    CHECK_FALSE(exam->passed());
    CHECK(exam->subject == QStringLiteral("网格员上岗考核"));
}

TEST_CASE("certificate dialog issues a certificate on a passed exam and the inspector becomes assignable")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 id = makeInspector(server, kTown, QStringLiteral("王芳"));
    recordExam(server, id, 40); // failed: not offered
    const qint64 passed = recordExam(server, id, 82);
    // Without a certificate nobody may hold a grid (持证上岗).
    CHECK_THROWS(server.assignInspector(QStringLiteral("渔庄村网格"), id));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const Inspector inspector = replicaInspector(session, id);
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).exams().size() == 2; }));

    CertificateIssueDialog dialog(session, inspector);
    dialog.show();
    auto *exams = child<QComboBox>(&dialog, "certificateExamBox");
    auto *number = child<QLineEdit>(&dialog, "certificateNumberEdit");
    auto *issued = child<QDateEdit>(&dialog, "certificateIssuedOnEdit");
    auto *until = child<QDateEdit>(&dialog, "certificateValidUntilEdit");
    auto *buttons = child<QDialogButtonBox>(&dialog, "certificateIssueButtons");
    REQUIRE(exams->count() == 1);
    CHECK(exams->currentData().toLongLong() == passed);
    CHECK(issued->date() == today());
    CHECK(until->date() == today().addYears(3));
    CHECK(until->maximumDate() == today().addYears(5));
    CHECK(child<QLabel>(&dialog, "certificateIntroLabel")
              ->text()
              .contains(QStringLiteral("no valid certificate")));

    // A malformed number is refused under it and kept for correcting.
    typeText(number, QStringLiteral("G1"));
    clickOk(buttons);
    CHECK(child<QLabel>(&dialog, "certificateNumberError")->text().contains(QStringLiteral("3–32")));
    CHECK(number->text() == QStringLiteral("G1"));
    CHECK(session.outbox()->pendingCount() == 0);

    typeText(number, QStringLiteral("yg-2026-101"));
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());
    const auto issuedCertificate =
        waitForRecord<Certificate>([&] { return ReplicaRecords(*session.replica()).certificates(); },
                                   [&](const Certificate &c) { return c.inspectorId == id; });
    REQUIRE(issuedCertificate);
    CHECK(issuedCertificate->number == QStringLiteral("YG-2026-101"));
    CHECK(issuedCertificate->examId == passed);
    CHECK(issuedCertificate->validUntil == civilDateText(today().addYears(3)));
    CHECK(issuedCertificate->validOn(civilDateText(today())));
    CHECK_NOTHROW(server.assignInspector(QStringLiteral("渔庄村网格"), id));
}

TEST_CASE("certificate dialog refuses an inspector without a passed exam")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 id = makeInspector(server, kTown, QStringLiteral("刘洋"));
    recordExam(server, id, 52);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const Inspector inspector = replicaInspector(session, id);
    REQUIRE(waitUntil([&] { return ReplicaRecords(*session.replica()).exams().size() == 1; }));

    CertificateIssueDialog dialog(session, inspector);
    dialog.show();
    CHECK(child<QComboBox>(&dialog, "certificateExamBox")->count() == 0);
    CHECK(child<QLabel>(&dialog, "certificateIntroLabel")->text().contains(QStringLiteral("no passed exam")));
    QPushButton *ok =
        child<QDialogButtonBox>(&dialog, "certificateIssueButtons")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, "certificateNumberEdit")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter is Cancel here
    CHECK_FALSE(dialog.isVisible());
    CHECK(session.outbox()->entries().isEmpty());
}

TEST_CASE("certificate revoke dialog requires a reason")
{
    TestServer server;
    serverClockToNow(server);
    const qint64 id = server.certifiedInspector(kTown, QStringLiteral("赵磊"));
    server.assignInspector(QStringLiteral("渔庄村网格"), id);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const auto certificate =
        waitForRecord<Certificate>([&] { return ReplicaRecords(*session.replica()).certificates(); },
                                   [&](const Certificate &c) { return c.inspectorId == id; });
    REQUIRE(certificate);
    const qint64 grid = server.gridId(QStringLiteral("渔庄村网格"));
    REQUIRE(waitUntil([&] {
        const std::optional<Grid> held = session.replica()->grid(grid);
        return held && held->inspectorId == id;
    }));

    CertificateRevokeDialog dialog(session, *certificate);
    dialog.show();
    // The holder's grid loses its certified inspector: the user is told before revoking.
    auto *warning = child<QLabel>(&dialog, "certificateRevokeWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("渔庄村网格")));
    CHECK(warning->text().contains(QStringLiteral("coverage gaps")));

    auto *buttons = child<QDialogButtonBox>(&dialog, "certificateRevokeButtons");
    clickOk(buttons);
    auto *error = child<QLabel>(&dialog, "certificateRevokeError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("must not be empty")));
    CHECK(session.outbox()->entries().isEmpty());

    auto *reason = child<QPlainTextEdit>(&dialog, "certificateRevokeReasonEdit");
    reason->setPlainText(QStringLiteral("调离村委会，\n不再担任网格员"));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter confirms
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitForRecord<Certificate>(
        [&] { return ReplicaRecords(*session.replica()).certificates(); },
        [&](const Certificate &c) { return c.id == certificate->id && !c.revokedOn.isEmpty(); }));
    const Certificate revoked =
        *waitForRecord<Certificate>([&] { return ReplicaRecords(*session.replica()).certificates(); },
                                    [&](const Certificate &c) { return c.id == certificate->id; });
    CHECK(revoked.revokeReason == QStringLiteral("调离村委会， 不再担任网格员"));
    CHECK(revoked.revokedOn == civilDateText(today()));
}

TEST_CASE("training plan dialog saves the year's plan and reloads it")
{
    TestServer server;
    serverClockToNow(server);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const qint64 town = server.regionId(kTown);
    const int year = today().year();
    using Column = TrainingPlanItemDelegate::Column;

    TrainingPlanDialog dialog(session, town, year);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "trainingPlanItemTable");
    auto *buttons = child<QDialogButtonBox>(&dialog, "trainingPlanButtons");
    CHECK(child<QSpinBox>(&dialog, "trainingPlanYearSpin")->value() == year);
    CHECK(child<QLabel>(&dialog, "trainingPlanStatusLabel")->text().contains(QStringLiteral("no plan")));
    CHECK(table->rowCount() == 0);
    child<QDoubleSpinBox>(&dialog, "trainingPlanHoursSpin")->setValue(16);

    // A new session opens its topic for typing; Enter keeps it.
    click(child<QPushButton>(&dialog, "trainingPlanAddButton"));
    REQUIRE(table->rowCount() == 1);
    auto *topic = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(0, Column::Topic)));
    REQUIRE(topic);
    typeText(topic, QStringLiteral("网格员上岗培训"));
    QTest::keyClick(topic, Qt::Key_Return);
    REQUIRE(
        waitUntil([&] { return table->item(0, Column::Topic)->text() == QStringLiteral("网格员上岗培训"); }));
    table->item(0, Column::Month)->setData(Qt::EditRole, 3);
    table->item(0, Column::Hours)->setData(Qt::EditRole, 0.3);

    // Hours not in half hours: refused under the table, naming the session, with the cell current.
    clickOk(buttons);
    auto *itemError = child<QLabel>(&dialog, "trainingPlanItemError");
    CHECK(itemError->text().startsWith(QStringLiteral("Session 1:")));
    CHECK(itemError->text().contains(QStringLiteral("half hours")));
    CHECK(table->currentColumn() == Column::Hours);
    table->item(0, Column::Hours)->setData(Qt::EditRole, 4.0);

    // The second session is still being typed when Save is clicked: it counts.
    click(child<QPushButton>(&dialog, "trainingPlanAddButton"));
    REQUIRE(table->rowCount() == 2);
    auto *second = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(1, Column::Topic)));
    REQUIRE(second);
    typeText(second, QStringLiteral("有限空间作业安全"));
    table->item(1, Column::Month)->setData(Qt::EditRole, 6);
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());

    const auto saved =
        waitForRecord<TrainingPlan>([&] { return ReplicaRecords(*session.replica()).trainingPlans(town); },
                                    [&](const TrainingPlan &p) { return p.year == year; });
    REQUIRE(saved);
    CHECK(saved->revision == 1);
    CHECK(saved->requiredHours == 16);
    REQUIRE(saved->items.size() == 2);
    CHECK(saved->items.at(0).month == 3);
    CHECK(saved->items.at(0).topic == QStringLiteral("网格员上岗培训"));
    CHECK(saved->items.at(0).hours == 4);
    CHECK(saved->items.at(1).month == 6);
    CHECK(saved->items.at(1).topic == QStringLiteral("有限空间作业安全"));

    // Opened again, it shows the saved plan; a change replaces it at the next revision.
    TrainingPlanDialog again(session, town, year);
    again.show();
    auto *againTable = child<QTableWidget>(&again, "trainingPlanItemTable");
    CHECK(child<QDoubleSpinBox>(&again, "trainingPlanHoursSpin")->value() == 16);
    REQUIRE(againTable->rowCount() == 2);
    CHECK(againTable->item(1, Column::Topic)->text() == QStringLiteral("有限空间作业安全"));
    CHECK(child<QLabel>(&again, "trainingPlanStatusLabel")->text().contains(QStringLiteral("replaces")));
    againTable->setCurrentCell(0, Column::Topic);
    click(child<QPushButton>(&again, "trainingPlanRemoveButton"));
    CHECK(againTable->rowCount() == 1);
    typeText(child<QLineEdit>(&again, "trainingPlanNoteEdit"), QStringLiteral("上岗培训已于年初完成"));
    clickOk(child<QDialogButtonBox>(&again, "trainingPlanButtons"));
    CHECK_FALSE(again.isVisible());
    REQUIRE(
        waitForRecord<TrainingPlan>([&] { return ReplicaRecords(*session.replica()).trainingPlans(town); },
                                    [&](const TrainingPlan &p) {
                                        return p.year == year && p.revision == 2 && p.items.size() == 1
                                               && p.note == QStringLiteral("上岗培训已于年初完成");
                                    }));
}

TEST_CASE("refused certificate reopens in its dialog with the number typed")
{
    TestServer server;
    serverClockToNow(server);
    // 横林镇 already issued HL-2026-001; 遥观镇's operator cannot see it, the server can.
    const qint64 other = makeInspector(server, QStringLiteral("横林镇"), QStringLiteral("孙丽"));
    server.run(kAdmin, cmd::kCertificateIssue,
               {{QStringLiteral("inspectorId"), other},
                {QStringLiteral("examId"), recordExam(server, other, 90)},
                {QStringLiteral("number"), QStringLiteral("HL-2026-001")},
                {QStringLiteral("issuedOn"), civilDateText(today())},
                {QStringLiteral("validUntil"), civilDateText(today().addYears(3))}});
    const qint64 id = makeInspector(server, kTown, QStringLiteral("王芳"));
    recordExam(server, id, 88);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const Inspector inspector = replicaInspector(session, id);
    REQUIRE(
        waitUntil([&] { return ReplicaRecords(*session.replica()).exams(inspector.townId).size() == 1; }));

    CertificateIssueDialog dialog(session, inspector);
    dialog.show();
    typeText(child<QLineEdit>(&dialog, "certificateNumberEdit"), QStringLiteral("HL-2026-001"));
    clickOk(child<QDialogButtonBox>(&dialog, "certificateIssueButtons"));
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }));
    const OutboxEntry refused = session.outbox()->entries().first();

    // Another command is not the training dialogs' to reopen.
    OutboxEntry grid = refused;
    grid.name = QString::fromLatin1(cmd::kGridCreate);
    CHECK(TrainingDialogs::reopenRefused(session, grid, nullptr) == nullptr);

    std::unique_ptr<QDialog> reopened(TrainingDialogs::reopenRefused(session, refused, nullptr));
    REQUIRE(qobject_cast<CertificateIssueDialog *>(reopened.get()));
    reopened->show();
    auto *number = child<QLineEdit>(reopened.get(), "certificateNumberEdit");
    CHECK(number->text() == QStringLiteral("HL-2026-001"));
    auto *error = child<QLabel>(reopened.get(), "certificateIssueError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("HL-2026-001")));

    // Corrected and sent again: the same place in the queue, and the server takes it.
    typeText(number, QStringLiteral("YG-2026-101"));
    clickOk(child<QDialogButtonBox>(reopened.get(), "certificateIssueButtons"));
    CHECK_FALSE(reopened->isVisible());
    REQUIRE(waitForRecord<Certificate>([&] { return ReplicaRecords(*session.replica()).certificates(); },
                                       [&](const Certificate &c) {
                                           return c.inspectorId == id
                                                  && c.number == QStringLiteral("YG-2026-101");
                                       }));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
}
