#include "ui/training/TrainingPlanDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/training/FieldErrors.h"
#include "ui/training/TrainingPlanItemDelegate.h"
#include "ui/training/TrainingRules.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace gridsafe {

namespace {

using Column = TrainingPlanItemDelegate::Column;

int thisYear()
{
    return chinaDate(QDateTime::currentDateTimeUtc()).year();
}

bool sameItems(const QList<TrainingPlan::Item> &a, const QList<TrainingPlan::Item> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x.month == y.month && x.topic == y.topic && x.hours == y.hours;
    });
}

} // namespace

TrainingPlanDialog::TrainingPlanDialog(ClientSession &session, qint64 townId, int year, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId)
{
    build(year);
    loadPlan(m_yearSpin->value());
}

TrainingPlanDialog::~TrainingPlanDialog() = default;

TrainingPlanDialog *TrainingPlanDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                               QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kTrainingSetPlan))
        return nullptr;
    const QCborMap &args = refused.args;
    // Corrected against the plan as the server has it now (its current revision).
    auto *dialog = new TrainingPlanDialog(session, args.value(QStringLiteral("townId")).toInteger(),
                                          int(args.value(QStringLiteral("year")).toInteger()), parent);
    dialog->m_hoursSpin->setValue(args.value(QStringLiteral("requiredHours")).toDouble());
    QList<TrainingPlan::Item> items;
    for (const QCborValue &value : args.value(QStringLiteral("items")).toArray()) {
        const QCborMap item = value.toMap();
        items.append({int(item.value(QStringLiteral("month")).toInteger(1)),
                      item.value(QStringLiteral("topic")).toString(),
                      item.value(QStringLiteral("hours")).toDouble()});
    }
    dialog->setItems(items);
    dialog->m_noteEdit->setText(args.value(QStringLiteral("note")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void TrainingPlanDialog::build(int year)
{
    setObjectName(QStringLiteral("trainingPlanDialog"));
    const std::optional<Region> town = m_session.replica()->region(m_townId);
    //: 年度培训计划: the town's training plan for a year.
    setWindowTitle(tr("Yearly training plan of %1").arg(town ? town->name : QString()));
    m_errors = std::make_unique<FieldErrors>(this);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("trainingPlanYearSpin"));
    m_yearSpin->setRange(thisYear() - 1, thisYear() + 1); // what the server accepts
    m_yearSpin->setValue(year);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("trainingPlanStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_hoursSpin = new QDoubleSpinBox(this);
    m_hoursSpin->setObjectName(QStringLiteral("trainingPlanHoursSpin"));
    m_hoursSpin->setRange(0, kMaxPlanRequiredHours);
    m_hoursSpin->setDecimals(1);
    m_hoursSpin->setSuffix(tr(" h"));

    m_delegate = new TrainingPlanItemDelegate(this);
    m_itemTable = new QTableWidget(0, Column::ColumnCount, this);
    m_itemTable->setObjectName(QStringLiteral("trainingPlanItemTable"));
    m_itemTable->setItemDelegate(m_delegate);
    m_itemTable->setHorizontalHeaderLabels({tr("Month"), tr("Topic"), tr("Hours")});
    m_itemTable->horizontalHeader()->setSectionResizeMode(Column::Topic, QHeaderView::Stretch);
    m_itemTable->horizontalHeader()->setSectionResizeMode(Column::Month, QHeaderView::ResizeToContents);
    m_itemTable->horizontalHeader()->setSectionResizeMode(Column::Hours, QHeaderView::ResizeToContents);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table; arrows move between cells, F2 or typing edits one.
    m_itemTable->setTabKeyNavigation(false);
    m_itemTable->setMinimumHeight(200);
    m_itemTable->setToolTip(tr("Arrows move, F2 or typing edits a cell; Insert adds a session, Delete "
                               "removes the selected ones."));
    m_addButton = new QPushButton(tr("&Add session"), this);
    m_addButton->setObjectName(QStringLiteral("trainingPlanAddButton"));
    m_removeButton = new QPushButton(tr("&Remove session"), this);
    m_removeButton->setObjectName(QStringLiteral("trainingPlanRemoveButton"));
    for (QPushButton *button : {m_addButton, m_removeButton})
        button->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &TrainingPlanDialog::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &TrainingPlanDialog::removeItems);
    // On the table itself, so Delete in a cell being edited still deletes text.
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_itemTable);
    auto *remove = new QShortcut(QKeySequence::Delete, m_itemTable);
    for (QShortcut *shortcut : {insert, remove})
        shortcut->setContext(Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &TrainingPlanDialog::addItem);
    connect(remove, &QShortcut::activated, this, &TrainingPlanDialog::removeItems);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingPlanDialog::updateItemButtons);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("trainingPlanNoteEdit"));
    m_noteEdit->setMaxLength(kMaxRetireReasonLength * 2);
    m_noteEdit->setPlaceholderText(tr("Optional"));
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &TrainingPlanDialog::loadPlan);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("trainingPlanButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainingPlanDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Year:"), m_yearSpin, QStringLiteral("trainingPlanYearError"));
    form->addRow(QString(), m_statusLabel);
    m_errors->addRow(form, tr("Required &hours per inspector:"), m_hoursSpin,
                     QStringLiteral("trainingPlanHoursError"));
    auto *itemsLabel = new QLabel(tr("&Sessions planned:"), this);
    itemsLabel->setBuddy(m_itemTable);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch(1);
    auto *noteForm = new QFormLayout;
    m_errors->addRow(noteForm, tr("N&ote:"), m_noteEdit, QStringLiteral("trainingPlanNoteError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_itemTable, 1);
    layout->addWidget(m_errors->labelFor(m_itemTable, QStringLiteral("trainingPlanItemError")));
    layout->addLayout(rowButtons);
    layout->addLayout(noteForm);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("trainingPlanError")));
    layout->addWidget(m_buttons);
    resize(560, 580);
}

