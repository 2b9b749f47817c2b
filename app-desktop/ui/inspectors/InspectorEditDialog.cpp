#include "ui/inspectors/InspectorEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/PendingGrids.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

// A field with its problem shown right under it.
QLayout *withError(QWidget *field, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return column;
}

QString accountText(const UserAccount &account)
{
    //: An account in the list: its holder's name and its user name, "张伟 (zhangwei)".
    const QString name = account.displayName.isEmpty()
                             ? account.username
                             : InspectorEditDialog::tr("%1 (%2)").arg(account.displayName, account.username);
    //: An account that cannot log in (已停用).
    return account.disabled ? InspectorEditDialog::tr("%1 — disabled").arg(name) : name;
}

} // namespace

InspectorEditDialog::InspectorEditDialog(ClientSession &session, qint64 townId, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId)
{
    build();
    const std::optional<Region> town = m_session.replica()->region(townId);
    setWindowTitle(tr("New inspector in %1").arg(town ? town->name : QString()));
}

InspectorEditDialog::InspectorEditDialog(ClientSession &session, const ShownInspector &inspector,
                                         QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(inspector.inspector.townId),
    m_inspector(inspector.inspector),
    m_buildsOn(inspector.lastPendingCommand)
{
    build();
    showValues(inspector.inspector);
    setWindowTitle(tr("Edit inspector %1").arg(inspector.inspector.name));
}

InspectorEditDialog *InspectorEditDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                 QWidget *parent)
{
    const QCborMap &args = refused.args;
    InspectorEditDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kInspectorCreate)) {
        dialog = new InspectorEditDialog(session, args.value(QStringLiteral("townId")).toInteger(), parent);
    } else if (refused.name == QLatin1String(cmd::kInspectorUpdate)) {
        // Corrected against the inspector as the server has it now.
        const qint64 id = args.value(QStringLiteral("inspectorId")).toInteger();
        const QList<Inspector> all = ReplicaRecords(*session.replica()).inspectors();
        const auto current = std::find_if(all.cbegin(), all.cend(),
                                          [id](const Inspector &inspector) { return inspector.id == id; });
        if (current == all.cend())
            return nullptr;
        dialog = new InspectorEditDialog(session, ShownInspector{*current, {}, {}}, parent);
    } else {
        return nullptr;
    }
    dialog->showArgs(args);
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void InspectorEditDialog::build()
{
    setObjectName(QStringLiteral("inspectorEditDialog"));
    const auto errorLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #c0392b;"));
        label->hide();
        return label;
    };
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("inspectorNameEdit"));
    m_nameEdit->setMaxLength(kMaxPersonNameLength * 2); // the exact limit is checked on save
    m_nameError = errorLabel("inspectorNameError");
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("inspectorPhoneEdit"));
    m_phoneEdit->setMaxLength(40);
    m_phoneEdit->setPlaceholderText(tr("e.g. 13912345678 or 0519-88001234"));
    m_phoneError = errorLabel("inspectorPhoneError");
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("inspectorKindBox"));
    for (Inspector::Kind kind :
         {Inspector::Kind::SafetyOfficer, Inspector::Kind::TownStaff, Inspector::Kind::Other})
        m_kindBox->addItem(InspectorTableModel::kindText(kind), Inspector::kindName(kind));
    m_kindBox->setToolTip(tr("Village and community grids are usually looked after by the village's safety "
                             "officer, park grids by town staff."));
    m_unitRegionBox = new QComboBox(this);
    m_unitRegionBox->setObjectName(QStringLiteral("inspectorUnitRegionBox"));
    fillUnitRegions();
    m_unitEdit = new QLineEdit(this);
    m_unitEdit->setObjectName(QStringLiteral("inspectorUnitEdit"));
    m_unitEdit->setMaxLength(kMaxUnitLength * 2);
    //: Example of a unit by name: 镇应急办.
    m_unitEdit->setPlaceholderText(tr("Or the unit by name, e.g. the town's emergency office"));
    m_unitError = errorLabel("inspectorUnitError");
    // Only administrators' replicas hold accounts; for other roles the record's link stays as is.
    if (m_session.user().role == Role::Admin) {
        m_accountBox = new QComboBox(this);
        m_accountBox->setObjectName(QStringLiteral("inspectorAccountBox"));
        m_accountBox->setToolTip(
            tr("The account the inspector signs in with: an inspector account of this town "
               "that no other inspector record uses."));
        fillAccounts();
    }
    //: 在岗 — an inactive inspector cannot be given a grid.
    m_activeCheck = new QCheckBox(tr("&Active (may be given a grid)"), this);
    m_activeCheck->setObjectName(QStringLiteral("inspectorActiveCheck"));
    m_activeCheck->setChecked(true);
    m_errorLabel = errorLabel("inspectorEditError");

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("inspectorEditButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InspectorEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The phone is checked on leaving the field (eventFilter); typing again clears the problem.
    m_phoneEdit->installEventFilter(this);
    connect(m_phoneEdit, &QLineEdit::textEdited, this, [this] { showFieldError(m_phoneError, {}); });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { showFieldError(m_nameError, {}); });
    connect(m_unitEdit, &QLineEdit::textEdited, this, [this] { showFieldError(m_unitError, {}); });

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_nameEdit, withError(m_nameEdit, m_nameError));
    addRow(tr("&Phone:"), m_phoneEdit, withError(m_phoneEdit, m_phoneError));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindBox);
    form->addRow(kindLabel, m_kindBox);
    //: The village, community or park the inspector belongs to (所属村（社区）).
    auto *regionLabel = new QLabel(tr("&Belongs to:"), this);
    regionLabel->setBuddy(m_unitRegionBox);
    form->addRow(regionLabel, m_unitRegionBox);
    addRow(tr("&Unit:"), m_unitEdit, withError(m_unitEdit, m_unitError));
    if (m_accountBox) {
        //: 登录账号: the user account the inspector signs in with.
        auto *accountLabel = new QLabel(tr("Acc&ount:"), this);
        accountLabel->setBuddy(m_accountBox);
        form->addRow(accountLabel, m_accountBox);
    }
    form->addRow(QString(), m_activeCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(440, 0);
}

