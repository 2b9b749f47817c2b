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
    requestPage();
}

void SyncEngine::requestPage()
{
    QCborMap body;
    body.insert(QStringLiteral("since"), m_replica.lastSeq());
    body.insert(QStringLiteral("limit"), m_pageSize);
    m_connection.request(QString::fromLatin1(msg::kPull), body, [this](const Result<QCborMap> &reply) {
        if (!reply) {
            m_pulling = false;
            Q_EMIT finished(reply.error(), false);
            return;
        }
        const QCborMap &page = reply.value();
        const qint64 last = page.value(QStringLiteral("last")).toInteger();
        const qint64 head = page.value(QStringLiteral("head")).toInteger();
        if (head < m_replica.lastSeq()) {
            // The server is behind what we saw (restored from a backup): start again.
            if (Status reset = m_replica.reset(); !reset) {
                m_pulling = false;
                Q_EMIT finished(reset.error(), false);
                return;
            }
            m_startSeq = 0;
            requestPage();
            return;
        }
        if (Status applied = m_replica.applyPage(page.value(QStringLiteral("changes")).toArray(), last,
                                                 QDateTime::currentDateTimeUtc());
            !applied) {
            m_pulling = false;
            Q_EMIT finished(applied.error(), false);
            return;
        }
        Q_EMIT progress(last - m_startSeq, std::max<qint64>(head - m_startSeq, 1));
        if (page.value(QStringLiteral("more")).toBool()) {
            requestPage();
            return;
        }
        m_pulling = false;
        if (m_again) {
            pull();
            return;
        }
        Q_EMIT finished(Error{}, true);
    });
}

} // namespace gridsafe
