#pragma once
// One enterprise as the register's table holds it in memory: what it shows, filters and
// sorts by, and no more, so a hundred thousand fit in a few tens of megabytes. The full
// record (address, contacts, coordinates, risk report date) is read from the replica when
// one enterprise is opened.

#include "domain/Enterprise.h"

#include <QString>

#include <optional>

namespace gridsafe {

struct EnterpriseRow
{
    qint64 id = 0; // negative: created offline, waiting in the outbox
    qint64 townId = 0;
    std::optional<qint64> villageId;
    std::optional<qint64> gridId;
    QString creditCode;
    QString name;
    QString industry;
    bool direct = false;
    std::optional<KeySector> sector;
    std::optional<RiskLevel> riskLevel;
    EnterpriseScale scale = EnterpriseScale::Below;
    EnterpriseStatus status = EnterpriseStatus::Operating;
    // Known flags as bits in the order of knownFocusFlags(); kOtherFlag for a town's own.
    quint16 flags = 0;
    static constexpr quint16 kOtherFlag = 0x8000;

    PatrolCategory category() const;
    Supervision supervision() const;
    static EnterpriseRow from(const Enterprise &enterprise);
    static quint16 flagBits(const QStringList &flags);
};

} // namespace gridsafe
