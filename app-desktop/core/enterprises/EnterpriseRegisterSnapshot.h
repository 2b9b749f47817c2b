#pragma once
// The register as the table holds it: every enterprise in scope with its name's pinyin
// collation key, and the same enterprises in name order. Made once per load, on a worker
// thread for a large register (EnterpriseRegisterLoader), so the window never waits for a
// hundred thousand collation keys and a sort.

#include "core/enterprises/EnterpriseRow.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QSqlDatabase>

#include <atomic>
#include <optional>
#include <unordered_map>
#include <vector>

namespace gridsafe {

struct SortableEnterprise
{
    EnterpriseRow row;
    QCollatorSortKey nameKey;
};

struct EnterpriseRegisterSnapshot
{
    // Nodes stay put when the map is moved, so byName's pointers stay valid with it.
    std::unordered_map<qint64, SortableEnterprise> items;
    std::vector<SortableEnterprise *> byName; // pinyin order, then id
    bool complete = false;                    // false when reading failed or was cancelled

    // The collator every register name key is made with (Chinese, numbers by value).
    static QCollator nameCollator();
    // Orders two entries by name key, then id: the table's default order.
    static bool nameLess(const SortableEnterprise *a, const SortableEnterprise *b);
    // Reads the register from db on the calling thread; stops early once cancelled is set.
    static EnterpriseRegisterSnapshot read(const QSqlDatabase &db, std::optional<qint64> townId,
                                           const std::atomic<bool> &cancelled);
};

} // namespace gridsafe