void InspectorEditDialog::fillUnitRegions()
{
    //: No village, community or park chosen.
    m_unitRegionBox->addItem(tr("(none)"), QVariant());
    QList<Region> areas;
    for (const Region &region : m_session.replica()->regions()) {
        if (region.townId == m_townId && isGridArea(region.kind))
            areas.append(region);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(areas.begin(), areas.end(),
              [&chinese](const Region &a, const Region &b) { return chinese.compare(a.name, b.name) < 0; });
    for (const Region &area : std::as_const(areas)) {
        m_unitRegionBox->addItem(area.name, area.id);
        m_unitRegionBox->setItemData(m_unitRegionBox->count() - 1, regionKindDisplayName(area.kind),
                                     Qt::ToolTipRole);
    }
}

void InspectorEditDialog::fillAccounts()
{
    //: No account linked: the inspector does not sign in (未关联).
    m_accountBox->addItem(tr("(none)"), QVariant());
    const Replica &replica = *m_session.replica();
    const qint64 self = m_inspector ? m_inspector->id : 0;
    QSet<qint64> taken; // by another inspector record of the town, queued links included
    for (const ShownInspector &other : InspectorTableModel::overlay(
             ReplicaRecords(replica).inspectors(m_townId), m_townId, m_session.outbox()->entries())) {
        if (other.inspector.id != self && other.inspector.userId)
            taken.insert(*other.inspector.userId);
    }
    QList<UserAccount> accounts;
    for (const UserAccount &account : replica.users()) {
        if (account.role == Role::Inspector && account.townId == m_townId && !taken.contains(account.id))
            accounts.append(account);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(accounts.begin(), accounts.end(), [&chinese](const UserAccount &a, const UserAccount &b) {
        return chinese.compare(a.displayName, b.displayName) < 0;
    });
    for (const UserAccount &account : std::as_const(accounts))
        m_accountBox->addItem(accountText(account), account.id);
}

void InspectorEditDialog::showAccount(std::optional<qint64> userId)
{
    if (!m_accountBox)
        return;
    int index = userId ? m_accountBox->findData(*userId) : 0;
    if (index < 0) {
        // Linked to another record meanwhile (a refusal), or not in the replica: shown, so it
        // is kept or changed knowingly.
        const QList<UserAccount> users = m_session.replica()->users();
        const auto found = std::find_if(users.cbegin(), users.cend(), [&userId](const UserAccount &account) {
            return account.id == *userId;
        });
        m_accountBox->addItem(found != users.cend() ? accountText(*found) : tr("Account #%1").arg(*userId),
                              *userId);
        index = m_accountBox->count() - 1;
    }
    m_accountBox->setCurrentIndex(index);
}

std::optional<qint64> InspectorEditDialog::accountToSave() const
{
    if (!m_accountBox)
        return m_inspector ? m_inspector->userId : std::nullopt;
    const QVariant chosen = m_accountBox->currentData();
    return chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
}

void InspectorEditDialog::showValues(const Inspector &inspector)
{
    m_nameEdit->setText(inspector.name);
    m_phoneEdit->setText(inspector.phone);
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(Inspector::kindName(inspector.kind))));
    m_unitRegionBox->setCurrentIndex(
        inspector.unitRegionId ? std::max(0, m_unitRegionBox->findData(*inspector.unitRegionId)) : 0);
    m_unitEdit->setText(inspector.unit);
    showAccount(inspector.userId);
    m_activeCheck->setChecked(inspector.active);
}

