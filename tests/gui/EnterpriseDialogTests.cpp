// The enterprise register's dialogs: the form (checked with the server's own rules, the
// covering grid suggested, nothing sent when nothing changed, a refusal reopened with what the
// user typed), the history read from the server, supervision of many enterprises at once, and
// the risk report.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "SampleEnterprise.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "ui/enterprises/EnterpriseDialogs.h"
#include "ui/enterprises/EnterpriseEditDialog.h"
#include "ui/enterprises/EnterpriseHistoryDialog.h"
#include "ui/enterprises/EnterpriseSupervisionDialog.h"
#include "ui/enterprises/RiskReportDialog.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <optional>
#include <stdexcept>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kHenglin = QStringLiteral("横林镇");

// A valid unified social credit code not used before in this run.
QString newCreditCode()
{
    static int counter = 0;
    const QString first17 = QStringLiteral("91320412MC%1").arg(++counter, 7, 10, QLatin1Char('0'));
    return first17 + *creditCodeCheckCharacter(first17);
}

QCborMap enterpriseArgs(TestServer &server, const QString &town, const QString &village, const QString &name,
                        const QString &code)
{
    return sampleEnterpriseArgs(server.regionId(town), server.regionId(village), village, name, code);
}

qint64 createEnterprise(TestServer &server, const QString &user, const QString &town, const QString &village,
                        const QString &name, const QString &code = newCreditCode())
{
    return server.run(user, cmd::kEnterpriseCreate, enterpriseArgs(server, town, village, name, code))
        .value(QStringLiteral("enterpriseId"))
        .toInteger();
}

// The enterprise as the desktop's replica has it, once `done` holds for it.
Enterprise replicaEnterprise(ClientSession &session, qint64 id,
                             const std::function<bool(const Enterprise &)> &done = {})
{
    std::optional<Enterprise> found;
    waitUntil([&] {
        found = ReplicaEnterprises(session.replica()->sql()).enterprise(id);
        return found && (!done || done(*found));
    });
    if (!found || (done && !done(*found)))
        throw std::runtime_error("the enterprise never reached the replica as expected");
    return *found;
}

// The dialogs start at today by the computer's clock: the server's fake clock is moved to the
// same instant, so both sides mean the same day.
QDate serverClockToNow(TestServer &server)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (server.clock().now() < now)
        server.clock().advance(server.clock().now().secsTo(now));
    return chinaDate(now);
}

// Shown and active, so that shortcuts and focus work as for a user.
void showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// A click on the button's text: a radio button takes clicks on its circle and text only.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    REQUIRE(radio->isChecked());
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text, Qt::MatchStartsWith);
    INFO("choosing " << text.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// The row of a table whose cell in `column` reads `text`; -1 when none does.
int rowWith(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = table->item(row, column); item && item->text() == text)
            return row;
    }
    return -1;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// The main window reports a refusal no page has taken yet in a box of its own: not tested here.
void closeRefusalBox()
{
    spin(100);
    if (auto *box = visibleWindow<QMessageBox>(QStringLiteral("commandRejectedBox")))
        box->close();
}

} // namespace

TEST_CASE("enterprise form: a wrong check character is shown under the code and nothing is queued")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();

    EnterpriseEditDialog dialog(session);
    showActive(dialog);
    auto *town = child<QComboBox>(&dialog, "enterpriseTownBox");
    CHECK(town->currentText() == kTown);
    CHECK_FALSE(town->isEnabled()); // an operator keeps their own town's register
    auto *code = child<QLineEdit>(&dialog, "enterpriseCodeEdit");
    auto *codeError = child<QLabel>(&dialog, "enterpriseCodeError");
    auto *buttons = child<QDialogButtonBox>(&dialog, "enterpriseEditButtons");

    // On the spot: the 18th character typed is the wrong check character.
    typeText(code, QStringLiteral("91320411MA1XKQ7P31"));
    CHECK(codeError->isVisible());
    CHECK(codeError->text().contains(QStringLiteral("should be 0, not 1")));

    // Saving shows every problem under its field at once, keeps the text and focuses the first.
    typeText(child<QLineEdit>(&dialog, "enterprisePhoneEdit"), QStringLiteral("12345"));
    clickOk(buttons);
    CHECK(dialog.isVisible());
    CHECK(codeError->isVisible());
    CHECK(codeError->text().contains(QStringLiteral("should be 0, not 1")));
    auto *nameError = child<QLabel>(&dialog, "enterpriseNameError");
    CHECK(nameError->isVisible());
    CHECK(nameError->text().contains(QStringLiteral("must not be empty")));
    CHECK(child<QLabel>(&dialog, "enterprisePhoneError")->isVisible());
    CHECK(code->text() == QStringLiteral("91320411MA1XKQ7P31"));
    CHECK(dialog.focusWidget() == code);
    CHECK(session.outbox()->entries().isEmpty());

    // Typing again clears the problem under that field.
    typeText(child<QLineEdit>(&dialog, "enterpriseNameEdit"), QStringLiteral("常州遥观精密机械有限公司"));
    CHECK_FALSE(nameError->isVisible());

    // Esc closes the form, and still nothing was sent.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(session.outbox()->entries().isEmpty());
}

