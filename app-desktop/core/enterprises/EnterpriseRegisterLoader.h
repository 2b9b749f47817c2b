#pragma once
// Reads a large register off the window's thread: a worker opens its own read-only
// connection to the replica file (WAL lets it read while the window's connection writes),
// builds the snapshot and hands it back with loaded(). Starting again abandons the load
// under way; destroying the loader cancels its workers and waits for them, which takes at
// most one row each.

#include "core/enterprises/EnterpriseRegisterSnapshot.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace gridsafe {

class EnterpriseRegisterLoader : public QObject
{
    Q_OBJECT

public:
    explicit EnterpriseRegisterLoader(QObject *parent = nullptr);
    ~EnterpriseRegisterLoader() override;

    void start(const QString &replicaPath, std::optional<qint64> townId);
    // Abandons the load under way, if any; loaded() will not follow.
    void cancel();
    bool isLoading() const { return m_current != nullptr; }
    // The finished load's snapshot; call once after loaded().
    EnterpriseRegisterSnapshot takeSnapshot();

Q_SIGNALS:
    void loaded();

private:
    struct Job;
    void onJobFinished(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_current;
    std::vector<std::shared_ptr<Job>> m_running; // abandoned ones included, until their thread ends
    EnterpriseRegisterSnapshot m_finished;
};

} // namespace gridsafe
