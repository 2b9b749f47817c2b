#pragma once
// 备案 / 退回 — the district's decision on a submitted division: filing it (with an optional
// remark) or returning it to the town (a reason is required, so the town knows what to fix).
// A refusal (the town withdrew it meanwhile, someone decided first) reopens here with the
// reason typed.

#include "domain/Filing.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class FilingDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { File, Return };

    FilingDecisionDialog(ClientSession &session, const Filing &filing, Decision decision,
                         QWidget *parent = nullptr);
    // A filing.decide the server refused; nullptr for another command or an unknown filing.
    static FilingDecisionDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void save();
    void showError(const QString &message);

    ClientSession &m_session;
    Filing m_filing;
    Decision m_decision;
    QString m_townName;
    QString m_refusedId;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
