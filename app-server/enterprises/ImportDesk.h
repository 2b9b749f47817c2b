#pragma once
// import.begin, import.upload, import.status, import.check, import.problems, import.cancel:
// the staging of an enterprise import (docs/PROTOCOL.md §6.8). The client uploads the rows it
// read from the user's file in chunks far below the frame cap; a chunk sent again replaces
// the same rows, so an interrupted upload resumes where the server's count says. The check
// is the dry run. Nothing here touches the register: enterprise.import commits.

#include "domain/Actor.h"
#include "enterprises/ImportJobRepository.h"
#include "enterprises/ImportLimits.h"
#include "util/Result.h"

#include <QCborMap>

namespace gridsafe {

class Clock;
class Database;
class RequestRegistry;

class ImportDesk
{
public:
    ImportDesk(Database &database, const Clock &clock, const ImportLimits &limits) :
        m_database(database),
        m_clock(clock),
        m_limits(limits)
    {}

    // Adds the import.* requests, served by one desk.
    static void registerRequests(RequestRegistry &registry, Database &database, const Clock &clock,
                                 const ImportLimits &limits);

    Result<QCborMap> begin(const Actor &actor, const QCborMap &body);
    Result<QCborMap> upload(const Actor &actor, const QCborMap &body);
    Result<QCborMap> status(const Actor &actor, const QCborMap &body);
    Result<QCborMap> check(const Actor &actor, const QCborMap &body);
    Result<QCborMap> problems(const Actor &actor, const QCborMap &body);
    Result<QCborMap> cancel(const Actor &actor, const QCborMap &body);

private:
    QString now() const;
    Status mayImport(const Actor &actor) const;
    Result<ImportJob> ownJob(const Actor &actor, const QCborMap &body) const;

    Database &m_database;
    const Clock &m_clock;
    ImportLimits m_limits;
};

} // namespace gridsafe
