#pragma once
// 区划导入 — sets up a real deployment's region tree from the server console: the district
// (`init`), then its towns, streets, villages, communities and parks from a CSV list
// (`import-regions`). Every row is checked before anything is written; the import is one
// transaction, recorded in the change feed and as one audit entry (file, rows, checksum).
//
// CSV: UTF-8 (a byte-order mark is allowed), a header row naming the columns
//   区划代码, 名称, 类型, 上级   (or: code, name, kind, parent)
// 类型 is 镇/街道/村/社区/园区 (or town/street/village/community/park). 上级 is empty for a
// town or street (its parent is the district) and names the town or street of a village,
// community or park, by name or code, in the database or earlier in the file. 区划代码 may
// be empty; otherwise 9 digits for a town or street and 12 for the others (GB/T 2260 based).
// A row whose parent already has a child of that name is counted as existing and left alone,
// so importing the same file twice changes nothing.

#include "domain/RegionKind.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gridsafe {

class ChangeFeed;
class ServerCore;

class RegionImport
{
public:
    struct Problem
    {
        int row = 0; // 1 = the header row
        QString message;
    };
    struct Outcome
    {
        int rows = 0;
        int created = 0;
        int existing = 0;
        QList<Problem> problems; // when not empty, nothing was written
    };
    // One data row that passed its checks and will be created.
    struct PlannedRegion
    {
        int row = 0;
        RegionKind kind = RegionKind::Town;
        QString name;
        QString code;
        std::optional<qint64> parentId; // an existing region, or:
        int parentPlanned = -1;         // the index of a planned town created first
    };
    struct Plan
    {
        Outcome outcome; // rows counted, existing ones, problems
        QList<PlannedRegion> regions;
    };

    // Creates the district, the root of the tree; refused if the database already has one.
    static Result<qint64> initDistrict(ServerCore &core, const QString &name, const QString &code);
    // The console's import: plan, then apply in one transaction with one audit entry.
    static Result<Outcome> importCsv(ServerCore &core, const QByteArray &csv, const QString &fileName);
    // Checks every row against the database and the rows before it; writes nothing.
    static Result<Plan> plan(QSqlDatabase db, const QByteArray &csv);
    // Creates the planned regions and their change-feed rows, in the caller's transaction.
    static Result<int> apply(QSqlDatabase db, ChangeFeed &changes, const Plan &plan);
    static QString checksum(const QByteArray &csv);
};

} // namespace gridsafe
