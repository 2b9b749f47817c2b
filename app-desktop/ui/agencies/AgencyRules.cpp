#include "ui/agencies/AgencyRules.h"

#include "domain/CommandName.h"

#include <QCborArray>
#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace gridsafe {

ContractStatus contractStatus(const ServiceContract &contract, const QString &today)
{
    if (today < contract.startsOn)
        return ContractStatus::Upcoming;
    if (today <= contract.lastDay())
        return ContractStatus::Active;
    return contract.terminatedOn.isEmpty() ? ContractStatus::Ended : ContractStatus::Terminated;
}

QString contractStatusText(const ServiceContract &contract, const QString &today)
{
    switch (contractStatus(contract, today)) {
    case ContractStatus::Upcoming:
        //: A contract whose period has not begun (未开始).
        return QCoreApplication::translate("AgencyRules", "Not yet started");
    case ContractStatus::Active:
        if (!contract.terminatedOn.isEmpty())
            //: 履行中，提前至 %1 终止
            return QCoreApplication::translate("AgencyRules", "Active, ends early on %1")
                .arg(contract.terminatedOn);
        //: 履行中
        return QCoreApplication::translate("AgencyRules", "Active");
    case ContractStatus::Ended:
        //: 已到期
        return QCoreApplication::translate("AgencyRules", "Ended");
    case ContractStatus::Terminated:
        break;
    }
    //: 已于 %1 提前终止
    return QCoreApplication::translate("AgencyRules", "Terminated on %1").arg(contract.terminatedOn);
}

QString periodText(const QString &from, const QString &to)
{
    //: A period of days, both included: "2026-01-01 至 2026-12-31".
    return QCoreApplication::translate("AgencyRules", "%1 – %2").arg(from, to);
}

QString contractPeriodText(const ServiceContract &contract)
{
    const QString period = periodText(contract.startsOn, contract.endsOn);
    if (contract.terminatedOn.isEmpty())
        return period;
    //: A contract's period and the day it was ended early: "…（%2 提前终止）".
    return QCoreApplication::translate("AgencyRules", "%1 (ended early on %2)")
        .arg(period, contract.terminatedOn);
}

bool periodsOverlap(const QString &aFrom, const QString &aTo, const QString &bFrom, const QString &bTo)
{
    // ISO dates compare as text.
    return aFrom <= bTo && aTo >= bFrom;
}

QList<ServiceContract> contractsBinding(const QList<ServiceContract> &contracts, qint64 agencyId,
                                        const QString &from, const QString &to)
{
    QList<ServiceContract> binding;
    for (const ServiceContract &contract : contracts) {
        if (contract.agencyId == agencyId && periodsOverlap(contract.startsOn, contract.lastDay(), from, to))
            binding.append(contract);
    }
    return binding;
}

QList<CoachingEngagement> engagementsOverlapping(const QList<CoachingEngagement> &engagements,
                                                 const ServiceContract &contract)
{
    QList<CoachingEngagement> overlapping;
    for (const CoachingEngagement &engagement : engagements) {
        if (engagement.agencyId == contract.agencyId && engagement.townId == contract.townId
            && periodsOverlap(engagement.startsOn, engagement.endsOn, contract.startsOn, contract.lastDay()))
            overlapping.append(engagement);
    }
    return overlapping;
}

QList<ServiceContract> contractsWithQueue(QList<ServiceContract> confirmed, qint64 townId,
                                          const QList<OutboxEntry> &queue, const QString &skipCommand)
{
    for (const OutboxEntry &entry : queue) {
        if (entry.state != OutboxEntry::State::Pending || entry.commandId == skipCommand)
            continue;
        const QCborMap &args = entry.args;
        if (entry.name == QLatin1String(cmd::kContractCreate)
            && args.value(QStringLiteral("townId")).toInteger() == townId) {
            ServiceContract queued;
            queued.id = -entry.seq;
            queued.townId = townId;
            queued.agencyId = args.value(QStringLiteral("agencyId")).toInteger();
            queued.startsOn = args.value(QStringLiteral("startsOn")).toString();
            queued.endsOn = args.value(QStringLiteral("endsOn")).toString();
            queued.scope = args.value(QStringLiteral("scope")).toString();
            for (const QCborValue &grid : args.value(QStringLiteral("gridIds")).toArray())
                queued.gridIds.append(grid.toInteger());
            confirmed.append(queued);
        } else if (entry.name == QLatin1String(cmd::kContractTerminate)) {
            const qint64 id = args.value(QStringLiteral("contractId")).toInteger();
            for (ServiceContract &contract : confirmed) {
                if (contract.id == id && contract.terminatedOn.isEmpty())
                    contract.terminatedOn = args.value(QStringLiteral("terminatedOn")).toString();
            }
        }
    }
    return confirmed;
}

QList<Agency> rankedAgencies(QList<Agency> agencies)
{
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(agencies.begin(), agencies.end(), [&chinese](const Agency &a, const Agency &b) {
        if (a.growthValue.has_value() != b.growthValue.has_value())
            return a.growthValue.has_value();
        if (a.growthValue != b.growthValue)
            return *a.growthValue > *b.growthValue;
        const int order = chinese.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return agencies;
}

QList<int> growthRanks(const QList<Agency> &ranked)
{
    QList<int> ranks;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (!ranked.at(i).growthValue)
            ranks.append(0);
        else if (i > 0 && ranked.at(i - 1).growthValue == ranked.at(i).growthValue)
            ranks.append(ranks.last()); // a tie shares the rank
        else
            ranks.append(int(i) + 1);
    }
    return ranks;
}

QString growthValueText(const Agency &agency)
{
    if (!agency.growthValue)
        //: An agency without a growth value (成长值) on the city's list: 未评分.
        return QCoreApplication::translate("AgencyRules", "Not scored");
    //: A growth value and the day it was scored: "892（2026-01-05）".
    return QCoreApplication::translate("AgencyRules", "%1 (%2)")
        .arg(*agency.growthValue)
        .arg(agency.growthValueOn);
}

Status checkServicePeriod(const QDate &from, const QDate &to)
{
    if (to < from)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("AgencyRules", "The end date must be on or after the start date."));
    if (to > from.addYears(kMaxServiceYears))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "AgencyRules", "The period may last at most %1 years: end it on %2 or earlier.")
                             .arg(kMaxServiceYears)
                             .arg(from.addYears(kMaxServiceYears).toString(Qt::ISODate)));
    return success();
}

} // namespace gridsafe