TEST_CASE("enterprise form: a new enterprise is put into the one grid covering its village")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();

    EnterpriseEditDialog dialog(session);
    showActive(dialog);
    auto *village = child<QComboBox>(&dialog, "enterpriseVillageBox");
    auto *grid = child<QComboBox>(&dialog, "enterpriseGridBox");
    CHECK(child<QRadioButton>(&dialog, "enterpriseGridRadio")->isChecked());
    CHECK(grid->currentIndex() == -1);
    CHECK_FALSE(child<QLabel>(&dialog, "enterpriseNoneWarning")->isVisible());

    // 渔庄村 has one grid: it is suggested. 东方村 is split between two: the user decides.
    choose(village, QStringLiteral("东方村"));
    CHECK(grid->currentIndex() == -1);
    choose(village, QStringLiteral("渔庄村"));
    CHECK(grid->currentText().startsWith(QStringLiteral("渔庄村网格")));
    CHECK(grid->currentText().contains(QStringLiteral("no inspector"))); // the demo grid has none yet

    typeText(child<QLineEdit>(&dialog, "enterpriseCodeEdit"), QStringLiteral("９１３２ ０４１１ma1xkq7p30"));
    CHECK_FALSE(child<QLabel>(&dialog, "enterpriseCodeError")->isVisible());
    auto *name = child<QLineEdit>(&dialog, "enterpriseNameEdit");
    typeText(name, QStringLiteral("常州遥观精密机械有限公司"));
    child<QComboBox>(&dialog, "enterpriseIndustryBox")
        ->setEditText(QStringLiteral("34")); // found by its number
    auto *sector = child<QComboBox>(&dialog, "enterpriseSectorBox");
    sector->setCurrentIndex(sector->findData(QStringLiteral("machinery")));
    CHECK(child<QLabel>(&dialog, "enterpriseCategoryLabel")->text().contains(QStringLiteral("Key industry")));
    child<QCheckBox>(&dialog, "enterpriseFlag_dust")->setChecked(true);
    // A known flag typed in words is the same flag; a town's own words are kept.
    typeText(child<QLineEdit>(&dialog, "enterpriseOtherFlagsEdit"), QStringLiteral("涉爆粉尘、喷涂作业"));
    auto *scale = child<QComboBox>(&dialog, "enterpriseScaleBox");
    scale->setCurrentIndex(scale->findData(QStringLiteral("above")));
    child<QSpinBox>(&dialog, "enterpriseEmployeesSpin")->setValue(120);

    // Enter saves.
    QTest::keyClick(name, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK_FALSE(dialog.commandId().isEmpty());

    std::optional<Enterprise> created;
    REQUIRE(waitUntil([&] {
        created = ReplicaEnterprises(session.replica()->sql())
                      .enterpriseByCode(QStringLiteral("91320411MA1XKQ7P30"));
        return created.has_value();
    }));
    CHECK(created->name == QStringLiteral("常州遥观精密机械有限公司"));
    CHECK(created->townId == server.regionId(kTown));
    CHECK(created->villageId == server.regionId(QStringLiteral("渔庄村")));
    CHECK(created->gridId == server.gridId(QStringLiteral("渔庄村网格")));
    CHECK(created->industry == QStringLiteral("C34"));
    CHECK(created->sector == KeySector::Machinery);
    CHECK(created->focusFlags == QStringList{QStringLiteral("dust"), QStringLiteral("喷涂作业")});
    CHECK(created->scale == EnterpriseScale::Above);
    CHECK(created->employees == 120);
    CHECK(created->supervision() == Supervision::Grid);
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
}

