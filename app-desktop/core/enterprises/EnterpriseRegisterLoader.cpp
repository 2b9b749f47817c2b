#include "core/enterprises/EnterpriseRegisterLoader.h"

#include <QSqlDatabase>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace gridsafe {

struct EnterpriseRegisterLoader::Job
{
    std::atomic<bool> cancelled = false;
    EnterpriseRegisterSnapshot snapshot;
    QThread *thread = nullptr;
};

namespace {

EnterpriseRegisterSnapshot readOnOwnConnection(const QString &path, std::optional<qint64> townId,
                                               const std::atomic<bool> &cancelled)
{
    const QString name =
        QStringLiteral("register-load-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    EnterpriseRegisterSnapshot snapshot;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Read-only, and waiting out the window's writes rather than failing on them.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            snapshot = EnterpriseRegisterSnapshot::read(db, townId, cancelled);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return snapshot;
}

} // namespace

EnterpriseRegisterLoader::EnterpriseRegisterLoader(QObject *parent) : QObject(parent)
{}

EnterpriseRegisterLoader::~EnterpriseRegisterLoader()
{
    for (const std::shared_ptr<Job> &job : m_running) {
        job->cancelled = true;
        job->thread->wait();
        delete job->thread;
    }
}

void EnterpriseRegisterLoader::start(const QString &replicaPath, std::optional<qint64> townId)
{
    cancel();
    auto job = std::make_shared<Job>();
    Job *raw = job.get();
    job->thread = QThread::create([raw, replicaPath, townId] {
        raw->snapshot = readOnOwnConnection(replicaPath, townId, raw->cancelled);
    });
    connect(job->thread, &QThread::finished, this, [this, job] { onJobFinished(job); });
    m_current = job;
    m_running.push_back(job);
    job->thread->start(QThread::LowPriority);
}

void EnterpriseRegisterLoader::cancel()
{
    if (m_current)
        m_current->cancelled = true;
    m_current.reset();
}

EnterpriseRegisterSnapshot EnterpriseRegisterLoader::takeSnapshot()
{
    return std::exchange(m_finished, EnterpriseRegisterSnapshot{});
}

void EnterpriseRegisterLoader::onJobFinished(const std::shared_ptr<Job> &job)
{
    m_running.erase(std::remove(m_running.begin(), m_running.end(), job), m_running.end());
    job->thread->deleteLater();
    if (job != m_current)
        return; // abandoned: a newer load is under way
    m_current.reset();
    m_finished = std::move(job->snapshot);
    Q_EMIT loaded();
}

} // namespace gridsafe