void TrainingPlanDialog::loadPlan(int year)
{
    m_plan.reset();
    for (const TrainingPlan &plan : ReplicaRecords(*m_session.replica()).trainingPlans(m_townId)) {
        if (plan.year == year)
            m_plan = plan;
    }
    m_errors->clear();
    const TrainingPlan shown = m_plan.value_or(TrainingPlan{});
    m_hoursSpin->setValue(shown.requiredHours);
    setItems(shown.items);
    m_noteEdit->setText(shown.note);
    const QDateTime changed = QDateTime::fromString(shown.updatedAt, Qt::ISODate).toLocalTime();
    m_statusLabel->setText(
        !m_plan
            ? tr("There is no plan for %1 yet: saving makes it.").arg(year)
            : tr("Saving replaces the %1 plan (last changed %2).")
                  .arg(year)
                  .arg(changed.isValid() ? changed.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()));
}

void TrainingPlanDialog::setItems(const QList<TrainingPlan::Item> &items)
{
    m_itemTable->setRowCount(0);
    for (const TrainingPlan::Item &item : items)
        appendRow(item);
    updateItemButtons();
}

void TrainingPlanDialog::appendRow(const TrainingPlan::Item &item)
{
    const int row = m_itemTable->rowCount();
    m_itemTable->insertRow(row);
    auto *month = new QTableWidgetItem;
    month->setData(Qt::EditRole, item.month);
    m_itemTable->setItem(row, Column::Month, month);
    m_itemTable->setItem(row, Column::Topic, new QTableWidgetItem(item.topic));
    auto *hours = new QTableWidgetItem;
    hours->setData(Qt::EditRole, item.hours);
    m_itemTable->setItem(row, Column::Hours, hours);
}

QList<TrainingPlan::Item> TrainingPlanDialog::tableItems() const
{
    QList<TrainingPlan::Item> items;
    for (int row = 0; row < m_itemTable->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_itemTable->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        items.append(
            {cell(Column::Month).toInt(), cell(Column::Topic).toString(), cell(Column::Hours).toDouble()});
    }
    return items;
}

void TrainingPlanDialog::addItem()
{
    if (m_itemTable->rowCount() >= kMaxTrainingPlanItems)
        return;
    // The month of the session above, or this month for this year's plan.
    const QList<TrainingPlan::Item> items = tableItems();
    const QDate today = chinaDate(QDateTime::currentDateTimeUtc());
    const int month = !items.isEmpty()                      ? items.last().month
                      : m_yearSpin->value() == today.year() ? today.month()
                                                            : 1;
    appendRow({month, QString(), 2});
    updateItemButtons();
    const int row = m_itemTable->rowCount() - 1;
    m_itemTable->setFocus();
    m_itemTable->setCurrentCell(row, Column::Topic);
    m_itemTable->editItem(m_itemTable->item(row, Column::Topic));
}

