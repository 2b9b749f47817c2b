#pragma once
// 网格员列表 — the inspectors of one town (or of every town the user sees), one row each,
// read from the replica: who they are, the grids they hold (一格一员), their certificate
// (持证上岗) and this year's training against the town's plan. An inspector without a valid
// certificate shows red, one whose certificate runs out within 30 days or who is behind
// with training orange. Changes still in the outbox show at once, laid over the replica
// and marked 待同步, as on the grids page. The model keeps pinyin order by name; the page
// sorts by other columns through a ChineseSortProxy.

#include "core/Outbox.h"
#include "domain/Inspector.h"
#include "domain/InspectorStanding.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace gridsafe {

class Replica;

// An inspector as the user sees it now: the replica's row with the queued inspector
// commands laid over it. One created offline has the negative of its outbox position as id.
struct ShownInspector
{
    Inspector inspector;
    QStringList pendingChanges; // what is queued for it, in words, oldest first
    QString lastPendingCommand; // the newest queued command on it: a further edit builds on this

    bool isPending() const { return !pendingChanges.isEmpty(); }
};

class InspectorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Town, Phone, Kind, Unit, Grids, Certificate, Training, Status, ColumnCount };
    enum Role {
        InspectorIdRole = Qt::UserRole + 1,
        TownIdRole,
        InspectorActiveRole,
        InspectorPendingRole,
        NeedsAttentionRole,
    };

    InspectorTableModel(Replica &replica, Outbox &outbox, QObject *parent = nullptr);

    // One town's inspectors; none: those of every town the replica holds.
    void setTown(std::optional<qint64> townId);
    std::optional<qint64> town() const { return m_townId; }
    // Only the inspectors whose name, phone, unit, grids or certificate number contain this text.
    void setSearch(const QString &text);
    // Only the active inspectors that need attention: no valid certificate, one that runs
    // out soon, or due for training.
    void setNeedsAttentionOnly(bool only);
    bool needsAttentionOnly() const { return m_attentionOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<ShownInspector> shownAt(int row) const;
    int rowOfInspector(qint64 inspectorId) const; // -1 when not shown

    // Counts over every inspector of the town(s), whatever the search and filter hide; the
    // last three count active inspectors only.
    struct Counts
    {
        int total = 0;
        int inactive = 0;
        int withoutCertificate = 0;
        int expiringSoon = 0;
        int dueForTraining = 0;
        int filteredOut = 0; // hidden by the search or the filter
    };
    const Counts &counts() const { return m_counts; }

    // 安管员, 镇（街道）工作人员, 其他: for the table and the dialog alike.
    static QString kindText(Inspector::Kind kind);
    // The town's inspectors with the queued inspector.create / inspector.update commands laid
    // over them, in order (refused ones and those built on them are not).
    static QList<ShownInspector> overlay(const QList<Inspector> &confirmed, std::optional<qint64> townId,
                                         const QList<OutboxEntry> &queue);

    void reload();

Q_SIGNALS:
    // After every reload, whether or not rows changed (the counts may have).
    void reloaded();

private:
    struct Row
    {
        ShownInspector shown;
        QString townName;
        QString unitName;
        QStringList grids;
        InspectorStanding standing;
        bool needsAttention = false;
    };
    static bool sameRow(const Row &a, const Row &b);
    bool passesSearch(const Row &row) const;
    QString certificateText(const Row &row) const;
    QString trainingText(const Row &row) const;
    QVariant foreground(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Replica &m_replica;
    Outbox &m_outbox;
    std::optional<qint64> m_townId;
    QString m_search;
    bool m_attentionOnly = false;
    QList<Row> m_rows;
    QDate m_today; // the day in China the rows were judged on
    Counts m_counts;
};

} // namespace gridsafe