TEST_CASE("enterprise form: a credit code another enterprise holds is refused, naming it")
{
    TestServer server;
    const QString taken = newCreditCode();
    createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"), QStringLiteral("常州甲机械有限公司"),
                     taken);
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    REQUIRE(waitUntil([&] { return ReplicaEnterprises(session.replica()->sql()).count().value() == 1; }));

    EnterpriseEditDialog dialog(session);
    showActive(dialog);
    auto *codeError = child<QLabel>(&dialog, "enterpriseCodeError");
    typeText(child<QLineEdit>(&dialog, "enterpriseCodeEdit"), taken);
    CHECK(codeError->isVisible());
    CHECK(codeError->text().contains(QStringLiteral("常州甲机械有限公司")));
    typeText(child<QLineEdit>(&dialog, "enterpriseNameEdit"), QStringLiteral("常州乙机械有限公司"));
    clickOk(child<QDialogButtonBox>(&dialog, "enterpriseEditButtons"));
    CHECK(dialog.isVisible());
    CHECK(codeError->text().contains(QStringLiteral("常州甲机械有限公司")));
    CHECK(session.outbox()->entries().isEmpty());
}

TEST_CASE("enterprise form: an unchanged form sends nothing, and an edit goes with the revision seen")
{
    TestServer server;
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const Enterprise shown = replicaEnterprise(session, id);
    CHECK(shown.supervision() == Supervision::None);

    {
        EnterpriseEditDialog dialog(session, shown);
        showActive(dialog);
        // In no grid: the gap is said, and the grid covering its village is ready to be chosen.
        CHECK(child<QRadioButton>(&dialog, "enterpriseNoneRadio")->isChecked());
        CHECK(child<QLabel>(&dialog, "enterpriseNoneWarning")->isVisible());
        CHECK(child<QComboBox>(&dialog, "enterpriseGridBox")
                  ->currentText()
                  .startsWith(QStringLiteral("渔庄村网格")));
        CHECK(child<QCheckBox>(&dialog, "enterpriseFlag_confinedSpace")->isChecked());
        clickOk(child<QDialogButtonBox>(&dialog, "enterpriseEditButtons"));
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.commandId().isEmpty());
        CHECK(session.outbox()->entries().isEmpty());
    }

    EnterpriseEditDialog dialog(session, shown);
    showActive(dialog);
    typeText(child<QLineEdit>(&dialog, "enterpriseNameEdit"), QStringLiteral("常州甲精密机械有限公司"));
    clickRadio(child<QRadioButton>(&dialog, "enterpriseGridRadio"));
    clickOk(child<QDialogButtonBox>(&dialog, "enterpriseEditButtons"));
    CHECK_FALSE(dialog.isVisible());
    const std::optional<OutboxEntry> queued = session.outbox()->entry(dialog.commandId());
    if (queued) { // unless the server already took it
        CHECK(queued->name == QLatin1String(cmd::kEnterpriseUpdate));
        CHECK(queued->args.value(QStringLiteral("revision")).toInteger() == shown.revision);
        CHECK(queued->summary == QStringLiteral("Edit enterprise 常州甲精密机械有限公司"));
    }
    const Enterprise edited =
        replicaEnterprise(session, id, [](const Enterprise &e) { return e.revision == 2; });
    CHECK(edited.name == QStringLiteral("常州甲精密机械有限公司"));
    CHECK(edited.gridId == server.gridId(QStringLiteral("渔庄村网格")));
    CHECK(edited.creditCode == shown.creditCode);
    CHECK(edited.focusFlags == shown.focusFlags);
}

