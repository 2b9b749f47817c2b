#include "ui/enterprises/EnterpriseEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/enterprises/PendingEnterprises.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CommandName.h"
#include "domain/Inspector.h" // kMaxPersonNameLength
#include "ui/TownChooser.h"
#include "ui/agencies/CreditCodeEdit.h"
#include "ui/enterprises/EnterpriseSupervisionDialog.h"
#include "ui/training/FieldErrors.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

// The fields in the order the form shows them: the first problem in this order gets the focus.
const QStringList &fieldOrder()
{
    static const QStringList order =
        QStringLiteral(
            "creditCode name address townId villageId legalRepresentative safetyContact safetyPhone "
            "longitude latitude industry focusFlags employees gridId directReason")
            .split(QLatin1Char(' '));
    return order;
}

// A number as people type it: full-width digits from a Chinese input method are fine.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.normalized(QString::NormalizationForm_KC).trimmed(), &ok);
    return ok ? std::optional(value) : std::nullopt;
}

struct ComboItem
{
    QVariant data;
    QString text;
    QString toolTip;
};

// Puts `items` in the box, keeping the choice when it is still offered. A sync that changed
// nothing here leaves the box alone (an open list stays open).
void setItems(QComboBox *box, const QList<ComboItem> &items)
{
    bool same = box->count() == items.size();
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemData(i) == items.at(i).data && box->itemText(i) == items.at(i).text;
    if (same)
        return;
    const QVariant current = box->currentIndex() >= 0 ? box->currentData() : QVariant();
    const bool chosen = box->currentIndex() >= 0;
    const QSignalBlocker blocker(box);
    box->clear();
    for (const ComboItem &item : items) {
        box->addItem(item.text, item.data);
        if (!item.toolTip.isEmpty())
            box->setItemData(box->count() - 1, item.toolTip, Qt::ToolTipRole);
    }
    box->setCurrentIndex(chosen ? box->findData(current) : -1);
}

QString coordinateText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

} // namespace

