#include "ui/agencies/AgencyEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/Inspector.h"
#include "domain/NameRules.h"
#include "ui/agencies/AgencyRules.h"
#include "ui/agencies/CreditCodeEdit.h"
#include "ui/training/FieldErrors.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

AgencyEditDialog::AgencyEditDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session)
{
    build();
    //: 新建技术服务机构
    setWindowTitle(tr("New technical service agency"));
}

AgencyEditDialog::AgencyEditDialog(ClientSession &session, const Agency &agency, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_agency(agency)
{
    build();
    // A change still queued shows, and this one follows it (its revision comes from its result).
    for (const OutboxEntry &entry : m_session.outbox()->entries()) {
        if (entry.state == OutboxEntry::State::Pending && entry.name == QLatin1String(cmd::kAgencyUpdate)
            && entry.args.value(QStringLiteral("agencyId")).toInteger() == agency.id) {
            m_buildsOn = entry.commandId;
            m_agency = fromArgs(agency, entry.args);
        }
    }
    showValues(*m_agency);
    //: 编辑技术服务机构
    setWindowTitle(tr("Edit agency %1").arg(m_agency->name));
}

AgencyEditDialog::~AgencyEditDialog() = default;

AgencyEditDialog *AgencyEditDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    const QCborMap &args = refused.args;
    AgencyEditDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kAgencyCreate)) {
        dialog = new AgencyEditDialog(session, parent);
        dialog->showValues(fromArgs(Agency{}, args));
    } else if (refused.name == QLatin1String(cmd::kAgencyUpdate)) {
        // Corrected against the agency as the server has it now.
        const qint64 id = args.value(QStringLiteral("agencyId")).toInteger();
        const QList<Agency> all = ReplicaRecords(*session.replica()).agencies();
        const auto current =
            std::find_if(all.cbegin(), all.cend(), [id](const Agency &a) { return a.id == id; });
        if (current == all.cend())
            return nullptr;
        dialog = new AgencyEditDialog(session, *current, parent);
        dialog->showValues(fromArgs(*current, args));
    } else {
        return nullptr;
    }
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void AgencyEditDialog::build()
{
    setObjectName(QStringLiteral("agencyEditDialog"));
    m_errors = std::make_unique<FieldErrors>(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("agencyNameEdit"));
    m_nameEdit->setMaxLength(kMaxAgencyNameLength * 2); // the exact limit is checked on save
    m_codeEdit = new CreditCodeEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("agencyCodeEdit"));
    m_codeEdit->setExtraCheck([this](const QString &code) { return codeTaken(code); });
    //: 列入市级技术服务机构名录
    m_listedCheck = new QCheckBox(tr("On the city's &list of technical service agencies"), this);
    m_listedCheck->setObjectName(QStringLiteral("agencyListedCheck"));
    m_listedCheck->setToolTip(
        tr("Only an agency on the city's list can get a service contract with a town."));
    m_growthSpin = new QSpinBox(this);
    m_growthSpin->setObjectName(QStringLiteral("agencyGrowthSpin"));
    m_growthSpin->setRange(-1, kMaxGrowthValue);
    //: No growth value (成长值) yet: 未评分.
    m_growthSpin->setSpecialValueText(tr("Not scored"));
    m_growthSpin->setValue(-1);
    m_growthDateEdit = new QDateEdit(chinaToday(), this);
    m_growthDateEdit->setObjectName(QStringLiteral("agencyGrowthDateEdit"));
    m_growthDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_growthDateEdit->setCalendarPopup(true);
    m_growthDateEdit->setDateRange(QDate(1990, 1, 1), QDate(2199, 12, 31));
    m_growthDateEdit->setEnabled(false);
    connect(m_growthSpin, &QSpinBox::valueChanged, this,
            [this](int value) { m_growthDateEdit->setEnabled(value >= 0); });
    m_contactEdit = new QLineEdit(this);
    m_contactEdit->setObjectName(QStringLiteral("agencyContactEdit"));
    m_contactEdit->setMaxLength(kMaxPersonNameLength * 2);
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("agencyPhoneEdit"));
    m_phoneEdit->setMaxLength(40);
    m_phoneEdit->setPlaceholderText(tr("e.g. 13912345678 or 0519-88001234"));
    m_phoneEdit->installEventFilter(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("agencyEditButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgencyEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    //: 机构名称
    m_errors->addRow(form, tr("&Name:"), m_nameEdit, QStringLiteral("agencyNameError"));
    //: 统一社会信用代码
    form->addRow(tr("Credit &code:"), m_codeEdit);
    m_codeError = m_errors->labelFor(m_codeEdit, QStringLiteral("agencyCodeError"));
    form->addRow(QString(), m_codeError);
    connect(m_codeEdit, &CreditCodeEdit::problemChanged, this, [this](const QString &problem) {
        m_codeError->setText(problem);
        m_codeError->setVisible(!problem.isEmpty());
    });
    form->addRow(QString(), m_listedCheck);
    auto *growthRow = new QHBoxLayout;
    growthRow->addWidget(m_growthSpin, 1);
    //: Between a growth value and the day it was scored: "成长值 892，评定日期 2026-01-05".
    auto *onLabel = new QLabel(tr("scored &on"), this);
    onLabel->setBuddy(m_growthDateEdit);
    growthRow->addWidget(onLabel);
    growthRow->addWidget(m_growthDateEdit);
    //: 成长值
    auto *growthLabel = new QLabel(tr("&Growth value:"), this);
    growthLabel->setBuddy(m_growthSpin);
    form->addRow(growthLabel, growthRow);
    form->addRow(QString(), m_errors->labelFor(m_growthSpin, QStringLiteral("agencyGrowthError")));
    //: 联系人
    m_errors->addRow(form, tr("Con&tact:"), m_contactEdit, QStringLiteral("agencyContactError"));
    form->addRow(tr("&Phone:"), m_phoneEdit);
    m_phoneError = m_errors->labelFor(m_phoneEdit, QStringLiteral("agencyPhoneError"));
    form->addRow(QString(), m_phoneError);
    connect(m_phoneEdit, &QLineEdit::textEdited, m_phoneError, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("agencyEditError")));
    layout->addWidget(m_buttons);
    resize(500, 380); // room for the problems under the fields, which wrap
}