TEST_CASE("enterprise form: a refused update reopens with what the user typed")
{
    TestServer server;
    // 横林镇 registered this code; 遥观镇's operator cannot see it, the server can.
    const QString elsewhere = newCreditCode();
    createEnterprise(server, QStringLiteral("henglin"), kHenglin, QStringLiteral("崔桥村"),
                     QStringLiteral("常州横林木业有限公司"), elsewhere);
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    const Enterprise shown = replicaEnterprise(session, id);

    EnterpriseEditDialog dialog(session, shown);
    showActive(dialog);
    typeText(child<QLineEdit>(&dialog, "enterpriseCodeEdit"), elsewhere);
    typeText(child<QLineEdit>(&dialog, "enterpriseAddressEdit"), QStringLiteral("遥观镇工业园纬二路6号"));
    clickOk(child<QDialogButtonBox>(&dialog, "enterpriseEditButtons"));
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }));
    closeRefusalBox();
    const OutboxEntry refused = session.outbox()->entries().first();

    // Another command is not the enterprise dialogs' to reopen.
    OutboxEntry other = refused;
    other.name = QString::fromLatin1(cmd::kGridCreate);
    CHECK(EnterpriseDialogs::reopenRefused(session, other, nullptr) == nullptr);

    std::unique_ptr<QDialog> reopened(EnterpriseDialogs::reopenRefused(session, refused, nullptr));
    REQUIRE(qobject_cast<EnterpriseEditDialog *>(reopened.get()));
    showActive(*reopened);
    auto *code = child<QLineEdit>(reopened.get(), "enterpriseCodeEdit");
    CHECK(code->text() == elsewhere);
    CHECK(child<QLineEdit>(reopened.get(), "enterpriseAddressEdit")->text()
          == QStringLiteral("遥观镇工业园纬二路6号"));
    CHECK(child<QLineEdit>(reopened.get(), "enterpriseNameEdit")->text() == shown.name);
    auto *error = child<QLabel>(reopened.get(), "enterpriseEditError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(elsewhere));

    // Corrected and saved: the same place in the queue, and the server takes it.
    const QString corrected = newCreditCode();
    typeText(code, corrected);
    clickOk(child<QDialogButtonBox>(reopened.get(), "enterpriseEditButtons"));
    CHECK_FALSE(reopened->isVisible());
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    const Enterprise edited =
        replicaEnterprise(session, id, [](const Enterprise &e) { return e.revision == 2; });
    CHECK(edited.creditCode == corrected);
    CHECK(edited.address == QStringLiteral("遥观镇工业园纬二路6号"));
}

TEST_CASE("enterprise form: fits a 1366×768 screen and every field is reached by Tab")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    EnterpriseEditDialog dialog(desktop.app->session());
    showActive(dialog);
    const QSize form = child<QScrollArea>(&dialog, "enterpriseFormScroll")->widget()->sizeHint();
    INFO("form " << form.width() << "×" << form.height());
    CHECK(form.width() <= 1366 - 80);
    CHECK(form.height() <= 768 - 160); // less the title bar, the taskbar and the buttons

    QSet<QWidget *> reached;
    for (int i = 0; i < 40; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const auto wasReached = [&reached](QWidget *field) {
        return std::any_of(reached.cbegin(), reached.cend(),
                           [field](QWidget *w) { return w && (w == field || field->isAncestorOf(w)); });
    };
    for (const char *name :
         {"enterpriseCodeEdit", "enterpriseNameEdit", "enterpriseAddressEdit", "enterpriseVillageBox",
          "enterpriseLegalEdit", "enterpriseContactEdit", "enterprisePhoneEdit", "enterpriseLongitudeEdit",
          "enterpriseLatitudeEdit", "enterpriseIndustryBox", "enterpriseSectorBox", "enterpriseFlag_dust",
          "enterpriseFlag_metalSmelting", "enterpriseOtherFlagsEdit", "enterpriseScaleBox",
          "enterpriseEmployeesSpin", "enterpriseStatusBox", "enterpriseGridRadio", "enterpriseGridBox"}) {
        INFO(name);
        CHECK(wasReached(child<QWidget>(&dialog, name)));
    }
}

