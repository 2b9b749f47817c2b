#pragma once
// The client's local SQLite copy of what its user may see, filled from the change feed.
// Each pulled page is applied in one transaction together with the new sequence number,
// so a crash leaves the replica at a page boundary and the next pull resumes from there.
// The outbox lives in the same file. A change this version cannot read (an entity or a
// value from a newer server) is kept verbatim and applied when a newer version opens it.

#include "domain/Grid.h"
#include "domain/Region.h"
#include "domain/UserAccount.h"
#include "util/Result.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <unordered_map>

namespace gridsafe {

class PreparedStatement;

// The ids a sync wrote or removed, by entity: models update those rows only.
using ReplicaChanges = QHash<QString, QSet<qint64>>;

class Replica : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Replica>> open(const QString &path);
    ~Replica() override;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &path() const { return m_path; }

    qint64 lastSeq() const;
    QDateTime lastSyncAt() const;
    Status applyPage(const QCborArray &changes, qint64 last, const QDateTime &now);

    // The server database this replica was filled from (hello's databaseId). Another id
    // clears the replicated rows first, in the same transaction as taking the new id.
    QString databaseId() const;
    Status adoptDatabase(const QString &databaseId);
    // What the user may see ("role:town"): when it changes (a user moved to another town),
    // the rows of the old scope go, in the same way.
    Status adoptScope(const QString &scope);
    // The user as the server last described them (the login reply's "user"), so a session
    // resumed without the server opens as that user, offline.
    Status rememberUser(const QCborMap &user);
    std::optional<QCborMap> rememberedUser() const;
    // Forgets every replicated row and the sequence number, so the next pull starts from
    // zero; the outbox is kept (its commands are applied at most once by the server).
    Status reset();

    QList<Region> regions() const;
    std::optional<Region> region(qint64 id) const;
    // Grids of one town, active first, then by name.
    QList<Grid> grids(qint64 townId) const;
    std::optional<Grid> grid(qint64 id) const;
    // Accounts (administrators' replicas only), by user name.
    QList<UserAccount> users() const;

    static int schemaVersion();

Q_SIGNALS:
    void changed();
    // After each applied page (before changed()): which rows it touched.
    void entitiesChanged(const gridsafe::ReplicaChanges &changes);
    // Every replicated row went (a reset, another database or scope): reload everything.
    void cleared();

private:
    Replica(QString connectionName, QString path);
    // Applies one change, or holds it verbatim when this version cannot read it.
    Status writePage(const QCborArray &changes, qint64 last, const QDateTime &now);
    Status applyChange(const QCborMap &change);
    // True when applied; false when the entity or one of its values is unknown here.
    Result<bool> applyKnownChange(const QCborMap &change);
    Status applyHeldChanges();
    Status clearReplicatedRows();
    Status adopt(const QString &key, const QString &value);
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    // A statement that runs once per change of a page, prepared once while the replica is open.
    PreparedStatement &pageStatement(const QString &sql);

    QString m_connectionName;
    QString m_path;
    ReplicaChanges m_touched; // during applyPage
    std::unordered_map<QString, std::unique_ptr<PreparedStatement>> m_pageStatements;
};

} // namespace gridsafe
