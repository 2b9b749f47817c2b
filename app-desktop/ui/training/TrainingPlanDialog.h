#pragma once
// 年度培训计划 — a town's training plan for one year: the hours each inspector needs, the
// sessions planned by month (a table edited in place, rows added and removed), and a note.
// Opens with the year's plan from the replica, if there is one, and queues training.setPlan,
// which replaces it whole. A command the server refused reopens here with the user's values.

#include "domain/TrainingPlan.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gridsafe {

class ClientSession;
class FieldErrors;
class TrainingPlanItemDelegate;
struct OutboxEntry;

class TrainingPlanDialog : public QDialog
{
    Q_OBJECT

public:
    TrainingPlanDialog(ClientSession &session, qint64 townId, int year, QWidget *parent = nullptr);
    ~TrainingPlanDialog() override;
    // A training.setPlan the server refused; nullptr for another command.
    static TrainingPlanDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    void build(int year);
    // The year's plan as the replica has it, or an empty one (revision 0: a new plan).
    void loadPlan(int year);
    void setItems(const QList<TrainingPlan::Item> &items);
    void appendRow(const TrainingPlan::Item &item);
    // The sessions as the table shows them, top to bottom.
    QList<TrainingPlan::Item> tableItems() const;
    void addItem();
    void removeItems();
    void updateItemButtons();
    void save();

    ClientSession &m_session;
    qint64 m_townId;
    std::optional<TrainingPlan> m_plan; // the year's plan when loaded; none: a new plan
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    TrainingPlanItemDelegate *m_delegate = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDoubleSpinBox *m_hoursSpin = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