TEST_CASE("enterprise history: the fields changed show old and new values by name")
{
    TestServer server;
    const QDate today = serverClockToNow(server);
    const QString code = newCreditCode();
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"), code);
    QCborMap update =
        enterpriseArgs(server, kTown, QStringLiteral("留道社区"), QStringLiteral("常州甲机械有限公司"), code);
    update.insert(QStringLiteral("enterpriseId"), id);
    update.insert(QStringLiteral("revision"), 1);
    update.insert(QStringLiteral("sector"), QStringLiteral("textile"));
    update.insert(QStringLiteral("scale"), QStringLiteral("above"));
    update.insert(QStringLiteral("focusFlags"),
                  QCborArray{QStringLiteral("dust"), QStringLiteral("confinedSpace")});
    server.run(kOperator, cmd::kEnterpriseUpdate, update);
    server.run(kOperator, cmd::kEnterpriseRecordRiskReport,
               {{QStringLiteral("enterpriseId"), id},
                {QStringLiteral("kind"), QStringLiteral("periodic")},
                {QStringLiteral("reportedOn"), civilDateText(today)},
                {QStringLiteral("level"), QStringLiteral("significant")},
                {QStringLiteral("note"), QStringLiteral("新增喷涂工序")}});
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();

    EnterpriseHistoryDialog dialog(session, id, QStringLiteral("常州甲机械有限公司"));
    showActive(dialog);
    auto *changes = child<QTableWidget>(&dialog, "enterpriseChangeTable");
    REQUIRE(waitUntil([&] { return changes->isVisible(); }));
    using C = EnterpriseHistoryDialog;

    const int sector = rowWith(changes, C::ChangeField, QStringLiteral("Key sector"));
    REQUIRE(sector >= 0);
    CHECK(cell(changes, sector, C::ChangeBefore) == QStringLiteral("Machinery"));
    CHECK(cell(changes, sector, C::ChangeAfter) == QStringLiteral("Textiles"));
    CHECK(cell(changes, sector, C::ChangeAction) == QStringLiteral("Edited"));
    CHECK(cell(changes, sector, C::ChangeUser) == kOperatorName);
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
              .match(cell(changes, sector, C::ChangeTime))
              .hasMatch());
    const int scale = rowWith(changes, C::ChangeField, QStringLiteral("Scale"));
    REQUIRE(scale >= 0);
    CHECK(cell(changes, scale, C::ChangeBefore) == QStringLiteral("Below scale"));
    CHECK(cell(changes, scale, C::ChangeAfter) == QStringLiteral("Above scale"));
    const int flags = rowWith(changes, C::ChangeField, QStringLiteral("Focus flags"));
    REQUIRE(flags >= 0);
    CHECK(cell(changes, flags, C::ChangeBefore) == QStringLiteral("Confined spaces"));
    CHECK(cell(changes, flags, C::ChangeAfter) == QStringLiteral("Combustible dust, Confined spaces"));
    const int village = rowWith(changes, C::ChangeField, QStringLiteral("Village or community"));
    REQUIRE(village >= 0);
    CHECK(cell(changes, village, C::ChangeBefore) == QStringLiteral("渔庄村"));
    CHECK(cell(changes, village, C::ChangeAfter) == QStringLiteral("留道社区"));
    // The creation comes last (newest first) and lists no fields.
    const int last = changes->rowCount() - 1;
    CHECK(cell(changes, last, C::ChangeAction) == QStringLiteral("Registered"));
    CHECK(cell(changes, last, C::ChangeField).isEmpty());

    auto *reports = child<QTableWidget>(&dialog, "enterpriseReportTable");
    REQUIRE(reports->rowCount() == 1);
    CHECK(cell(reports, 0, C::ReportDate) == civilDateText(today));
    CHECK(cell(reports, 0, C::ReportKind) == QStringLiteral("Periodic report"));
    CHECK(cell(reports, 0, C::ReportLevel) == QStringLiteral("Significant"));
    CHECK_FALSE(reports->item(0, C::ReportLevel)->icon().isNull()); // in its colour
    CHECK(cell(reports, 0, C::ReportNote) == QStringLiteral("新增喷涂工序"));
    CHECK(cell(reports, 0, C::ReportRecordedBy) == kOperatorName);
}

TEST_CASE("enterprise history: offline it says so, and comes once the server is back")
{
    TestServer server;
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    replicaEnterprise(session, id);
    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));

    EnterpriseHistoryDialog dialog(session, id, QStringLiteral("常州甲机械有限公司"));
    showActive(dialog);
    auto *status = child<QLabel>(&dialog, "enterpriseHistoryStatus");
    auto *retry = child<QPushButton>(&dialog, "enterpriseHistoryRetryButton");
    CHECK(status->text().contains(QStringLiteral("cannot be reached")));
    CHECK(retry->isVisible());

    server.restart();
    click(retry);
    auto *changes = child<QTableWidget>(&dialog, "enterpriseChangeTable");
    REQUIRE(waitUntil([&] { return changes->isVisible(); }, 30000));
    CHECK(cell(changes, 0, EnterpriseHistoryDialog::ChangeAction) == QStringLiteral("Registered"));
}