Agency AgencyEditDialog::fromArgs(Agency agency, const QCborMap &args)
{
    // As agency.update reads them: whatever is left out takes agency.create's default.
    agency.name = args.value(QStringLiteral("name")).toString();
    agency.creditCode = args.value(QStringLiteral("creditCode")).toString();
    agency.onCityList = args.value(QStringLiteral("onCityList")).toBool(false);
    const QCborValue growth = args.value(QStringLiteral("growthValue"));
    agency.growthValue = growth.isInteger() ? std::optional(growth.toInteger()) : std::nullopt;
    agency.growthValueOn =
        agency.growthValue ? args.value(QStringLiteral("growthValueOn")).toString() : QString();
    agency.contact = args.value(QStringLiteral("contact")).toString();
    agency.phone = args.value(QStringLiteral("phone")).toString();
    return agency;
}

void AgencyEditDialog::showValues(const Agency &agency)
{
    m_nameEdit->setText(agency.name);
    m_codeEdit->setText(agency.creditCode);
    m_listedCheck->setChecked(agency.onCityList);
    m_growthSpin->setValue(
        agency.growthValue ? int(std::clamp<qint64>(*agency.growthValue, 0, kMaxGrowthValue)) : -1);
    m_growthDateEdit->setDate(parseCivilDate(agency.growthValueOn).value_or(chinaToday()));
    m_contactEdit->setText(agency.contact);
    m_phoneEdit->setText(agency.phone);
}

