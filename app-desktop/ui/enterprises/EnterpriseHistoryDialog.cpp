#include "ui/enterprises/EnterpriseHistoryDialog.h"

#include "core/ClientSession.h"
#include "domain/CommandName.h"
#include "domain/Enterprise.h"
#include "domain/EnterpriseRules.h"
#include "protocol/MessageType.h"
#include "ui/enterprises/RiskReportDialog.h"

#include <QCborArray>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kStatusPage = 0;
constexpr int kHistoryPage = 1;

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(text); // notes and reasons are often longer than the column
    return cell;
}

// A table with nothing to show says so across its width.
void showEmpty(QTableWidget *table, const QString &text)
{
    table->setRowCount(1);
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled);
    cell->setForeground(table->palette().brush(QPalette::PlaceholderText));
    table->setItem(0, 0, cell);
    table->setSpan(0, 0, 1, table->columnCount());
}

} // namespace

EnterpriseHistoryDialog::EnterpriseHistoryDialog(ClientSession &session, qint64 enterpriseId,
                                                 const QString &name, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_enterpriseId(enterpriseId),
    m_stack(new QStackedWidget(this)),
    m_statusLabel(new QLabel(this)),
    //: 重试
    m_retryButton(new QPushButton(tr("&Retry"), this)),
    m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("enterpriseHistoryDialog"));
    //: 变更记录 — %1 (the enterprise's name)
    setWindowTitle(tr("History of %1").arg(name));
    m_statusLabel->setObjectName(QStringLiteral("enterpriseHistoryStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_retryButton->setObjectName(QStringLiteral("enterpriseHistoryRetryButton"));
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_session.linkState() == ClientSession::LinkState::Offline)
            m_session.reconnectNow(); // the answer comes when the link is back (below)
        reload();
    });
    // A history that failed for want of the server comes by itself once it is back.
    connect(&m_session, &ClientSession::linkStateChanged, this, [this](ClientSession::LinkState state) {
        if (m_failed && state == ClientSession::LinkState::Online)
            reload();
    });

    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_statusLabel);
    statusLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);

    m_changeTable = makeTable("enterpriseChangeTable", {
                                                           //: 时间
                                                           tr("Time"),
                                                           //: 操作人
                                                           tr("By"),
                                                           //: 操作
                                                           tr("What"),
                                                           //: 字段
                                                           tr("Field"),
                                                           //: 原值
                                                           tr("Before"),
                                                           //: 新值
                                                           tr("After"),
                                                       });
    m_reportTable = makeTable("enterpriseReportTable", {
                                                           //: 报告日期
                                                           tr("Reported on"),
                                                           //: 报告类型
                                                           tr("Kind"),
                                                           //: 风险等级
                                                           tr("Level"),
                                                           //: 备注
                                                           tr("Note"),
                                                           //: 录入人
                                                           tr("Recorded by"),
                                                       });
    m_tabs->setObjectName(QStringLiteral("enterpriseHistoryTabs"));
    m_tabs->addTab(m_changeTable, QString());
    m_tabs->addTab(m_reportTable, QString());
    m_stack->addWidget(statusPage);
    m_stack->addWidget(m_tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("enterpriseHistoryButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(860, 480);
    reload();
}

QTableWidget *EnterpriseHistoryDialog::makeTable(const char *objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, for the Close button
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void EnterpriseHistoryDialog::reload()
{
    m_failed = false;
    m_retryButton->hide();
    m_stack->setCurrentIndex(kStatusPage);
    if (m_enterpriseId <= 0) {
        m_statusLabel->setText(tr("This enterprise is still waiting to be sent to the server: it has no "
                                  "history yet."));
        return;
    }
    //: 正在读取…
    m_statusLabel->setText(tr("Reading the history from the server…"));
    const int request = ++m_request;
    QPointer<EnterpriseHistoryDialog> self(this);
    // The answer may come after the dialog was closed, or (offline) before ask() returns.
    m_session.ask(QString::fromLatin1(msg::kEnterpriseHistory),
                  {{QStringLiteral("enterpriseId"), m_enterpriseId}},
                  [self, request](const Result<QCborMap> &answer) {
                      if (!self || self->m_request != request)
                          return;
                      if (answer)
                          self->showHistory(answer.value());
                      else
                          self->showFailure(answer.error());
                  });
}

void EnterpriseHistoryDialog::showFailure(const Error &error)
{
    m_failed = true;
    m_statusLabel->setText(
        error.code == ErrorCode::Network
            ? tr("The history is kept on the server, which cannot be reached now. It is shown as soon as the "
                 "link is back; or try again.")
            : tr("The history could not be read: %1").arg(error.message));
    m_retryButton->show();
    m_retryButton->setFocus();
}

void EnterpriseHistoryDialog::showHistory(const QCborMap &history)
{
    const QCborArray changes = history.value(QStringLiteral("changes")).toArray();
    m_changeTable->clearSpans();
    m_changeTable->setRowCount(0);
    for (const QCborValue &value : changes) {
        const QCborMap entry = value.toMap();
        const QString at = localTime(entry.value(QStringLiteral("at")).toString());
        const QString user = entry.value(QStringLiteral("user")).toString();
        const QString action = actionText(entry.value(QStringLiteral("action")).toString());
        const QCborArray fields = entry.value(QStringLiteral("changes")).toArray();
        // A creation lists no fields: its first values are the record itself.
        const qsizetype rows = std::max<qsizetype>(1, fields.size());
        for (qsizetype i = 0; i < rows; ++i) {
            const int row = m_changeTable->rowCount();
            m_changeTable->insertRow(row);
            m_changeTable->setItem(row, ChangeTime, item(at));
            m_changeTable->setItem(row, ChangeUser, item(user));
            m_changeTable->setItem(row, ChangeAction, item(action));
            if (i >= fields.size())
                continue;
            const QCborMap change = fields.at(i).toMap();
            const QString field = change.value(QStringLiteral("field")).toString();
            m_changeTable->setItem(row, ChangeField, item(enterpriseFieldLabel(field)));
            m_changeTable->setItem(row, ChangeBefore,
                                   item(valueText(field, change.value(QStringLiteral("before")))));
            m_changeTable->setItem(row, ChangeAfter,
                                   item(valueText(field, change.value(QStringLiteral("after")))));
        }
    }
    if (changes.isEmpty())
        showEmpty(m_changeTable, tr("No changes recorded."));

    const QCborArray reports = history.value(QStringLiteral("reports")).toArray();
    m_reportTable->clearSpans();
    m_reportTable->setRowCount(0);
    for (const QCborValue &value : reports) {
        const QCborMap report = value.toMap();
        const int row = m_reportTable->rowCount();
        m_reportTable->insertRow(row);
        m_reportTable->setItem(row, ReportDate, item(report.value(QStringLiteral("reportedOn")).toString()));
        m_reportTable->setItem(row, ReportKind,
                               item(valueText(QStringLiteral("kind"), report.value(QStringLiteral("kind")))));
        const QString levelKey = report.value(QStringLiteral("level")).toString();
        QTableWidgetItem *level = item(valueText(QStringLiteral("level"), levelKey));
        if (const std::optional<RiskLevel> known = riskLevelFromKey(levelKey))
            level->setIcon(RiskReportDialog::levelIcon(*known));
        m_reportTable->setItem(row, ReportLevel, level);
        m_reportTable->setItem(row, ReportNote, item(report.value(QStringLiteral("note")).toString()));
        QTableWidgetItem *by = item(report.value(QStringLiteral("recordedBy")).toString());
        //: When a report was entered: 录入于 2026-03-02 09:30
        by->setToolTip(
            tr("Recorded at %1").arg(localTime(report.value(QStringLiteral("recordedAt")).toString())));
        m_reportTable->setItem(row, ReportRecordedBy, by);
    }
    if (reports.isEmpty())
        showEmpty(m_reportTable, tr("No risk report recorded."));

    //: 信息变更 (%1 entries)
    m_tabs->setTabText(0, tr("&Changes (%1)").arg(changes.size()));
    //: 风险报告 (%1)
    m_tabs->setTabText(1, tr("Risk &reports (%1)").arg(reports.size()));
    for (QTableWidget *table : {m_changeTable, m_reportTable})
        table->resizeColumnsToContents();
    m_stack->setCurrentIndex(kHistoryPage);
}

QString EnterpriseHistoryDialog::actionText(const QString &action)
{
    if (action == QLatin1String(cmd::kEnterpriseCreate))
        //: 登记
        return tr("Registered");
    if (action == QLatin1String(cmd::kEnterpriseUpdate))
        //: 修改
        return tr("Edited");
    if (action == QLatin1String(cmd::kEnterpriseSetSupervision))
        //: 调整监管
        return tr("Supervision changed");
    if (action == QLatin1String(cmd::kEnterpriseRecordRiskReport))
        //: 风险报告
        return tr("Risk report");
    if (action == QLatin1String(cmd::kEnterpriseImport))
        //: 导入
        return tr("Imported");
    return action; // a newer server's command: its name says more than nothing
}

QString EnterpriseHistoryDialog::valueText(const QString &field, const QCborValue &value)
{
    //: A value that is not there (an empty field) in the history.
    const QString nothing = tr("—");
    if (value.isUndefined() || value.isNull())
        return nothing;
    if (value.isArray()) {
        QStringList words;
        for (const QCborValue &element : value.toArray())
            words.append(field == QLatin1String("focusFlags") ? focusFlagDisplayName(element.toString())
                                                              : valueText(QString(), element));
        //: Between the items of a list, e.g. focus flags; Chinese uses "、".
        return words.isEmpty() ? nothing : words.join(tr(", "));
    }
    if (value.isMap()) {
        // A risk report summary: "较大 (定期, 2026-03-02)".
        const QCborMap report = value.toMap();
        return tr("%1 (%2, %3)")
            .arg(valueText(QStringLiteral("level"), report.value(QStringLiteral("level"))),
                 valueText(QStringLiteral("kind"), report.value(QStringLiteral("kind"))),
                 report.value(QStringLiteral("reportedOn")).toString());
    }
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 10);
    const QString text = value.toString();
    if (text.isEmpty())
        return nothing;
    if (field == QLatin1String("sector")) {
        const auto sector = keySectorFromKey(text);
        return sector ? keySectorDisplayName(*sector) : text;
    }
    if (field == QLatin1String("scale")) {
        const auto scale = enterpriseScaleFromKey(text);
        return scale ? enterpriseScaleDisplayName(*scale) : text;
    }
    if (field == QLatin1String("status")) {
        const auto status = enterpriseStatusFromKey(text);
        return status ? enterpriseStatusDisplayName(*status) : text;
    }
    if (field == QLatin1String("industry"))
        return industryDisplayName(text);
    if (field == QLatin1String("focusFlags"))
        return focusFlagDisplayName(text);
    if (field == QLatin1String("level")) {
        const auto level = riskLevelFromKey(text);
        return level ? riskLevelDisplayName(*level) : text;
    }
    if (field == QLatin1String("kind")) {
        const auto kind = riskReportKindFromKey(text);
        return kind ? riskReportKindDisplayName(*kind) : text;
    }
    return text; // names (towns, villages, grids come as names), codes, phones, reasons
}

QString EnterpriseHistoryDialog::localTime(const QString &isoTime)
{
    const QDateTime at = QDateTime::fromString(isoTime, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoTime;
}

} // namespace gridsafe