TEST_CASE("enterprise supervision: selected enterprises are queued into the chosen grid")
{
    TestServer server;
    QList<qint64> ids;
    for (const char *name : {"常州甲机械有限公司", "常州乙纺织有限公司", "常州丙木业有限公司"})
        ids.append(
            createEnterprise(server, kOperator, kTown, QStringLiteral("桥南村"), QString::fromUtf8(name)));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    for (qint64 id : ids)
        replicaEnterprise(session, id);

    // What cannot be changed together is refused before the dialog opens.
    CHECK_FALSE(EnterpriseSupervisionDialog::townOf(session, {}));
    CHECK_FALSE(EnterpriseSupervisionDialog::townOf(session, {ids.first(), -3})); // still in the outbox
    CHECK(EnterpriseSupervisionDialog::townOf(session, ids).value() == server.regionId(kTown));

    const qint64 grid = server.gridId(QStringLiteral("桥南塘桥网格"));
    {
        EnterpriseSupervisionDialog dialog(session, ids);
        showActive(dialog);
        // (Plural forms come from the catalogue: "3 enterprises" in English, "3 enterprise(s)" untranslated.)
        CHECK(child<QLabel>(&dialog, "supervisionIntroLabel")
                  ->text()
                  .startsWith(QStringLiteral("3 enterprise")));
        auto *grids = child<QComboBox>(&dialog, "supervisionGridBox");
        CHECK(grids->findData(server.gridId(QStringLiteral("渔庄村网格"))) >= 0);
        CHECK(grids->currentIndex() == -1);
        // No grid chosen: said under the list, nothing sent.
        clickOk(child<QDialogButtonBox>(&dialog, "supervisionButtons"));
        CHECK(child<QLabel>(&dialog, "supervisionGridError")->isVisible());
        CHECK(session.outbox()->entries().isEmpty());

        grids->setCurrentIndex(grids->findData(grid));
        clickOk(child<QDialogButtonBox>(&dialog, "supervisionButtons"));
        CHECK_FALSE(dialog.isVisible());
        REQUIRE(dialog.commandIds().size() == 1);
        if (const auto queued = session.outbox()->entry(dialog.commandIds().first())) {
            CHECK(queued->name == QLatin1String(cmd::kEnterpriseSetSupervision));
            CHECK(queued->args.value(QStringLiteral("enterpriseIds")).toArray().size() == 3);
            CHECK(queued->args.value(QStringLiteral("gridId")).toInteger() == grid);
            CHECK(queued->summary.startsWith(QStringLiteral("Put 3 enterprise")));
            CHECK(queued->summary.endsWith(QStringLiteral(" into 桥南塘桥网格")));
        }
    }
    for (qint64 id : ids)
        CHECK(replicaEnterprise(session, id, [&](const Enterprise &e) { return e.gridId == grid; }).gridId
              == grid);

    // Two of them go to the town's direct supervision, with the reason required.
    EnterpriseSupervisionDialog direct(session, ids.mid(0, 2));
    showActive(direct);
    clickRadio(child<QRadioButton>(&direct, "supervisionDirectRadio"));
    clickOk(child<QDialogButtonBox>(&direct, "supervisionButtons"));
    auto *reasonError = child<QLabel>(&direct, "supervisionReasonError");
    CHECK(reasonError->isVisible());
    CHECK(reasonError->text().contains(QStringLiteral("must not be empty")));
    CHECK(session.outbox()->entries().isEmpty());
    child<QPlainTextEdit>(&direct, "supervisionReasonEdit")
        ->setPlainText(QStringLiteral("危险化学品经营企业，\n由镇安监办直管"));
    clickOk(child<QDialogButtonBox>(&direct, "supervisionButtons"));
    CHECK_FALSE(direct.isVisible());
    for (qint64 id : ids.mid(0, 2)) {
        const Enterprise e =
            replicaEnterprise(session, id, [](const Enterprise &e) { return !e.directReason.isEmpty(); });
        CHECK(e.supervision() == Supervision::Direct);
        CHECK(e.directReason == QStringLiteral("危险化学品经营企业， 由镇安监办直管"));
    }
    CHECK(replicaEnterprise(session, ids.at(2)).gridId == grid);
}

