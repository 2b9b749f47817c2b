#include "core/enterprises/EnterpriseRegisterSnapshot.h"

#include "core/enterprises/ReplicaEnterprises.h"

#include <QLocale>

#include <algorithm>

namespace gridsafe {

QCollator EnterpriseRegisterSnapshot::nameCollator()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    return collator;
}

bool EnterpriseRegisterSnapshot::nameLess(const SortableEnterprise *a, const SortableEnterprise *b)
{
    const int order = a->nameKey.compare(b->nameKey);
    return order != 0 ? order < 0 : a->row.id < b->row.id;
}

EnterpriseRegisterSnapshot EnterpriseRegisterSnapshot::read(const QSqlDatabase &db,
                                                            std::optional<qint64> townId,
                                                            const std::atomic<bool> &cancelled)
{
    EnterpriseRegisterSnapshot snapshot;
    // A collator per read: QCollator is not shared between threads.
    const QCollator collator = nameCollator();
    const ReplicaEnterprises enterprises(db);
    if (auto count = enterprises.count(townId); count.ok())
        snapshot.items.reserve(std::size_t(count.value()));
    const Status read = enterprises.forEachRow(townId, [&](EnterpriseRow &&row) {
        if (cancelled.load(std::memory_order_relaxed))
            return false;
        const qint64 id = row.id;
        QCollatorSortKey key = collator.sortKey(row.name);
        snapshot.items.emplace(id, SortableEnterprise{std::move(row), std::move(key)});
        return true;
    });
    if (!read || cancelled.load())
        return snapshot;
    snapshot.byName.reserve(snapshot.items.size());
    for (auto &[id, item] : snapshot.items)
        snapshot.byName.push_back(&item);
    std::sort(snapshot.byName.begin(), snapshot.byName.end(), &EnterpriseRegisterSnapshot::nameLess);
    snapshot.complete = true;
    return snapshot;
}

} // namespace gridsafe