void InspectorEditDialog::showArgs(const QCborMap &args)
{
    Inspector values = m_inspector.value_or(Inspector{});
    values.name = args.value(QStringLiteral("name")).toString();
    values.phone = args.value(QStringLiteral("phone")).toString();
    values.kind =
        Inspector::kindFromName(args.value(QStringLiteral("kind")).toString()).value_or(values.kind);
    const QCborValue region = args.value(QStringLiteral("unitRegionId"));
    values.unitRegionId = region.isInteger() ? std::optional(region.toInteger()) : std::nullopt;
    values.unit = args.value(QStringLiteral("unit")).toString();
    const QCborValue user = args.value(QStringLiteral("userId"));
    values.userId = user.isInteger() ? std::optional(user.toInteger()) : std::nullopt;
    values.active = args.value(QStringLiteral("active")).toBool(true);
    showValues(values);
}

void InspectorEditDialog::showError(const QString &message)
{
    showFieldError(m_errorLabel, message);
}

void InspectorEditDialog::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void InspectorEditDialog::clearErrors()
{
    for (QLabel *label : {m_nameError, m_phoneError, m_unitError, m_errorLabel})
        showFieldError(label, {});
}

bool InspectorEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the field, not the window: switching to another program is no "done typing".
    if (watched == m_phoneEdit && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
        && !m_phoneEdit->text().trimmed().isEmpty())
        checkPhone();
    return QDialog::eventFilter(watched, event);
}

bool InspectorEditDialog::checkPhone()
{
    const auto phone = normalizePhone(m_phoneEdit->text());
    showFieldError(m_phoneError, phone ? QString() : phone.error().message);
    return phone.ok();
}