TEST_CASE("enterprise supervision: a refused change reopens with the enterprises and the choice")
{
    TestServer server;
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    replicaEnterprise(session, id);
    const qint64 grid = server.gridId(QStringLiteral("渔庄村网格"));
    const std::optional<Grid> shownGrid = session.replica()->grid(grid);
    REQUIRE(shownGrid);

    // Queued offline into a grid that the town retires meanwhile: the server refuses it.
    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));
    EnterpriseSupervisionDialog dialog(session, {id});
    showActive(dialog);
    REQUIRE(dialog.chooseGrid(grid));
    clickOk(child<QDialogButtonBox>(&dialog, "supervisionButtons"));
    CHECK_FALSE(dialog.isVisible());
    // (One thread: nothing reaches the desktop between these two lines.)
    server.restart();
    server.run(kOperator, cmd::kGridRetire,
               {{QStringLiteral("gridId"), grid},
                {QStringLiteral("revision"), shownGrid->revision},
                {QStringLiteral("reason"), QStringLiteral("并入东方村网格")}});
    session.reconnectNow();
    REQUIRE(waitUntil([&] { return session.outbox()->rejectedCount() == 1; }, 30000));
    closeRefusalBox();
    const OutboxEntry refused = session.outbox()->entries().first();

    std::unique_ptr<QDialog> reopened(EnterpriseDialogs::reopenRefused(session, refused, nullptr));
    REQUIRE(qobject_cast<EnterpriseSupervisionDialog *>(reopened.get()));
    showActive(*reopened);
    CHECK(child<QLabel>(reopened.get(), "supervisionIntroLabel")
              ->text()
              .startsWith(QStringLiteral("1 enterprise")));
    CHECK(child<QComboBox>(reopened.get(), "supervisionGridBox")->currentIndex()
          == -1); // retired: not offered
    auto *error = child<QLabel>(reopened.get(), "supervisionError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("retired")));

    // Corrected: the town supervises it directly; the same place in the queue.
    clickRadio(child<QRadioButton>(reopened.get(), "supervisionDirectRadio"));
    child<QPlainTextEdit>(reopened.get(), "supervisionReasonEdit")
        ->setPlainText(QStringLiteral("网格调整期间由镇直管"));
    clickOk(child<QDialogButtonBox>(reopened.get(), "supervisionButtons"));
    CHECK_FALSE(reopened->isVisible());
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    CHECK(replicaEnterprise(session, id, [](const Enterprise &e) { return !e.directReason.isEmpty(); })
              .directReason
          == QStringLiteral("网格调整期间由镇直管"));
}

TEST_CASE("enterprise supervision: enterprises of two towns are refused with a message")
{
    TestServer server;
    const qint64 yaoguan = createEnterprise(server, kAdmin, kTown, QStringLiteral("渔庄村"),
                                            QStringLiteral("常州甲机械有限公司"));
    const qint64 henglin = createEnterprise(server, kAdmin, kHenglin, QStringLiteral("崔桥村"),
                                            QStringLiteral("常州横林木业有限公司"));
    Desktop desktop(server, true, kAdmin);
    REQUIRE(desktop.logIn(QStringLiteral("gridsafe-admin")));
    ClientSession &session = desktop.app->session();
    replicaEnterprise(session, yaoguan);
    replicaEnterprise(session, henglin);

    const auto town = EnterpriseSupervisionDialog::townOf(session, {yaoguan, henglin});
    REQUIRE_FALSE(town);
    CHECK(town.error().message.contains(QStringLiteral("one town")));
    CHECK(EnterpriseSupervisionDialog::openFor(session, {yaoguan, henglin}, nullptr) == nullptr);
    QWidget *box = waitForWindow(QStringLiteral("enterpriseSupervisionRefusedBox"));
    REQUIRE(box);
    box->close();

    EnterpriseSupervisionDialog *dialog = EnterpriseSupervisionDialog::openFor(session, {henglin}, nullptr);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(
        child<QComboBox>(dialog, "supervisionGridBox")->findData(server.gridId(QStringLiteral("崔桥村网格")))
        >= 0);
    dialog->close(); // deleted on close
}