EnterpriseEditDialog::EnterpriseEditDialog(ClientSession &session, const std::optional<Enterprise> &start,
                                           QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_start(start),
    m_errors(std::make_unique<FieldErrors>(this))
{
    setObjectName(QStringLiteral("enterpriseEditDialog"));
    //: 企业信息 — %1 / 登记企业
    setWindowTitle(start ? tr("Enterprise information — %1").arg(start->name) : tr("Register an enterprise"));
    m_generalError = m_errors->labelFor(nullptr, QStringLiteral("enterpriseEditError"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("enterpriseFormScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    QWidget *form = buildForm();
    scroll->setWidget(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("enterpriseEditButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnterpriseEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalError); // the server's reason, at the top where it is seen first
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);

    const auto refreshPlaces = [this] {
        fillVillages();
        fillGrids();
        preselectGrid();
        updateSupervision();
    };
    connect(m_townBox, &TownChooser::townChanged, this, refreshPlaces);
    connect(m_session.replica(), &Replica::changed, this, refreshPlaces);
    connect(m_villageBox, &QComboBox::currentIndexChanged, this, &EnterpriseEditDialog::preselectGrid);
    connect(m_gridBox, &QComboBox::activated, this, [this] {
        m_gridPicked = true;
        m_gridSuggested = false;
    });
    for (QRadioButton *radio : {m_gridRadio, m_directRadio, m_noneRadio})
        connect(radio, &QRadioButton::toggled, this, &EnterpriseEditDialog::updateSupervision);
    connect(m_sectorBox, &QComboBox::currentIndexChanged, this, &EnterpriseEditDialog::updateCategory);
    connect(m_scaleBox, &QComboBox::currentIndexChanged, this, &EnterpriseEditDialog::updateCategory);

    if (m_start) {
        showValues(*m_start);
    } else {
        refreshPlaces();
        (m_gridBox->count() > 0 ? m_gridRadio : m_noneRadio)->setChecked(true);
        updateCategory();
    }

    // Every field in reading order: the left column, then the right, then the buttons.
    QList<QWidget *> order{m_codeEdit,      m_nameEdit,     m_addressEdit, m_townBox,
                           m_villageBox,    m_legalEdit,    m_contactEdit, m_phoneEdit,
                           m_longitudeEdit, m_latitudeEdit, m_industryBox, m_sectorBox};
    for (QCheckBox *check : std::as_const(m_flagChecks))
        order.append(check);
    order << m_otherFlagsEdit << m_scaleBox << m_employeesSpin << m_statusBox << m_gridRadio << m_gridBox
          << m_directRadio << m_reasonEdit << m_noneRadio << m_buttons->button(QDialogButtonBox::Ok)
          << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_codeEdit->setFocus();

    // Two columns fit a 1366×768 screen; a smaller one scrolls.
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    const QSize wanted = form->sizeHint() + QSize(40, m_buttons->sizeHint().height() + 60);
    resize(std::min(wanted.width(), screen.width() - 40), std::min(wanted.height(), screen.height() - 60));
}

EnterpriseEditDialog::~EnterpriseEditDialog() = default;

EnterpriseEditDialog *EnterpriseEditDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                   QWidget *parent)
{
    EnterpriseEditDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kEnterpriseCreate)) {
        dialog = new EnterpriseEditDialog(session, std::nullopt, parent);
    } else if (refused.name == QLatin1String(cmd::kEnterpriseUpdate)) {
        // Corrected against the enterprise as the server has it now (its revision too).
        const qint64 id = refused.args.value(QStringLiteral("enterpriseId")).toInteger();
        const std::optional<Enterprise> current = ReplicaEnterprises(session.replica()->sql()).enterprise(id);
        if (!current)
            return nullptr;
        dialog = new EnterpriseEditDialog(session, *current, parent);
    } else {
        return nullptr;
    }
    dialog->showRefused(refused.commandId, refused.args, refused.errorMessage);
    return dialog;
}

QWidget *EnterpriseEditDialog::addField(const QString &field, QWidget *widget, const char *errorName)
{
    QLabel *label = m_errors->labelFor(widget, QString::fromLatin1(errorName));
    m_fields.insert(field, widget);
    m_labels.insert(widget, label);
    // Typing again clears the problem (the credit code judges itself as it is typed).
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !qobject_cast<CreditCodeEdit *>(widget))
        connect(edit, &QLineEdit::textEdited, label, &QLabel::hide);
    return label;
}

QWidget *EnterpriseEditDialog::buildForm()
{
    auto *content = new QWidget;
    const auto lineEdit = [content](const char *name, int maxLength) {
        auto *edit = new QLineEdit(content);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(maxLength * 2); // the exact limit is checked on save, with a message
        return edit;
    };
    const auto combo = [content](const char *name) {
        auto *box = new QComboBox(content);
        box->setObjectName(QString::fromLatin1(name));
        return box;
    };
    // A row "label: field" with the field's problem under it.
    const auto row = [this](QFormLayout *form, const QString &text, const QString &field, QWidget *widget,
                            const char *errorName) {
        form->addRow(text, widget);
        form->addRow(QString(), addField(field, widget, errorName));
    };

    //: 基本信息
    auto *basics = new QGroupBox(tr("Basic information"), content);
    auto *basicForm = new QFormLayout(basics);
    m_codeEdit = new CreditCodeEdit(content);
    m_codeEdit->setObjectName(QStringLiteral("enterpriseCodeEdit"));
    m_codeEdit->setExtraCheck([this](const QString &code) { return codeTaken(code); });
    //: 统一社会信用代码
    row(basicForm, tr("C&redit code:"), QStringLiteral("creditCode"), m_codeEdit, "enterpriseCodeError");
    connect(m_codeEdit, &CreditCodeEdit::problemChanged, this, [this](const QString &problem) {
        QLabel *label = m_labels.value(m_codeEdit);
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
    });
    m_nameEdit = lineEdit("enterpriseNameEdit", kMaxEnterpriseNameLength);
    //: e.g. 常州某某机械有限公司
    m_nameEdit->setPlaceholderText(tr("As on the business licence"));
    //: 企业名称
    row(basicForm, tr("&Name:"), QStringLiteral("name"), m_nameEdit, "enterpriseNameError");
    // Room for a full company name, so a typing mistake in it is seen.
    m_nameEdit->setMinimumWidth(m_nameEdit->fontMetrics().horizontalAdvance(QString(16, QChar(0x56fd))));
    m_addressEdit = lineEdit("enterpriseAddressEdit", kMaxEnterpriseAddressLength);
    //: 地址
    row(basicForm, tr("&Address:"), QStringLiteral("address"), m_addressEdit, "enterpriseAddressError");
    m_townBox = new TownChooser(m_session, TownChooser::AllTowns::NotOffered, content);
    m_townBox->setObjectName(QStringLiteral("enterpriseTownBox"));
    //: 所属镇（街道）
    row(basicForm, tr("&Town:"), QStringLiteral("townId"), m_townBox, "enterpriseTownError");
    m_villageBox = combo("enterpriseVillageBox");
    //: 所在村（社区、园区）
    row(basicForm, tr("&Village or community:"), QStringLiteral("villageId"), m_villageBox,
        "enterpriseVillageError");
    m_legalEdit = lineEdit("enterpriseLegalEdit", kMaxPersonNameLength);
    //: 法定代表人
    row(basicForm, tr("&Legal representative:"), QStringLiteral("legalRepresentative"), m_legalEdit,
        "enterpriseLegalError");
    m_contactEdit = lineEdit("enterpriseContactEdit", kMaxPersonNameLength);
    //: 安全负责人
    row(basicForm, tr("Safety &contact:"), QStringLiteral("safetyContact"), m_contactEdit,
        "enterpriseContactError");
    m_phoneEdit = lineEdit("enterprisePhoneEdit", 20);
    m_phoneEdit->setPlaceholderText(tr("e.g. 13912345678 or 0519-88001234"));
    //: 联系电话
    row(basicForm, tr("&Phone:"), QStringLiteral("safetyPhone"), m_phoneEdit, "enterprisePhoneError");

    //: 位置 (optional map position)
    auto *location = new QGroupBox(tr("Location (optional)"), content);
    auto *locationForm = new QFormLayout(location);
    m_longitudeEdit = lineEdit("enterpriseLongitudeEdit", 20);
    m_longitudeEdit->setPlaceholderText(tr("e.g. 120.0563"));
    //: 经度
    row(locationForm, tr("Lon&gitude:"), QStringLiteral("longitude"), m_longitudeEdit,
        "enterpriseLongitudeError");
    m_latitudeEdit = lineEdit("enterpriseLatitudeEdit", 20);
    m_latitudeEdit->setPlaceholderText(tr("e.g. 31.7702"));
    //: 纬度
    row(locationForm, tr("La&titude:"), QStringLiteral("latitude"), m_latitudeEdit,
        "enterpriseLatitudeError");

    //: 分类
    auto *classes = new QGroupBox(tr("Classification"), content);
    auto *classForm = new QFormLayout(classes);
    m_industryBox = combo("enterpriseIndustryBox");
    m_industryBox->setEditable(true);
    m_industryBox->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &key : industryKeys())
        m_industryBox->addItem(industryDisplayName(key), key);
    // Typing part of a name or the code finds the division among forty.
    auto *completer = new QCompleter(m_industryBox->model(), m_industryBox);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_industryBox->setCompleter(completer);
    m_industryBox->lineEdit()->setPlaceholderText(tr("Type to search, e.g. C34"));
    m_industryBox->setCurrentIndex(-1);
    //: 国民经济行业 (GB/T 4754)
    row(classForm, tr("&Industry:"), QStringLiteral("industry"), m_industryBox, "enterpriseIndustryError");
    m_sectorBox = combo("enterpriseSectorBox");
    //: 非重点行业
    m_sectorBox->addItem(tr("None (not a key industry)"), QVariant());
    for (KeySector sector : allKeySectors())
        m_sectorBox->addItem(keySectorDisplayName(sector), keySectorKey(sector));
    //: 工贸重点行业（冶金、有色、建材、机械、轻工、纺织、烟草、商贸）
    classForm->addRow(tr("&Key sector:"), m_sectorBox);
    auto *flags = new QWidget(content);
    auto *flagGrid = new QGridLayout(flags);
    flagGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList known = knownFocusFlags();
    for (qsizetype i = 0; i < known.size(); ++i) {
        auto *check = new QCheckBox(focusFlagDisplayName(known.at(i)), flags);
        check->setObjectName(QStringLiteral("enterpriseFlag_") + known.at(i));
        flagGrid->addWidget(check, int(i / 2), int(i % 2));
        m_flagChecks.append(check);
    }
    //: 专项关注（粉尘涉爆、涉氨制冷、有限空间…）
    auto *flagLabel = new QLabel(tr("&Focus flags:"), content);
    flagLabel->setBuddy(m_flagChecks.value(0));
    classForm->addRow(flagLabel, flags);
    m_otherFlagsEdit = lineEdit("enterpriseOtherFlagsEdit", kMaxFocusFlags * (kMaxFocusFlagLength + 1));
    //: Flags a town records in its own words, separated by 、 or commas.
    m_otherFlagsEdit->setPlaceholderText(tr("Others, separated by commas"));
    row(classForm, tr("Ot&her flags:"), QStringLiteral("focusFlags"), m_otherFlagsEdit,
        "enterpriseFlagsError");
    m_scaleBox = combo("enterpriseScaleBox");
    for (EnterpriseScale scale : {EnterpriseScale::Above, EnterpriseScale::Below})
        m_scaleBox->addItem(enterpriseScaleDisplayName(scale), enterpriseScaleKey(scale));
    m_scaleBox->setCurrentIndex(1);
    //: 规模（规上 / 规下）
    classForm->addRow(tr("&Scale:"), m_scaleBox);
    m_employeesSpin = new QSpinBox(content);
    m_employeesSpin->setObjectName(QStringLiteral("enterpriseEmployeesSpin"));
    m_employeesSpin->setRange(-1, kMaxEmployees); // -1: not given
    //: No number of employees given (未填).
    m_employeesSpin->setSpecialValueText(tr("Not given"));
    m_employeesSpin->setValue(-1);
    //: 从业人数
    row(classForm, tr("&Employees:"), QStringLiteral("employees"), m_employeesSpin,
        "enterpriseEmployeesError");
    m_statusBox = combo("enterpriseStatusBox");
    for (EnterpriseStatus status :
         {EnterpriseStatus::Operating, EnterpriseStatus::Suspended, EnterpriseStatus::Closed})
        m_statusBox->addItem(enterpriseStatusDisplayName(status), enterpriseStatusKey(status));
    //: 生产状态
    classForm->addRow(tr("Stat&us:"), m_statusBox);
    m_categoryLabel = new QLabel(content);
    m_categoryLabel->setObjectName(QStringLiteral("enterpriseCategoryLabel"));
    m_categoryLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    classForm->addRow(QString(), m_categoryLabel);

    //: 监管
    auto *supervision = new QGroupBox(tr("Supervision"), content);
    auto *supervisionLayout = new QVBoxLayout(supervision);
    const auto indented = [supervisionLayout](QWidget *widget) {
        auto *line = new QHBoxLayout;
        line->setContentsMargins(24, 0, 0, 0);
        line->addWidget(widget, 1);
        supervisionLayout->addLayout(line);
    };
    //: 纳入网格
    m_gridRadio = new QRadioButton(tr("In a &grid:"), content);
    m_gridRadio->setObjectName(QStringLiteral("enterpriseGridRadio"));
    m_gridBox = combo("enterpriseGridBox");
    m_gridBox->setToolTip(
        tr("The town's grids in use, with their inspectors. The grid covering the enterprise's "
           "village is suggested."));
    //: 镇（街道）直管
    m_directRadio = new QRadioButton(tr("Supervised &directly by the town, because:"), content);
    m_directRadio->setObjectName(QStringLiteral("enterpriseDirectRadio"));
    m_reasonEdit = lineEdit("enterpriseDirectReasonEdit", kMaxDirectReasonLength);
    //: e.g. 危险化学品经营企业，由镇安监办直接监管
    m_reasonEdit->setPlaceholderText(
        tr("e.g. a hazardous-chemicals dealer the town's safety office inspects itself"));
    //: 未纳入
    m_noneRadio = new QRadioButton(tr("N&ot supervised yet"), content);
    m_noneRadio->setObjectName(QStringLiteral("enterpriseNoneRadio"));
    m_noneWarning =
        new QLabel(tr("Neither in a grid nor supervised directly by the town: a gap in covering every "
                      "industrial enterprise."),
                   content);
    m_noneWarning->setObjectName(QStringLiteral("enterpriseNoneWarning"));
    m_noneWarning->setWordWrap(true);
    m_noneWarning->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    supervisionLayout->addWidget(m_gridRadio);
    indented(m_gridBox);
    indented(addField(QStringLiteral("gridId"), m_gridBox, "enterpriseGridError"));
    supervisionLayout->addWidget(m_directRadio);
    indented(m_reasonEdit);
    indented(addField(QStringLiteral("directReason"), m_reasonEdit, "enterpriseDirectReasonError"));
    supervisionLayout->addWidget(m_noneRadio);
    indented(m_noneWarning);

    auto *left = new QVBoxLayout;
    left->addWidget(basics);
    left->addWidget(location);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(classes);
    right->addWidget(supervision);
    right->addStretch(1);
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return content;
}