void TrainingPlanDialog::removeItems()
{
    QList<int> rows;
    for (const QModelIndex &index : m_itemTable->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_itemTable->currentRow() >= 0)
        rows.append(m_itemTable->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_itemTable->removeRow(row);
    updateItemButtons();
}

void TrainingPlanDialog::updateItemButtons()
{
    m_addButton->setEnabled(m_itemTable->rowCount() < kMaxTrainingPlanItems);
    m_removeButton->setEnabled(m_itemTable->rowCount() > 0);
}

void TrainingPlanDialog::save()
{
    // A cell still being edited counts as typed.
    if (QWidget *editor = m_itemTable->indexWidget(m_itemTable->currentIndex()))
        Q_EMIT m_delegate->commitData(editor);
    // In the server's order: year, required hours, number of sessions, each session, note.
    const int year = m_yearSpin->value();
    if (year < thisYear() - 1 || year > thisYear() + 1)
        return m_errors->show(m_yearSpin, tr("A training plan is made for last year, this year or next year "
                                             "(%1–%2), not %3.")
                                              .arg(thisYear() - 1)
                                              .arg(thisYear() + 1)
                                              .arg(year));
    const double requiredHours = m_hoursSpin->value();
    if (!(requiredHours >= 0 && requiredHours <= kMaxPlanRequiredHours))
        return m_errors->show(
            m_hoursSpin,
            tr("Required hours per inspector must be between 0 and %1.").arg(kMaxPlanRequiredHours));
    QList<TrainingPlan::Item> items = tableItems();
    if (items.size() > kMaxTrainingPlanItems)
        return m_errors->show(m_itemTable,
                              tr("A plan holds at most %1 sessions.").arg(kMaxTrainingPlanItems));
    for (qsizetype row = 0; row < items.size(); ++row) {
        TrainingPlan::Item &item = items[row];
        const auto problem = [this, row](int column, const QString &message) {
            m_errors->show(m_itemTable, tr("Session %1: %2").arg(row + 1).arg(message));
            m_itemTable->setCurrentCell(int(row), column);
        };
        if (item.month < 1 || item.month > 12)
            return problem(Column::Month, tr("month %1 is not a month of the year.").arg(item.month));
        auto topic = normalizeName(item.topic, tr("training topic"), kMaxTrainingTopicLength);
        if (!topic)
            return problem(Column::Topic, topic.error().message);
        item.topic = topic.value();
        if (Status hours = checkTrainingHours(item.hours); !hours)
            return problem(Column::Hours, hours.error().message);
    }
    auto note = normalizeOptionalName(m_noteEdit->text(), tr("note"), kMaxRetireReasonLength);
    if (!note)
        return m_errors->show(m_noteEdit, note.error().message);
    if (m_plan && m_refusedId.isEmpty() && requiredHours == m_plan->requiredHours
        && sameItems(items, m_plan->items) && note.value() == m_plan->note) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborArray itemArray;
    for (const TrainingPlan::Item &item : std::as_const(items))
        itemArray.append(QCborMap{{QStringLiteral("month"), item.month},
                                  {QStringLiteral("topic"), item.topic},
                                  {QStringLiteral("hours"), item.hours}});
    QCborMap args;
    args.insert(QStringLiteral("townId"), m_townId);
    args.insert(QStringLiteral("year"), year);
    args.insert(QStringLiteral("revision"), m_plan ? m_plan->revision : 0); // 0: a new plan
    args.insert(QStringLiteral("requiredHours"), requiredHours);
    args.insert(QStringLiteral("items"), itemArray);
    args.insert(QStringLiteral("note"), note.value());
    const std::optional<Region> town = m_session.replica()->region(m_townId);
    //: The outbox's summary: 2026 年度培训计划（遥观镇）.
    const QString summary = tr("Training plan %1 of %2").arg(year).arg(town ? town->name : QString());
    const QString command = QString::fromLatin1(cmd::kTrainingSetPlan);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