TEST_CASE("enterprise supervision: more than 1000 enterprises go in several commands")
{
    TestServer server;
    QList<qint64> ids;
    for (int i = 0; i < EnterpriseSupervisionDialog::kBatchSize + 1; ++i)
        ids.append(createEnterprise(server, kOperator, kTown, QStringLiteral("通济村"),
                                    QStringLiteral("常州通济第%1厂").arg(i + 1)));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    REQUIRE(waitUntil(
        [&] { return ReplicaEnterprises(session.replica()->sql()).count().value() == ids.size(); }, 30000));
    // Offline, so the queue can be looked at as it was made.
    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));

    EnterpriseSupervisionDialog dialog(session, ids);
    showActive(dialog);
    clickRadio(child<QRadioButton>(&dialog, "supervisionDirectRadio"));
    child<QPlainTextEdit>(&dialog, "supervisionReasonEdit")
        ->setPlainText(QStringLiteral("园区外零散企业，镇安监办直管"));
    clickOk(child<QDialogButtonBox>(&dialog, "supervisionButtons"));
    CHECK_FALSE(dialog.isVisible());
    const QList<OutboxEntry> queued = session.outbox()->entries();
    REQUIRE(queued.size() == 2);
    CHECK(queued.at(0).args.value(QStringLiteral("enterpriseIds")).toArray().size() == 1000);
    CHECK(queued.at(1).args.value(QStringLiteral("enterpriseIds")).toArray().size() == 1);
    CHECK(queued.at(0).summary.startsWith(QStringLiteral("1000 enterprise")));
    CHECK(queued.at(0).summary.endsWith(QStringLiteral("supervised directly by the town (part 1 of 2)")));
    CHECK(queued.at(1).summary.startsWith(QStringLiteral("1 enterprise")));
    CHECK(queued.at(1).summary.endsWith(QStringLiteral("(part 2 of 2)")));
}

TEST_CASE("risk report: a date after today cannot be chosen")
{
    TestServer server;
    const QDate today = serverClockToNow(server);
    const qint64 id = createEnterprise(server, kOperator, kTown, QStringLiteral("渔庄村"),
                                       QStringLiteral("常州甲机械有限公司"));
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    replicaEnterprise(session, id);

    RiskReportDialog dialog(session, id, QStringLiteral("常州甲机械有限公司"));
    showActive(dialog);
    auto *date = child<QDateEdit>(&dialog, "riskDateEdit");
    CHECK(date->date() == today);
    CHECK(date->maximumDate() == today);
    date->setDate(today.addDays(1));
    CHECK(date->date() == today);
    auto *kind = child<QComboBox>(&dialog, "riskKindBox");
    CHECK(kind->currentData().toString() == QStringLiteral("first")); // no report yet
    auto *level = child<QComboBox>(&dialog, "riskLevelBox");
    REQUIRE(level->count() == 4);
    CHECK_FALSE(level->itemIcon(0).isNull()); // each level in its colour
    CHECK(level->currentIndex() == -1);       // no silent default

    // No level chosen: said under it, nothing sent.
    clickOk(child<QDialogButtonBox>(&dialog, "riskReportButtons"));
    CHECK(child<QLabel>(&dialog, "riskLevelError")->isVisible());
    CHECK(session.outbox()->entries().isEmpty());

    level->setCurrentIndex(level->findData(QStringLiteral("significant")));
    date->setDate(today.addDays(-3));
    child<QPlainTextEdit>(&dialog, "riskNoteEdit")->setPlainText(QStringLiteral("新增喷涂工序"));
    clickOk(child<QDialogButtonBox>(&dialog, "riskReportButtons"));
    CHECK_FALSE(dialog.isVisible());
    const Enterprise reported =
        replicaEnterprise(session, id, [](const Enterprise &e) { return e.risk.has_value(); });
    CHECK(reported.risk->level == RiskLevel::Significant);
    CHECK(reported.risk->kind == RiskReportKind::First);
    CHECK(reported.risk->reportedOn == civilDateText(today.addDays(-3)));

    // The next report starts from the latest: periodic, at its level.
    RiskReportDialog next(session, id, QStringLiteral("常州甲机械有限公司"));
    CHECK(child<QComboBox>(&next, "riskKindBox")->currentData().toString() == QStringLiteral("periodic"));
    CHECK(child<QComboBox>(&next, "riskLevelBox")->currentData().toString() == QStringLiteral("significant"));
}
