#pragma once
// 培训记录 — one training session of a town: when, how long, on what, by whom, and which of
// the town's inspectors attended (ticked in a searchable list). Checks what it can by the
// server's rules and queues training.record, or training.update for a session already
// recorded. A command the server refused reopens here with the user's values and the reason.

#include "domain/TrainingSession.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class TrainingSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // A new session of the town `townId`, held today by default.
    TrainingSessionDialog(ClientSession &session, qint64 townId, QWidget *parent = nullptr);
    // A change to `training` as the replica has it; its revision goes with the command.
    TrainingSessionDialog(ClientSession &session, const TrainingSession &training, QWidget *parent = nullptr);
    ~TrainingSessionDialog() override;
    // A training.record or training.update the server refused; nullptr for another command,
    // or when the session is gone.
    static TrainingSessionDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // The outbox id of the queued command, once the dialog was accepted with a change.
    const QString &commandId() const { return m_commandId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    // The town's active inspectors, and the ticked ones even if no longer active.
    void fillAttendees(const QList<qint64> &checked);
    QList<qint64> checkedAttendees() const;
    void filterAttendees(const QString &text);
    void setShownChecked(bool checked);
    void updateCount();
    void setValues(const QCborMap &args);
    void save();

    ClientSession &m_session;
    qint64 m_townId;
    std::optional<TrainingSession> m_training;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    QDateEdit *m_dateEdit = nullptr;
    QDoubleSpinBox *m_hoursSpin = nullptr;
    QLineEdit *m_topicEdit = nullptr;
    QLineEdit *m_trainerEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListWidget *m_attendeeList = nullptr;
    Qt::CheckState m_pressedState = Qt::Unchecked;
    QLabel *m_countLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
