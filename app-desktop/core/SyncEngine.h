#pragma once
// Pulls the change feed into the replica page by page, each page in one transaction, and
// reports progress. A "changed" note during a pull schedules one more pull afterwards.
// Pipelined: the next page is asked for as soon as a page arrives, before it is written, so
// the server reads page N+1 while the replica writes page N. At most two pages are held.

#include "util/Result.h"

#include <QCborMap>
#include <QObject>

namespace gridsafe {

class Connection;
class Replica;

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Connection &connection, Replica &replica, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void pull();
    bool isPulling() const { return m_pulling; }

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const gridsafe::Error &error, bool ok);

private:
    void requestPage(qint64 since);
    void onPage(const Result<QCborMap> &reply);
    void fail(const Error &error);

    Connection &m_connection;
    Replica &m_replica;
    int m_pageSize = 2000;
    bool m_pulling = false;
    bool m_again = false;
    qint64 m_startSeq = 0;
    // Replies to requests of an abandoned pull (failed, or started again) are dropped.
    quint64 m_generation = 0;
};

} // namespace gridsafe
