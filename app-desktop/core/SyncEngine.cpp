#include "core/SyncEngine.h"

#include "core/Connection.h"
#include "core/Replica.h"
#include "protocol/MessageType.h"

#include <QCborArray>
#include <QDateTime>

namespace gridsafe {

SyncEngine::SyncEngine(Connection &connection, Replica &replica, QObject *parent) :
    QObject(parent),
    m_connection(connection),
    m_replica(replica)
{}

void SyncEngine::pull()
{
    if (m_pulling) {
        m_again = true;
        return;
    }
    m_pulling = true;
    m_again = false;
    m_startSeq = m_replica.lastSeq();
    Q_EMIT started();
    requestPage(m_replica.lastSeq());
}

void SyncEngine::requestPage(qint64 since)
{
    QCborMap body;
    body.insert(QStringLiteral("since"), since);
    body.insert(QStringLiteral("limit"), m_pageSize);
    m_connection.request(QString::fromLatin1(msg::kPull), body,
                         [this, generation = m_generation](const Result<QCborMap> &reply) {
                             if (generation == m_generation)
                                 onPage(reply);
                         });
}

void SyncEngine::onPage(const Result<QCborMap> &reply)
{
    if (!reply) {
        fail(reply.error());
        return;
    }
    const QCborMap &page = reply.value();
    const qint64 last = page.value(QStringLiteral("last")).toInteger();
    const qint64 head = page.value(QStringLiteral("head")).toInteger();
    const bool more = page.value(QStringLiteral("more")).toBool();
    if (head < m_replica.lastSeq()) {
        // The server is behind what we saw (restored from a backup): start again.
        ++m_generation; // a page asked for meanwhile belongs to the old history
        if (Status reset = m_replica.reset(); !reset) {
            fail(reset.error());
            return;
        }
        m_startSeq = 0;
        requestPage(0);
        return;
    }
    if (more)
        requestPage(last);
    if (Status applied = m_replica.applyPage(page.value(QStringLiteral("changes")).toArray(), last,
                                             QDateTime::currentDateTimeUtc());
        !applied) {
        fail(applied.error());
        return;
    }
    Q_EMIT progress(last - m_startSeq, std::max<qint64>(head - m_startSeq, 1));
    if (more)
        return; // the page asked for above carries on
    m_pulling = false;
    if (m_again) {
        pull();
        return;
    }
    Q_EMIT finished(Error{}, true);
}

void SyncEngine::fail(const Error &error)
{
    ++m_generation;
    m_pulling = false;
    Q_EMIT finished(error, false);
}

} // namespace gridsafe