QString InspectorEditDialog::localProblem(const QString &name, const QString &phone, bool active,
                                          QWidget **field) const
{
    const Replica &replica = *m_session.replica();
    const QList<OutboxEntry> queue = m_session.outbox()->entries();
    const qint64 self = m_inspector ? m_inspector->id : 0;
    // One record per person: the same name and phone in the town (as the server's rule).
    for (const ShownInspector &other :
         InspectorTableModel::overlay(ReplicaRecords(replica).inspectors(m_townId), m_townId, queue)) {
        if (other.inspector.id == self || other.inspector.name != name || other.inspector.phone != phone)
            continue;
        *field = m_nameEdit;
        return other.isPending()
                   ? tr("%1 (%2) is already registered as an inspector of this town (waiting to be sent).")
                         .arg(name, phone)
                   : tr("%1 (%2) is already registered as an inspector of this town.").arg(name, phone);
    }
    if (!m_inspector || !m_inspector->active || active)
        return {};
    // Going inactive while responsible for a grid leaves it without one: reassign first.
    QStringList held;
    for (const ShownGrid &shown : PendingGrids::overlay(replica.grids(m_townId), m_townId, queue)) {
        if (shown.grid.status == Grid::Status::Active && shown.grid.inspectorId == self)
            held.append(shown.grid.name);
    }
    if (held.isEmpty())
        return {};
    *field = m_activeCheck;
    //: %2 lists grid names; Chinese joins them with "、".
    return tr("%1 is still responsible for %2: give those grids to another inspector first.")
        .arg(name, held.join(tr(", ")));
}

void InspectorEditDialog::save()
{
    clearErrors();
    const auto name = normalizeName(m_nameEdit->text(), tr("inspector's name"), kMaxPersonNameLength);
    const auto phone = normalizePhone(m_phoneEdit->text());
    const auto unit = normalizeOptionalName(m_unitEdit->text(), tr("unit"), kMaxUnitLength);
    // Every problem shows under its field at once; the first one gets the focus.
    QWidget *first = nullptr;
    const auto report = [&first](const auto &result, QLabel *label, QWidget *field) {
        showFieldError(label, result ? QString() : result.error().message);
        if (!result && !first)
            first = field;
    };
    report(name, m_nameError, m_nameEdit);
    report(phone, m_phoneError, m_phoneEdit);
    report(unit, m_unitError, m_unitEdit);
    if (first) {
        first->setFocus();
        return;
    }
    const Inspector::Kind kind =
        Inspector::kindFromName(m_kindBox->currentData().toString()).value_or(Inspector::Kind::Other);
    const QVariant region = m_unitRegionBox->currentData();
    const std::optional<qint64> unitRegionId =
        region.isValid() ? std::optional<qint64>(region.toLongLong()) : std::nullopt;
    const bool active = m_activeCheck->isChecked();
    const std::optional<qint64> userId = accountToSave();
    QWidget *field = nullptr;
    if (const QString problem = localProblem(name.value(), phone.value(), active, &field);
        !problem.isEmpty()) {
        showFieldError(field == m_nameEdit ? m_nameError : m_errorLabel, problem);
        field->setFocus();
        return;
    }
    if (m_inspector && m_refusedId.isEmpty() && name.value() == m_inspector->name
        && phone.value() == m_inspector->phone && kind == m_inspector->kind
        && unitRegionId == m_inspector->unitRegionId && unit.value() == m_inspector->unit
        && active == m_inspector->active && userId == m_inspector->userId) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborMap args;
    QString command;
    QString summary;
    if (m_inspector) {
        command = QString::fromLatin1(cmd::kInspectorUpdate);
        args.insert(QStringLiteral("inspectorId"), m_inspector->id);
        args.insert(QStringLiteral("revision"), m_inspector->revision);
        //: 修改网格员 %1
        summary = tr("Edit inspector %1").arg(name.value());
    } else {
        command = QString::fromLatin1(cmd::kInspectorCreate);
        args.insert(QStringLiteral("townId"), m_townId);
        //: 新建网格员 %1
        summary = tr("Register inspector %1").arg(name.value());
    }
    args.insert(QStringLiteral("name"), name.value());
    args.insert(QStringLiteral("phone"), phone.value());
    args.insert(QStringLiteral("kind"), Inspector::kindName(kind));
    if (unitRegionId)
        args.insert(QStringLiteral("unitRegionId"), *unitRegionId);
    args.insert(QStringLiteral("unit"), unit.value());
    // The update replaces the record whole: where no account is shown, the link stays as it is.
    if (userId)
        args.insert(QStringLiteral("userId"), *userId);
    args.insert(QStringLiteral("active"), active);

    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
