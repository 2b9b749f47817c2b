#include "ui/training/TrainingHistoryDialog.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/ChineseSortProxy.h"
#include "ui/OwnedDialog.h"
#include "ui/training/TrainingSessionDialog.h"

#include <QCollator>
#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace gridsafe {

namespace {

constexpr int kIdRole = TrainingHistoryDialog::kRecordIdRole;

QStandardItem *historyCell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(alignment);
    return item;
}

QStandardItem *numberCell(const QString &text)
{
    return historyCell(text, Qt::AlignRight | Qt::AlignVCenter);
}

// The id of the selected row's record; 0 when none is selected.
qint64 selectedId(const QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(kIdRole).toLongLong();
}

// Selects the row of the record `id` again after the rows were refilled (if it is still there).
void selectId(QTableView *table, qint64 id, int column)
{
    const QAbstractItemModel &model = *table->model();
    for (int row = 0; id != 0 && row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(kIdRole).toLongLong() == id) {
            const QModelIndex index = model.index(row, std::max(column, 0));
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
            table->scrollTo(index);
            return;
        }
    }
}

} // namespace

TrainingHistoryDialog::TrainingHistoryDialog(ClientSession &session, qint64 townId, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId),
    m_mayUpdate(roleMayRun(session.user().role, QString::fromLatin1(cmd::kTrainingUpdate))),
    m_trainings(new QStandardItemModel(this)),
    m_exams(new QStandardItemModel(this)),
    m_trainingProxy(new ChineseSortProxy(this)),
    m_examProxy(new ChineseSortProxy(this))
{
    setObjectName(QStringLiteral("trainingHistoryDialog"));
    const std::optional<Region> town = m_session.replica()->region(townId);
    //: 培训考核记录 — %1 is the town (镇/街道).
    setWindowTitle(tr("Training and exam records of %1").arg(town ? town->name : QString()));
    m_trainings->setHorizontalHeaderLabels({
        //: 培训日期
        tr("Date"),
        //: 学时
        tr("Hours"),
        //: 培训内容
        tr("Topic"),
        //: 授课人
        tr("Trainer"),
        //: 参训人数
        tr("Attendees"),
    });
    m_exams->setHorizontalHeaderLabels({
        //: 考核日期
        tr("Date"),
        //: 网格员
        tr("Inspector"),
        //: 考核科目
        tr("Subject"),
        //: 成绩 / 合格分
        tr("Score / pass mark"),
        //: 考核结果
        tr("Result"),
    });
    m_trainingProxy->setSourceModel(m_trainings);
    m_examProxy->setSourceModel(m_exams);
    m_trainingTable = buildTable(m_trainingProxy, "trainingHistoryTable", TrainingTopic);
    m_examTable = buildTable(m_examProxy, "examHistoryTable", ExamSubject);

    //: 编辑所选培训记录
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editTrainingButton"));
    m_editButton->setToolTip(tr("Change the selected session: its date, hours, topic, trainer or attendees"));
    m_editButton->setVisible(m_mayUpdate);
    //: 记录培训…
    m_recordButton = new QPushButton(tr("&Record…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordTrainingButton2"));
    m_recordButton->setToolTip(tr("Record a training session of the town and who attended"));
    m_recordButton->setVisible(roleMayRun(session.user().role, QString::fromLatin1(cmd::kTrainingRecord)));
    for (QPushButton *button : {m_editButton, m_recordButton})
        button->setAutoDefault(false); // Enter on the table edits; elsewhere it closes
    connect(m_editButton, &QPushButton::clicked, this, &TrainingHistoryDialog::editSelected);
    connect(m_recordButton, &QPushButton::clicked, this, &TrainingHistoryDialog::recordNew);
    connect(m_trainingTable, &QTableView::doubleClicked, this, &TrainingHistoryDialog::editSelected);
    // Enter on a session opens it, as a double click does (and does not close the dialog).
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *enter = new QShortcut(key, m_trainingTable, nullptr, nullptr, Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &TrainingHistoryDialog::editSelected);
    }
    connect(m_trainingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingHistoryDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("trainingHistoryButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *trainingPage = new QWidget(this);
    trainingPage->setObjectName(QStringLiteral("trainingHistoryPage"));
    auto *trainingTools = new QHBoxLayout;
    trainingTools->addWidget(m_editButton);
    trainingTools->addWidget(m_recordButton);
    trainingTools->addStretch(1);
    auto *trainingLayout = new QVBoxLayout(trainingPage);
    trainingLayout->addWidget(m_trainingTable, 1);
    trainingLayout->addLayout(trainingTools);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("trainingHistoryTabs"));
    //: 培训记录
    tabs->addTab(trainingPage, tr("&Training sessions"));
    //: 考核成绩
    tabs->addTab(m_examTable, tr("E&xams"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_session.replica(), &Replica::changed, this, &TrainingHistoryDialog::reload);
    reload();
    // The newest session is current, so Enter edits it straight away.
    if (selectedId(m_trainingTable) == 0 && m_trainingProxy->rowCount() > 0)
        selectId(m_trainingTable, m_trainingProxy->index(0, 0).data(kIdRole).toLongLong(), 0);
    m_trainingTable->setFocus();
    updateButtons();
}

QTableView *TrainingHistoryDialog::buildTable(QSortFilterProxyModel *proxy, const char *objectName,
                                              int stretchColumn)
{
    auto *table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setModel(proxy);
    // Click a header to sort by it (pinyin for text, numbers by value); newest first to begin.
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // Tab moves on to the next control
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

void TrainingHistoryDialog::reload()
{
    const QModelIndex trainingCurrent = m_trainingTable->currentIndex();
    const qint64 training = selectedId(m_trainingTable);
    const QModelIndex examCurrent = m_examTable->currentIndex();
    const qint64 exam = selectedId(m_examTable);
    fillTrainings();
    fillExams();
    // Sorted afresh as a whole: the proxy's sort is stable, so rows that tie on the sorted
    // column (sessions of one day) keep the models' order, newest first.
    m_trainingProxy->invalidate();
    m_examProxy->invalidate();
    selectId(m_trainingTable, training, trainingCurrent.column());
    selectId(m_examTable, exam, examCurrent.column());
    updateButtons();
}

void TrainingHistoryDialog::fillTrainings()
{
    const ReplicaRecords records(*m_session.replica());
    QHash<qint64, QString> names;
    for (const Inspector &inspector : records.inspectors(m_townId))
        names.insert(inspector.id, inspector.name);
    QList<TrainingSession> sessions = records.trainings(m_townId);
    // Newest first, the latest recorded first within a day.
    std::sort(sessions.begin(), sessions.end(), [](const TrainingSession &a, const TrainingSession &b) {
        return std::tie(a.heldOn, a.id) > std::tie(b.heldOn, b.id);
    });
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    //: Between the names of a training's attendees; Chinese uses "、".
    const QString separator = tr(", ");
    m_trainings->setRowCount(0);
    for (const TrainingSession &training : std::as_const(sessions)) {
        QStringList attendees;
        for (qint64 id : training.attendeeIds)
            //: An inspector the replica does not hold (yet), by number.
            attendees.append(names.value(id, tr("#%1").arg(id)));
        std::sort(attendees.begin(), attendees.end(), collator);
        const QList<QStandardItem *> row = {
            historyCell(training.heldOn),
            numberCell(QString::number(training.hours)), // 2, 3.5
            historyCell(training.topic),
            historyCell(training.trainer),
            numberCell(QString::number(training.attendeeIds.size())),
        };
        //: On hovering a training's row: the names of those who attended (参训人员).
        const QString tip = tr("Attended: %1").arg(attendees.join(separator));
        for (QStandardItem *item : row)
            item->setToolTip(tip);
        row.first()->setData(training.id, kIdRole);
        m_trainings->appendRow(row);
    }
}

void TrainingHistoryDialog::fillExams()
{
    const ReplicaRecords records(*m_session.replica());
    QHash<qint64, QString> names;
    for (const Inspector &inspector : records.inspectors(m_townId))
        names.insert(inspector.id, inspector.name);
    QList<ExamResult> exams = records.exams(m_townId);
    std::sort(exams.begin(), exams.end(), [](const ExamResult &a, const ExamResult &b) {
        return std::tie(a.takenOn, a.id) > std::tie(b.takenOn, b.id);
    });
    m_exams->setRowCount(0);
    for (const ExamResult &exam : std::as_const(exams)) {
        const bool passed = exam.passed();
        //: An exam result: 合格 / 不合格.
        QStandardItem *outcome = historyCell(passed ? tr("Passed") : tr("Failed"));
        outcome->setForeground(QColor(passed ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b")));
        const QList<QStandardItem *> row = {
            historyCell(exam.takenOn),
            historyCell(names.value(exam.inspectorId, tr("#%1").arg(exam.inspectorId))),
            historyCell(exam.subject),
            //: The score and the pass mark of an exam: "82 / 60".
            numberCell(tr("%1 / %2").arg(QString::number(exam.score), QString::number(exam.passMark))),
            outcome,
        };
        row.first()->setData(exam.id, kIdRole);
        m_exams->appendRow(row);
    }
}

void TrainingHistoryDialog::updateButtons()
{
    m_editButton->setEnabled(m_mayUpdate && selectedId(m_trainingTable) != 0);
}

void TrainingHistoryDialog::editSelected()
{
    const qint64 id = selectedId(m_trainingTable);
    if (!m_mayUpdate || id == 0)
        return;
    for (const TrainingSession &training : ReplicaRecords(*m_session.replica()).trainings(m_townId)) {
        if (training.id == id)
            return openOwnedDialog(new TrainingSessionDialog(m_session, training, this));
    }
}

void TrainingHistoryDialog::recordNew()
{
    openOwnedDialog(new TrainingSessionDialog(m_session, m_townId, this));
}

} // namespace gridsafe