void EnterpriseEditDialog::fillVillages()
{
    //: No village, community or park chosen.
    QList<ComboItem> items{{QVariant(), tr("(none)"), QString()}};
    const std::optional<qint64> town = m_townBox->town();
    QList<Region> areas;
    for (const Region &region : m_session.replica()->regions()) {
        if (town && region.townId == town && isGridArea(region.kind))
            areas.append(region);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(areas.begin(), areas.end(),
              [&chinese](const Region &a, const Region &b) { return chinese.compare(a.name, b.name) < 0; });
    for (const Region &area : std::as_const(areas))
        items.append({area.id, area.name, regionKindDisplayName(area.kind)});
    setItems(m_villageBox, items);
    if (m_villageBox->currentIndex() < 0)
        m_villageBox->setCurrentIndex(0);
}

void EnterpriseEditDialog::fillGrids()
{
    QList<ComboItem> items;
    if (const std::optional<qint64> town = m_townBox->town()) {
        for (const auto &choice : EnterpriseSupervisionDialog::gridChoices(m_session, *town))
            items.append({choice.id, choice.text, QString()});
        // The record's own grid, retired meanwhile, stays in sight so the problem is plain.
        const std::optional<Grid> grid =
            m_recordGrid ? m_session.replica()->grid(*m_recordGrid) : std::nullopt;
        if (grid && grid->townId == *town && grid->status != Grid::Status::Active)
            //: A grid no longer in use (已撤销).
            items.append({grid->id, tr("%1 (retired)").arg(grid->name), QString()});
    }
    m_gridBox->setPlaceholderText(items.isEmpty() ? tr("This town has no grid in use") : tr("Choose a grid"));
    setItems(m_gridBox, items);
    if (m_gridBox->currentIndex() < 0)
        m_gridSuggested = false;
}

void EnterpriseEditDialog::preselectGrid()
{
    // A grid the user chose, or the record's own, stays; a suggestion follows the village.
    if (m_gridPicked || (m_gridBox->currentIndex() >= 0 && !m_gridSuggested))
        return;
    const QVariant village = m_villageBox->currentData();
    const std::optional<qint64> town = m_townBox->town();
    QList<qint64> covering;
    if (village.isValid() && town) {
        for (const auto &choice : EnterpriseSupervisionDialog::gridChoices(m_session, *town)) {
            if (choice.areaIds.contains(village.toLongLong()))
                covering.append(choice.id);
        }
    }
    // Only one grid covering the village is a clear choice; a split village is the user's to decide.
    const int index = covering.size() == 1 ? m_gridBox->findData(covering.first()) : -1;
    m_gridBox->setCurrentIndex(index);
    m_gridSuggested = index >= 0;
}

void EnterpriseEditDialog::updateSupervision()
{
    m_gridRadio->setEnabled(m_gridBox->count() > 0 || m_gridRadio->isChecked());
    m_gridBox->setEnabled(m_gridRadio->isChecked() && m_gridBox->count() > 0);
    m_reasonEdit->setEnabled(m_directRadio->isChecked());
    m_noneWarning->setVisible(m_noneRadio->isChecked());
}

void EnterpriseEditDialog::updateCategory()
{
    const bool key = m_sectorBox->currentData().isValid();
    const bool above = m_scaleBox->currentData().toString() == enterpriseScaleKey(EnterpriseScale::Above);
    const PatrolCategory category = key     ? PatrolCategory::KeyIndustry
                                    : above ? PatrolCategory::AboveScale
                                            : PatrolCategory::BelowScale;
    //: 巡查类别：重点行业 / 非重点规上 / 非重点规下
    m_categoryLabel->setText(tr("Patrol category: %1").arg(patrolCategoryDisplayName(category)));
}

void EnterpriseEditDialog::setTown(qint64 townId)
{
    m_townBox->setTown(townId); // townChanged refreshes the villages and grids
    if (!m_start && m_refusedId.isEmpty())
        (m_gridBox->count() > 0 ? m_gridRadio : m_noneRadio)->setChecked(true);
}

void EnterpriseEditDialog::showRefused(const QString &commandId, const QCborMap &args, const QString &reason)
{
    m_refusedId = commandId;
    showValues(PendingEnterprises::withArguments(m_start.value_or(Enterprise{}), args));
    m_errors->show(nullptr, tr("The server refused this change: %1").arg(reason));
}

void EnterpriseEditDialog::showValues(const Enterprise &e)
{
    m_codeEdit->setText(e.creditCode);
    m_nameEdit->setText(e.name);
    m_addressEdit->setText(e.address);
    {
        const QSignalBlocker blocker(m_townBox);
        m_townBox->setTown(e.townId);
    }
    m_recordGrid = e.gridId;
    m_gridPicked = false;
    m_gridSuggested = false;
    fillVillages();
    {
        const QSignalBlocker blocker(m_villageBox);
        m_villageBox->setCurrentIndex(e.villageId ? std::max(0, m_villageBox->findData(*e.villageId)) : 0);
    }
    fillGrids();
    m_gridBox->setCurrentIndex(e.gridId ? m_gridBox->findData(*e.gridId) : -1);
    m_legalEdit->setText(e.legalRepresentative);
    m_contactEdit->setText(e.safetyContact);
    m_phoneEdit->setText(e.safetyPhone);

    const int industry = e.industry.isEmpty() ? -1 : m_industryBox->findData(e.industry);
    m_industryBox->setCurrentIndex(industry);
    if (industry < 0)
        m_industryBox->setEditText(e.industry); // a division this version does not know stays readable
    m_sectorBox->setCurrentIndex(e.sector ? std::max(0, m_sectorBox->findData(keySectorKey(*e.sector))) : 0);
    const QStringList known = knownFocusFlags();
    QStringList others;
    for (const QString &flag : e.focusFlags) {
        if (!known.contains(flag))
            others.append(flag);
    }
    for (qsizetype i = 0; i < known.size(); ++i)
        m_flagChecks.at(i)->setChecked(e.focusFlags.contains(known.at(i)));
    m_otherFlagsEdit->setText(others.join(QStringLiteral("、")));
    m_scaleBox->setCurrentIndex(std::max(0, m_scaleBox->findData(enterpriseScaleKey(e.scale))));
    m_employeesSpin->setValue(e.employees.value_or(-1));
    m_statusBox->setCurrentIndex(std::max(0, m_statusBox->findData(enterpriseStatusKey(e.status))));

    m_shownLongitude = coordinateText(e.longitude);
    m_shownLatitude = coordinateText(e.latitude);
    m_longitudeEdit->setText(m_shownLongitude);
    m_latitudeEdit->setText(m_shownLatitude);

    m_reasonEdit->setText(e.directReason);
    switch (e.supervision()) {
    case Supervision::Grid:
        m_gridRadio->setChecked(true);
        break;
    case Supervision::Direct:
        m_directRadio->setChecked(true);
        break;
    case Supervision::None:
        m_noneRadio->setChecked(true);
        break;
    }
    preselectGrid(); // an enterprise in no grid is offered the one covering its village
    updateSupervision();
    updateCategory();
}

QStringList EnterpriseEditDialog::readFlags() const
{
    QStringList chosen;
    const QStringList known = knownFocusFlags();
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (m_flagChecks.at(i)->isChecked())
            chosen.append(known.at(i));
    }
    static const QRegularExpression separators(QStringLiteral("[、,，;；]"));
    for (const QString &word : m_otherFlagsEdit->text().split(separators, Qt::SkipEmptyParts)) {
        const QString flag = focusFlagFromText(word.trimmed()); // "粉尘涉爆" typed is the known flag
        if (!flag.isEmpty() && !chosen.contains(flag))
            chosen.append(flag);
    }
    // The record's order first, so a list that was not touched is no change.
    QStringList ordered;
    for (const QString &flag : m_start ? m_start->focusFlags : QStringList()) {
        if (chosen.contains(flag))
            ordered.append(flag);
    }
    for (const QString &flag : std::as_const(chosen)) {
        if (!ordered.contains(flag))
            ordered.append(flag);
    }
    return ordered;
}

