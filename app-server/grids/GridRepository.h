#pragma once

#include "domain/Grid.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class GridRepository
{
public:
    explicit GridRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // With the current inspector (the open assignment), if any.
    Result<std::optional<Grid>> find(qint64 id) const;
    Result<QList<Grid>> inTown(qint64 townId) const;
    Result<QList<Grid>> all() const;
    Result<bool> activeNameTaken(qint64 townId, const QString &name, qint64 exceptId) const;
    Result<bool> activeCodeTaken(qint64 townId, const QString &code, qint64 exceptId) const;
    // WG-01, WG-02, …: one more than the town's highest such code (retired grids included).
    Result<QString> nextFreeCode(qint64 townId) const;
    // Active grids other than `exceptId` that cover any of `areaIds`.
    // The first active grid other than `exceptId` sharing one of `areaIds` — with any part,
    // or (`wholeOnly`) one covering it whole (no part) — and the area shared. One indexed
    // lookup per area: a village split many ways costs no more than the rows it has.
    struct Sharing
    {
        QString gridName;
        qint64 areaId = 0;
    };
    Result<std::optional<Sharing>> firstSharing(const QList<qint64> &areaIds, qint64 exceptId,
                                                bool wholeOnly) const;
    Result<qint64> insert(const Grid &grid);
    // Writes code, name, kind, part and areas and bumps the revision.
    Status update(const Grid &grid);
    // A change elsewhere (its inspector) that makes the grid a new revision.
    Status bumpRevision(qint64 id, const QString &at);
    Status retire(qint64 id, const QString &at, const QString &reason);
    // Back in use: the retirement's date and reason go (the audit log keeps both reasons).
    Status restore(qint64 id, const QString &at);

private:
    Result<QList<Grid>> select(const QString &where, const QVariantMap &binds) const;
    Status writeAreas(qint64 gridId, const QList<qint64> &areaIds);

    QSqlDatabase m_db;
};

} // namespace gridsafe
