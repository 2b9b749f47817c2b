#pragma once
// 变更记录 — an enterprise's history as the server keeps it (it is not replicated): who changed
// what and when (信息变更: each field's label with its old and new value, words for keys,
// names for places and grids) and every risk report recorded (风险报告, each level in its
// colour). Read from the server when opened; offline or on a failure it says so and offers to
// try again, and tries by itself once the link is back.

#include "util/Result.h"

#include <QCborMap>
#include <QCborValue>
#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace gridsafe {

class ClientSession;

class EnterpriseHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum ChangeColumn { ChangeTime, ChangeUser, ChangeAction, ChangeField, ChangeBefore, ChangeAfter };
    enum ReportColumn { ReportDate, ReportKind, ReportLevel, ReportNote, ReportRecordedBy };

    // Asks the server at once (the enterprise's id; negative: still waiting to be sent).
    EnterpriseHistoryDialog(ClientSession &session, qint64 enterpriseId, const QString &name,
                            QWidget *parent = nullptr);

    // Asks the server again.
    void reload();

    // What an entry's action (the command that made it) means, in words: 登记, 修改, …
    static QString actionText(const QString &action);
    // A field's value as people read it: display names for keys, "—" for nothing.
    static QString valueText(const QString &field, const QCborValue &value);
    // A server time (UTC, ISO 8601) in local time, yyyy-MM-dd HH:mm.
    static QString localTime(const QString &isoTime);

private:
    QTableWidget *makeTable(const char *objectName, const QStringList &headers);
    void showHistory(const QCborMap &history);
    void showFailure(const Error &error);

    ClientSession &m_session;
    qint64 m_enterpriseId;
    int m_request = 0; // the latest request: an older answer is not shown
    bool m_failed = false;
    QStackedWidget *m_stack;
    QLabel *m_statusLabel;
    QPushButton *m_retryButton;
    QTabWidget *m_tabs;
    QTableWidget *m_changeTable;
    QTableWidget *m_reportTable;
};

} // namespace gridsafe
