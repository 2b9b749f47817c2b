#pragma once
// 网格 — a safety grid of one town, covering villages, communities or parks.

#include "domain/RegionKind.h"
#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct Grid
{
    enum class Status { Active, Retired };
    // 村（社区）网格 covers villages and communities; 园区/功能区网格 covers parks and is
    // staffed by town employees.
    enum class Kind { Village, Park };

    qint64 id = 0;
    qint64 townId = 0;
    QString code; // unique among the town's grids in use (see gridCodeRule)
    QString name;
    Kind kind = Kind::Village;
    // Which part of a split village this grid covers ("东片，312国道以北"); empty otherwise.
    QString part;
    Status status = Status::Active;
    int revision = 1;
    QList<qint64> areaIds; // villages / communities / parks covered, sorted
    // The responsible inspector (一格一员) and the assignment that made them so.
    std::optional<qint64> inspectorId;
    std::optional<qint64> assignmentId;
    QString createdAt;
    QString updatedAt;
    QString retiredAt;
    QString retireReason;

    static QString statusName(Status status);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    QCborMap toPayload() const;
    static Result<Grid> fromPayload(const QCborMap &payload);
};

// A park grid covers parks and functional zones; a village grid villages and communities.
bool gridKindFits(Grid::Kind kind, RegionKind area);

// Grid codes: 1–16 of A–Z, 0–9 and '-', starting with a letter or digit, folded to upper
// case (e.g. "WG-01", "HL-YZ-02"). The error names the field for the user.
Result<QString> normalizeGridCode(const QString &input);
inline constexpr int kMaxGridCodeLength = 16;
inline constexpr int kMaxGridPartLength = 100;
// A town has a few dozen villages; the bound keeps one command's checks short.
inline constexpr int kMaxGridAreas = 200;

} // namespace gridsafe
