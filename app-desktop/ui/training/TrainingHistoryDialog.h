#pragma once
// 培训考核记录 — a town's training sessions (培训) and exam results (考核) as the replica has
// them, newest first, kept current as syncs arrive. A session opens for editing (Enter, a
// double click or Edit…) for the roles that may change one, and a new one can be recorded
// from here; exams are shown only (they never change).

#include <QDialog>

class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace gridsafe {

class ClientSession;

class TrainingHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum TrainingColumn { TrainingDate, TrainingHours, TrainingTopic, TrainingTrainer, TrainingAttendees };
    enum ExamColumn { ExamDate, ExamInspector, ExamSubject, ExamScore, ExamOutcome };
    // The record's id on the first cell of each row.
    static constexpr int kRecordIdRole = Qt::UserRole + 1;

    TrainingHistoryDialog(ClientSession &session, qint64 townId, QWidget *parent = nullptr);

private:
    QTableView *buildTable(QSortFilterProxyModel *proxy, const char *objectName, int stretchColumn);
    void reload();
    void fillTrainings();
    void fillExams();
    void updateButtons();
    void editSelected();
    void recordNew();

    ClientSession &m_session;
    qint64 m_townId;
    bool m_mayUpdate;
    QStandardItemModel *m_trainings;
    QStandardItemModel *m_exams;
    QSortFilterProxyModel *m_trainingProxy;
    QSortFilterProxyModel *m_examProxy;
    QTableView *m_trainingTable = nullptr;
    QTableView *m_examTable = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_recordButton = nullptr;
};

} // namespace gridsafe