QString AgencyEditDialog::codeTaken(const QString &code) const
{
    const qint64 self = m_agency ? m_agency->id : 0;
    for (const Agency &other : ReplicaRecords(*m_session.replica()).agencies()) {
        if (other.id != self && other.creditCode == code)
            return tr("An agency with code %1 is already registered: \"%2\".").arg(code, other.name);
    }
    for (const OutboxEntry &entry : m_session.outbox()->entries()) {
        if (entry.state == OutboxEntry::State::Pending && entry.commandId != m_refusedId
            && entry.name == QLatin1String(cmd::kAgencyCreate)
            && entry.args.value(QStringLiteral("creditCode")).toString() == code)
            return tr("An agency with code %1 is waiting to be sent: \"%2\".")
                .arg(code, entry.args.value(QStringLiteral("name")).toString());
    }
    return {};
}

bool AgencyEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The phone is checked on leaving the field (not the window); blank means none.
    if (watched == m_phoneEdit && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
        && !m_phoneEdit->text().trimmed().isEmpty()) {
        const auto phone = normalizePhone(m_phoneEdit->text());
        m_phoneError->setText(phone ? QString() : phone.error().message);
        m_phoneError->setVisible(!phone);
    }
    return QDialog::eventFilter(watched, event);
}

void AgencyEditDialog::save()
{
    // In the server's order: name, code, code unused, growth value and its date, contact, phone.
    const auto name = normalizeName(m_nameEdit->text(), tr("agency name"), kMaxAgencyNameLength);
    if (!name)
        return m_errors->show(m_nameEdit, name.error().message);
    const auto code = m_codeEdit->code();
    if (!code)
        return m_errors->show(m_codeEdit, code.error().message);
    const auto contact = normalizeOptionalName(m_contactEdit->text(), tr("contact"), kMaxPersonNameLength);
    if (!contact)
        return m_errors->show(m_contactEdit, contact.error().message);
    QString phone;
    if (!m_phoneEdit->text().trimmed().isEmpty()) {
        const auto normalized = normalizePhone(m_phoneEdit->text());
        if (!normalized)
            return m_errors->show(m_phoneEdit, normalized.error().message);
        phone = normalized.value();
    }
    Agency values = m_agency.value_or(Agency{});
    values.name = name.value();
    values.creditCode = code.value();
    values.onCityList = m_listedCheck->isChecked();
    values.growthValue =
        m_growthSpin->value() >= 0 ? std::optional<qint64>(m_growthSpin->value()) : std::nullopt;
    values.growthValueOn = values.growthValue ? civilDateText(m_growthDateEdit->date()) : QString();
    values.contact = contact.value();
    values.phone = phone;
    if (m_agency && m_refusedId.isEmpty() && values.name == m_agency->name
        && values.creditCode == m_agency->creditCode && values.onCityList == m_agency->onCityList
        && values.growthValue == m_agency->growthValue && values.growthValueOn == m_agency->growthValueOn
        && values.contact == m_agency->contact && values.phone == m_agency->phone) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborMap args;
    QString command;
    QString summary;
    if (m_agency) {
        command = QString::fromLatin1(cmd::kAgencyUpdate);
        args.insert(QStringLiteral("agencyId"), m_agency->id);
        args.insert(QStringLiteral("revision"), m_agency->revision);
        //: 修改技术服务机构 %1
        summary = tr("Edit agency %1").arg(values.name);
    } else {
        command = QString::fromLatin1(cmd::kAgencyCreate);
        //: 新建技术服务机构 %1
        summary = tr("Register agency %1").arg(values.name);
    }
    // The update replaces the record whole: every field goes, blank ones as "".
    args.insert(QStringLiteral("name"), values.name);
    args.insert(QStringLiteral("creditCode"), values.creditCode);
    args.insert(QStringLiteral("onCityList"), values.onCityList);
    if (values.growthValue) {
        args.insert(QStringLiteral("growthValue"), *values.growthValue);
        args.insert(QStringLiteral("growthValueOn"), values.growthValueOn);
    }
    args.insert(QStringLiteral("contact"), values.contact);
    args.insert(QStringLiteral("phone"), values.phone);

    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
