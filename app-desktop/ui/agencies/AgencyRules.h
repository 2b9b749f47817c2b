#pragma once
// 技术支撑 — the rules of the server's AgencyCommands (docs/PROTOCOL.md §11.11–11.13, §12.4
// agency.*, contract.*, engagement.create) the agencies page and its dialogs apply before
// anything is sent, and the questions they ask of contracts and engagements: which
// contract binds when, which engagement overlaps a contract (the exclusivity rule), how the
// register is ranked by growth value (成长值). The server checks again.

#include "core/Outbox.h"
#include "domain/Agency.h"
#include "domain/CoachingEngagement.h"
#include "domain/ServiceContract.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gridsafe {

inline constexpr int kMaxAgencyNameLength = 60;
inline constexpr int kMaxEnterpriseNameLength = 60;
inline constexpr int kMaxGrowthValue = 100000;
inline constexpr int kMaxServiceYears = 5;        // a contract's or an engagement's period
inline constexpr int kMaxServiceTextLength = 200; // scope, note, reason for ending

// A contract as the town sees it today (§11.12: it binds from startsOn to its last day).
enum class ContractStatus { Upcoming, Active, Ended, Terminated };
ContractStatus contractStatus(const ServiceContract &contract, const QString &today);
QString contractStatusText(const ServiceContract &contract, const QString &today);
// "2026-01-01 – 2026-12-31", with the early end when there is one.
QString contractPeriodText(const ServiceContract &contract);
QString periodText(const QString &from, const QString &to);

// Whether two periods of whole days ("yyyy-MM-dd", both ends included) share a day.
bool periodsOverlap(const QString &aFrom, const QString &aTo, const QString &bFrom, const QString &bTo);
// The contracts of `agencyId` that bind on a day from `from` to `to` (the contracts given
// are one town's).
QList<ServiceContract> contractsBinding(const QList<ServiceContract> &contracts, qint64 agencyId,
                                        const QString &from, const QString &to);
// The engagements of the contract's agency whose period shares a day with the contract's:
// what contract.create lists in its `overlaps`.
QList<CoachingEngagement> engagementsOverlapping(const QList<CoachingEngagement> &engagements,
                                                 const ServiceContract &contract);

// The town's contracts with the queued contract.create (id: minus the outbox position) and
// contract.terminate commands laid over, so a contract made offline counts at once.
// `skipCommand`: the refused command being corrected, which does not count.
QList<ServiceContract> contractsWithQueue(QList<ServiceContract> confirmed, qint64 townId,
                                          const QList<OutboxEntry> &queue, const QString &skipCommand = {});

// Highest growth value first, unscored last, then by name in pinyin order.
QList<Agency> rankedAgencies(QList<Agency> agencies);
// Competition ranks ("1, 2, 2, 4") of a ranked list; 0 for an unscored agency.
QList<int> growthRanks(const QList<Agency> &ranked);
// "892 (2026-01-05)", or "Not scored".
QString growthValueText(const Agency &agency);

// A period typed in a dialog: the end not before the start, at most kMaxServiceYears later.
Status checkServicePeriod(const QDate &from, const QDate &to);

} // namespace gridsafe