Enterprise EnterpriseEditDialog::readForm(QList<FieldProblem> &problems) const
{
    Enterprise e = m_start.value_or(Enterprise{});
    e.creditCode = m_codeEdit->text();
    e.name = m_nameEdit->text();
    e.address = m_addressEdit->text();
    const std::optional<qint64> town = m_townBox->town();
    if (!town)
        problems.append({QStringLiteral("townId"), tr("Choose the enterprise's town or street.")});
    e.townId = town.value_or(0);
    const QVariant village = m_villageBox->currentData();
    e.villageId = village.isValid() ? std::optional(village.toLongLong()) : std::nullopt;

    const QString industry = m_industryBox->currentText().trimmed();
    const int listed = industry.isEmpty() ? -1 : m_industryBox->findText(industry, Qt::MatchFixedString);
    const std::optional<QString> typed =
        industry.isEmpty() || listed >= 0 ? std::nullopt : industryFromText(industry);
    e.industry = listed >= 0 ? m_industryBox->itemData(listed).toString() : typed.value_or(industry);
    if (!industry.isEmpty() && listed < 0 && !typed)
        problems.append(
            {QStringLiteral("industry"),
             tr("\"%1\" is not an industry division of GB/T 4754 that the register knows: choose one "
                "from the list (type part of its name or code to find it).")
                 .arg(industry.left(40))});
    const QVariant sector = m_sectorBox->currentData();
    e.sector = sector.isValid() ? keySectorFromKey(sector.toString()) : std::nullopt;
    e.focusFlags = readFlags();
    e.scale = enterpriseScaleFromKey(m_scaleBox->currentData().toString()).value_or(EnterpriseScale::Below);
    e.employees = m_employeesSpin->value() >= 0 ? std::optional(m_employeesSpin->value()) : std::nullopt;
    e.legalRepresentative = m_legalEdit->text();
    e.safetyContact = m_contactEdit->text();
    e.safetyPhone = m_phoneEdit->text();
    e.status =
        enterpriseStatusFromKey(m_statusBox->currentData().toString()).value_or(EnterpriseStatus::Operating);

    // A coordinate left as shown keeps its exact value; a typed one must be a number.
    const auto coordinate = [&problems](const QLineEdit *edit, const QString &shown,
                                        std::optional<double> kept,
                                        const QString &field) -> std::optional<double> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        if (text == shown)
            return kept;
        const std::optional<double> value = parseNumber(text);
        if (!value)
            problems.append(
                {field, tr("\"%1\" is not a number of degrees, e.g. 120.0563.").arg(text.left(20))});
        return value;
    };
    e.longitude = coordinate(m_longitudeEdit, m_shownLongitude, m_start ? m_start->longitude : std::nullopt,
                             QStringLiteral("longitude"));
    e.latitude = coordinate(m_latitudeEdit, m_shownLatitude, m_start ? m_start->latitude : std::nullopt,
                            QStringLiteral("latitude"));

    e.gridId.reset();
    e.directReason.clear();
    if (m_gridRadio->isChecked()) {
        if (m_gridBox->currentIndex() < 0) {
            problems.append(
                {QStringLiteral("gridId"), m_gridBox->count() > 0
                                               ? tr("Choose the grid the enterprise is in.")
                                               : tr("This town has no grid in use: supervise it directly, "
                                                    "or create a grid on the Grids page first.")});
        } else {
            e.gridId = m_gridBox->currentData().toLongLong();
            const std::optional<Grid> grid = m_session.replica()->grid(*e.gridId);
            if (grid && grid->status != Grid::Status::Active)
                problems.append({QStringLiteral("gridId"),
                                 tr("Grid \"%1\" is retired: choose a grid in use.").arg(grid->name)});
        }
    } else if (m_directRadio->isChecked()) {
        e.directReason = m_reasonEdit->text();
        if (e.directReason.trimmed().isEmpty())
            problems.append(
                {QStringLiteral("directReason"), tr("Say why the town supervises the enterprise directly.")});
    }
    return e;
}

