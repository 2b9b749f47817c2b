#pragma once
// 记录风险报告 — records one safety risk report of an enterprise: the kind (首次 / 定期 / 变更),
// the day it was reported (never after today), the level (重大 / 较大 / 一般 / 低, each in the
// province's colour) and a short note. Queues enterprise.recordRiskReport: the register shows
// the latest report, and every report stays in the enterprise's history. A report the server
// refused reopens here with the user's values and the reason.

#include "domain/EnterpriseVocabulary.h"

#include <QDialog>
#include <QIcon>

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class RiskReportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNoteLength = 200; // as enterprise.recordRiskReport allows

    // A report on the enterprise `enterpriseId` called `name`. An enterprise still waiting in
    // the outbox (negative id) needs setBuildsOn with its queued creation.
    RiskReportDialog(ClientSession &session, qint64 enterpriseId, const QString &name,
                     QWidget *parent = nullptr);
    ~RiskReportDialog() override;
    // An enterprise.recordRiskReport the server refused; nullptr for another command, or when
    // the enterprise is gone from the replica.
    static RiskReportDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // The queued command whose result (the enterprise's id) this report needs.
    void setBuildsOn(const QString &commandId) { m_buildsOn = commandId; }
    // The outbox id of the queued command, once the dialog was accepted.
    const QString &commandId() const { return m_commandId; }

    // A square in the level's colour, for combo boxes and tables.
    static QIcon levelIcon(RiskLevel level);

private:
    void updateCount();
    void save();

    ClientSession &m_session;
    qint64 m_enterpriseId;
    QString m_name;
    QString m_buildsOn;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    QComboBox *m_kindBox;
    QDateEdit *m_dateEdit;
    QComboBox *m_levelBox;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_countLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
