#pragma once
// 考核 — records one inspector's exam result: the day, the subject, the score and the pass
// mark, showing passed or failed as the score is typed. A failed exam is recorded too. Queues
// exam.record; a command the server refused reopens here with the user's values and the reason.

#include "domain/Inspector.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class ExamDialog : public QDialog
{
    Q_OBJECT

public:
    ExamDialog(ClientSession &session, const Inspector &inspector, QWidget *parent = nullptr);
    ~ExamDialog() override;
    // An exam.record the server refused; nullptr for another command, or when the inspector
    // is gone from the replica.
    static ExamDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    void updateOutcome();
    void save();

    ClientSession &m_session;
    Inspector m_inspector;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    QDateEdit *m_dateEdit;
    QLineEdit *m_subjectEdit;
    QDoubleSpinBox *m_scoreSpin;
    QDoubleSpinBox *m_passMarkSpin;
    QLabel *m_outcomeLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