QString EnterpriseEditDialog::codeTaken(const QString &code) const
{
    if (m_start && code == m_start->creditCode)
        return {}; // its own code
    const qint64 self = m_start ? m_start->id : 0;
    const std::optional<Enterprise> holder =
        ReplicaEnterprises(m_session.replica()->sql()).enterpriseByCode(code);
    if (holder && holder->id != self)
        return tr("Credit code %1 is already registered, for \"%2\".").arg(code, holder->name);
    for (const OutboxEntry &entry : m_session.outbox()->entries()) {
        const bool enterprise = entry.name == QLatin1String(cmd::kEnterpriseCreate)
                                || entry.name == QLatin1String(cmd::kEnterpriseUpdate);
        if (entry.state == OutboxEntry::State::Pending && enterprise && entry.commandId != m_refusedId
            && entry.args.value(QStringLiteral("creditCode")).toString() == code
            && (!m_start || entry.args.value(QStringLiteral("enterpriseId")).toInteger() != self))
            return tr("Credit code %1 is already given to \"%2\", waiting to be sent.")
                .arg(code, entry.args.value(QStringLiteral("name")).toString());
    }
    return {};
}

void EnterpriseEditDialog::showProblems(const QList<FieldProblem> &problems)
{
    m_errors->clear();
    QHash<QLabel *, QStringList> messages;
    QWidget *first = nullptr;
    qsizetype firstOrder = fieldOrder().size();
    for (const FieldProblem &problem : problems) {
        QWidget *field = m_fields.value(problem.field);
        messages[m_labels.value(field, m_generalError)].append(problem.message);
        const qsizetype order = fieldOrder().indexOf(problem.field);
        if (field && order >= 0 && order < firstOrder) {
            first = field;
            firstOrder = order;
        }
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
    if (!first)
        return;
    first->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(first))
        edit->selectAll();
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("enterpriseFormScroll")))
        scroll->ensureWidgetVisible(first);
}

