#include "ui/training/TrainingSessionDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/training/FieldErrors.h"
#include "ui/training/TrainingRules.h"

#include <QCborArray>
#include <QCollator>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kTraineeIdRole = Qt::UserRole;
constexpr int kSearchTextRole = Qt::UserRole + 1;

} // namespace

TrainingSessionDialog::TrainingSessionDialog(ClientSession &session, qint64 townId, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId)
{
    build();
    fillAttendees({});
    const std::optional<Region> town = m_session.replica()->region(townId);
    //: 记录培训: a training session of the town's inspectors (培训).
    setWindowTitle(tr("Record training in %1").arg(town ? town->name : QString()));
}

TrainingSessionDialog::TrainingSessionDialog(ClientSession &session, const TrainingSession &training,
                                             QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(training.townId),
    m_training(training)
{
    build();
    setValues(training.toPayload());
    //: 编辑培训记录
    setWindowTitle(tr("Edit training %1").arg(training.topic));
}

TrainingSessionDialog::~TrainingSessionDialog() = default;

TrainingSessionDialog *TrainingSessionDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                     QWidget *parent)
{
    const QCborMap &args = refused.args;
    TrainingSessionDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kTrainingRecord)) {
        dialog = new TrainingSessionDialog(session, args.value(QStringLiteral("townId")).toInteger(), parent);
    } else if (refused.name == QLatin1String(cmd::kTrainingUpdate)) {
        // Corrected against the session as the server has it now.
        const qint64 id = args.value(QStringLiteral("trainingId")).toInteger();
        const QList<TrainingSession> all = ReplicaRecords(*session.replica()).trainings();
        const auto found = std::find_if(all.cbegin(), all.cend(), [id](const auto &t) { return t.id == id; });
        if (found == all.cend())
            return nullptr;
        dialog = new TrainingSessionDialog(session, *found, parent);
    } else {
        return nullptr;
    }
    dialog->setValues(args);
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void TrainingSessionDialog::build()
{
    setObjectName(QStringLiteral("trainingSessionDialog"));
    m_errors = std::make_unique<FieldErrors>(this);
    m_dateEdit = new QDateEdit(chinaToday(), this);
    m_dateEdit->setObjectName(QStringLiteral("trainingDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(chinaToday());
    m_hoursSpin = new QDoubleSpinBox(this);
    m_hoursSpin->setObjectName(QStringLiteral("trainingHoursSpin"));
    m_hoursSpin->setRange(0.5, 24);
    m_hoursSpin->setSingleStep(0.5);
    m_hoursSpin->setDecimals(1);
    m_hoursSpin->setValue(2);
    //: After the number of hours of a training (学时).
    m_hoursSpin->setSuffix(tr(" h"));
    m_topicEdit = new QLineEdit(this);
    m_topicEdit->setObjectName(QStringLiteral("trainingTopicEdit"));
    m_topicEdit->setMaxLength(kMaxTrainingTopicLength * 2); // the exact limit is checked on save
    m_topicEdit->setPlaceholderText(tr("e.g. Inspecting dust-explosion risks"));
    m_trainerEdit = new QLineEdit(this);
    m_trainerEdit->setObjectName(QStringLiteral("trainingTrainerEdit"));
    m_trainerEdit->setMaxLength(kMaxTrainerLength * 2);
    m_trainerEdit->setPlaceholderText(tr("e.g. Chen, district emergency bureau"));

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("trainingAttendeeSearch"));
    m_searchEdit->setPlaceholderText(tr("Search by name or unit; Down moves to the list"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &TrainingSessionDialog::filterAttendees);
    m_attendeeList = new QListWidget(this);
    m_attendeeList->setObjectName(QStringLiteral("trainingAttendeeList"));
    m_attendeeList->setMinimumHeight(200);
    // A click on a name ticks it, as on its box (which Qt toggles by itself); Space too.
    connect(m_attendeeList, &QListWidget::itemPressed, this,
            [this](QListWidgetItem *item) { m_pressedState = item->checkState(); });
    connect(m_attendeeList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->checkState() == m_pressedState)
            item->setCheckState(m_pressedState == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_attendeeList, &QListWidget::itemChanged, this, &TrainingSessionDialog::updateCount);
    auto *allButton = new QPushButton(tr("Select &all"), this);
    allButton->setObjectName(QStringLiteral("trainingSelectAllButton"));
    allButton->setToolTip(tr("Ticks every inspector shown (the search narrows them)."));
    connect(allButton, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    auto *noneButton = new QPushButton(tr("Select &none"), this);
    noneButton->setObjectName(QStringLiteral("trainingSelectNoneButton"));
    noneButton->setToolTip(tr("Unticks every inspector shown."));
    connect(noneButton, &QPushButton::clicked, this, [this] { setShownChecked(false); });
    for (QPushButton *button : {allButton, noneButton})
        button->setAutoDefault(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("trainingAttendeeCount"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("trainingSessionButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainingSessionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Date:"), m_dateEdit, QStringLiteral("trainingDateError"));
    m_errors->addRow(form, tr("&Hours:"), m_hoursSpin, QStringLiteral("trainingHoursError"));
    m_errors->addRow(form, tr("&Topic:"), m_topicEdit, QStringLiteral("trainingTopicError"));
    m_errors->addRow(form, tr("T&rainer:"), m_trainerEdit, QStringLiteral("trainingTrainerError"));
    //: 参训网格员: the inspectors who attended the training.
    auto *attendeesLabel = new QLabel(tr("Attend&ees (tick everyone who attended):"), this);
    attendeesLabel->setBuddy(m_searchEdit);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_searchEdit, 1);
    tools->addWidget(allButton);
    tools->addWidget(noneButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(attendeesLabel);
    layout->addLayout(tools);
    layout->addWidget(m_attendeeList, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errors->labelFor(m_attendeeList, QStringLiteral("trainingAttendeeError")));
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("trainingSessionError")));
    layout->addWidget(m_buttons);
    resize(520, 620);
}

void TrainingSessionDialog::fillAttendees(const QList<qint64> &checked)
{
    const Replica &replica = *m_session.replica();
    QList<Inspector> shown;
    for (const Inspector &inspector : ReplicaRecords(replica).inspectors(m_townId)) {
        if (inspector.active || checked.contains(inspector.id))
            shown.append(inspector);
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(shown.begin(), shown.end(),
              [&collator](const Inspector &a, const Inspector &b) { return collator(a.name, b.name); });
    const QSignalBlocker blocker(m_attendeeList);
    m_attendeeList->clear();
    for (const Inspector &inspector : shown) {
        QString unit = inspector.unit;
        if (inspector.unitRegionId) {
            if (const std::optional<Region> area = replica.region(*inspector.unitRegionId))
                unit = area->name;
        }
        QString text = unit.isEmpty() ? inspector.name : tr("%1 (%2)").arg(inspector.name, unit);
        if (!inspector.active)
            //: An inspector in the attendance list who no longer works as one (已停用).
            text = tr("%1 — inactive").arg(text);
        auto *item = new QListWidgetItem(text, m_attendeeList);
        item->setData(kTraineeIdRole, inspector.id);
        item->setData(kSearchTextRole, QStringList{inspector.name, unit, inspector.phone}.join(u' '));
        item->setData(Qt::AccessibleTextRole, inspector.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(inspector.id) ? Qt::Checked : Qt::Unchecked);
    }
    filterAttendees(m_searchEdit->text());
    updateCount();
}

QList<qint64> TrainingSessionDialog::checkedAttendees() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_attendeeList->count(); ++row) {
        const QListWidgetItem *item = m_attendeeList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kTraineeIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TrainingSessionDialog::filterAttendees(const QString &text)
{
    const QString needle = text.simplified();
    for (int row = 0; row < m_attendeeList->count(); ++row) {
        const QListWidgetItem *item = m_attendeeList->item(row);
        m_attendeeList->setRowHidden(
            row, !needle.isEmpty()
                     && !item->data(kSearchTextRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

void TrainingSessionDialog::setShownChecked(bool checked)
{
    for (int row = 0; row < m_attendeeList->count(); ++row) {
        if (!m_attendeeList->isRowHidden(row))
            m_attendeeList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void TrainingSessionDialog::updateCount()
{
    //: The attendance count under the list: "12 of 40 attending" (12 人参训，共 40 人).
    m_countLabel->setText(
        tr("%1 of %2 attending").arg(checkedAttendees().size()).arg(m_attendeeList->count()));
}

bool TrainingSessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // From the search, Down or Enter goes to the list (Enter would otherwise save).
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_attendeeList->setFocus();
            for (int row = 0; row < m_attendeeList->count(); ++row) {
                if (!m_attendeeList->isRowHidden(row)) {
                    m_attendeeList->setCurrentRow(row);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TrainingSessionDialog::setValues(const QCborMap &args)
{
    if (const std::optional<QDate> heldOn = parseCivilDate(args.value(QStringLiteral("heldOn")).toString()))
        m_dateEdit->setDate(*heldOn);
    if (const QCborValue hours = args.value(QStringLiteral("hours")); hours.isDouble() || hours.isInteger())
        m_hoursSpin->setValue(hours.toDouble());
    m_topicEdit->setText(args.value(QStringLiteral("topic")).toString());
    m_trainerEdit->setText(args.value(QStringLiteral("trainer")).toString());
    QList<qint64> attendees;
    for (const QCborValue &id : args.value(QStringLiteral("attendeeIds")).toArray())
        attendees.append(id.toInteger());
    fillAttendees(attendees);
}

void TrainingSessionDialog::save()
{
    // In the server's order: date, hours, topic, trainer, attendees.
    const QDate heldOn = m_dateEdit->date();
    if (Status date = checkPastDate(heldOn, chinaToday(), tr("training date")); !date)
        return m_errors->show(m_dateEdit, date.error().message);
    const double hours = m_hoursSpin->value();
    if (Status valid = checkTrainingHours(hours); !valid)
        return m_errors->show(m_hoursSpin, valid.error().message);
    auto topic = normalizeName(m_topicEdit->text(), tr("training topic"), kMaxTrainingTopicLength);
    if (!topic)
        return m_errors->show(m_topicEdit, topic.error().message);
    auto trainer = normalizeName(m_trainerEdit->text(), tr("trainer"), kMaxTrainerLength);
    if (!trainer)
        return m_errors->show(m_trainerEdit, trainer.error().message);
    const QList<qint64> attendees = checkedAttendees();
    if (attendees.isEmpty())
        return m_errors->show(m_attendeeList, tr("Tick at least one inspector who attended."));
    if (attendees.size() > kMaxTrainingAttendees)
        return m_errors->show(m_attendeeList,
                              tr("A training records at most %1 attendees.").arg(kMaxTrainingAttendees));
    if (m_training && m_refusedId.isEmpty() && civilDateText(heldOn) == m_training->heldOn
        && hours == m_training->hours && topic.value() == m_training->topic
        && trainer.value() == m_training->trainer && attendees == m_training->attendeeIds) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborArray attendeeArray;
    for (qint64 id : attendees)
        attendeeArray.append(id);
    QCborMap args;
    QString command;
    if (m_training) {
        command = QString::fromLatin1(cmd::kTrainingUpdate);
        args.insert(QStringLiteral("trainingId"), m_training->id);
        args.insert(QStringLiteral("revision"), m_training->revision);
    } else {
        command = QString::fromLatin1(cmd::kTrainingRecord);
        args.insert(QStringLiteral("townId"), m_townId);
    }
    args.insert(QStringLiteral("heldOn"), civilDateText(heldOn));
    args.insert(QStringLiteral("hours"), hours);
    args.insert(QStringLiteral("topic"), topic.value());
    args.insert(QStringLiteral("trainer"), trainer.value());
    args.insert(QStringLiteral("attendeeIds"), attendeeArray);
    //: The outbox's summary of the change: 记录培训 / 修改培训.
    const QString summary = (m_training ? tr("Edit training %1 (%2)") : tr("Record training %1 (%2)"))
                                .arg(topic.value(), civilDateText(heldOn));
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
