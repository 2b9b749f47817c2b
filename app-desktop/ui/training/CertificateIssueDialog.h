#pragma once
// 发放上岗证 — issues a certificate to one inspector: on which of their passed exams it rests,
// its number, the day it is issued and the day it expires (three years by default, at most
// five). An inspector without a passed exam cannot get one (先培训考核、后持证上岗): the dialog
// says so and offers nothing to send. Queues certificate.issue; a command the server refused
// reopens here with the user's values and the reason.

#include "domain/ExamResult.h"
#include "domain/Inspector.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class CertificateIssueDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateIssueDialog(ClientSession &session, const Inspector &inspector, QWidget *parent = nullptr);
    ~CertificateIssueDialog() override;
    // A certificate.issue the server refused; nullptr for another command, or when the
    // inspector is gone from the replica.
    static CertificateIssueDialog *reopen(ClientSession &session, const OutboxEntry &refused,
                                          QWidget *parent);

    const QString &commandId() const { return m_commandId; }

private:
    void fillExams();
    // Keeps the expiry within what the issue day allows, and at three years until changed.
    void issuedChanged();
    // Another certificate, issued or queued, with this number: its description, or empty.
    QString numberTaken(const QString &number) const;
    void save();

    ClientSession &m_session;
    Inspector m_inspector;
    QList<ExamResult> m_exams; // passed, newest first
    QString m_refusedId;
    QString m_commandId;
    bool m_untilChosen = false; // the user chose the expiry: it no longer follows the issue day
    std::unique_ptr<FieldErrors> m_errors;
    QLabel *m_introLabel;
    QComboBox *m_examBox;
    QLineEdit *m_numberEdit;
    QDateEdit *m_issuedEdit;
    QDateEdit *m_untilEdit;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