void EnterpriseEditDialog::save()
{
    QList<FieldProblem> problems;
    Enterprise values = readForm(problems);
    // One message per field: what could not be read is said, not what follows from it.
    QSet<QString> unread;
    for (const FieldProblem &problem : std::as_const(problems))
        unread.insert(problem.field == QLatin1String("latitude") ? QStringLiteral("longitude")
                                                                 : problem.field);
    for (const FieldProblem &problem : normalizeEnterprise(values)) {
        if (!unread.contains(problem.field))
            problems.append(problem);
    }
    const bool codeOk = std::none_of(problems.cbegin(), problems.cend(), [](const FieldProblem &problem) {
        return problem.field == QLatin1String("creditCode");
    });
    if (codeOk) {
        if (const QString taken = codeTaken(values.creditCode); !taken.isEmpty())
            problems.prepend({QStringLiteral("creditCode"), taken});
    }
    if (!problems.isEmpty())
        return showProblems(problems);
    if (m_start && m_refusedId.isEmpty() && enterpriseChanges(*m_start, values).isEmpty()) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborMap args;
    QString command;
    QString summary;
    if (m_start) {
        command = QString::fromLatin1(cmd::kEnterpriseUpdate);
        args.insert(QStringLiteral("enterpriseId"), m_start->id);
        args.insert(QStringLiteral("revision"), m_start->revision);
        //: The outbox's summary: 修改企业 %1
        summary = tr("Edit enterprise %1").arg(values.name);
    } else {
        command = QString::fromLatin1(cmd::kEnterpriseCreate);
        //: The outbox's summary: 登记企业 %1
        summary = tr("Register enterprise %1").arg(values.name);
    }
    // The payload's keys, an empty optional one left out (the command reads it as none).
    const QCborMap payload = values.toPayload();
    for (const QString &key : PendingEnterprises::argumentKeys()) {
        if (const QCborValue value = payload.value(key); !value.isNull())
            args.insert(key, value);
    }

    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
