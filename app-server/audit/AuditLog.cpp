#include "audit/AuditLog.h"

#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

namespace {

QString chainHash(const QString &previous, qint64 id, const QString &at, const QVariant &userId,
                  const QString &action, const QString &commandId, const QString &entity,
                  const QVariant &entityId, const QString &detail)
{
    // Fields joined with a separator that cannot occur in them unescaped (JSON escapes \u001f).
    const QChar sep(0x1f);
    const QString canonical = previous + sep + QString::number(id) + sep + at + sep
                              + (userId.isNull() ? QString() : userId.toString()) + sep + action + sep
                              + commandId + sep + entity + sep
                              + (entityId.isNull() ? QString() : entityId.toString()) + sep + detail;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Status AuditLog::append(const AuditEntry &entry)
{
    auto last = runSql(m_db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 id = 1;
    QString previous = genesisHash();
    if (last.value().next()) {
        id = last.value().value(0).toLongLong() + 1;
        previous = last.value().value(1).toString();
    }
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString detail = QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QVariant userId = nullableId(entry.userId);
    const QVariant entityId = nullableId(entry.entityId);
    const QString hash =
        chainHash(previous, id, at, userId, entry.action, entry.commandId, entry.entity, entityId, detail);
    return execSql(m_db,
                   QStringLiteral("INSERT INTO audit_log (id, at, user_id, action, command_id, entity, "
                                  "entity_id, detail, prev_hash, hash) VALUES (:id, :at, :user, "
                                  ":action, :command, :entity, :entityId, :detail, :prev, :hash)"),
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("user"), userId},
                    {QStringLiteral("action"), entry.action},
                    {QStringLiteral("command"), entry.commandId},
                    {QStringLiteral("entity"), entry.entity},
                    {QStringLiteral("entityId"), entityId},
                    {QStringLiteral("detail"), detail},
                    {QStringLiteral("prev"), previous},
                    {QStringLiteral("hash"), hash}});
}

Status AuditLog::appendAlone(const AuditEntry &entry)
{
    TransactionGuard transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status appended = append(entry); !appended)
        return appended;
    return transaction.commit();
}

Result<AuditVerification> AuditLog::verify() const
{
    auto query = runSql(m_db, QStringLiteral("SELECT id, at, user_id, action, command_id, entity, "
                                             "entity_id, detail, prev_hash, hash FROM audit_log "
                                             "ORDER BY id"));
    if (!query)
        return query.error();
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expectedId = 1;
    QSqlQuery &rows = query.value();
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString expected = chainHash(previous, id, rows.value(1).toString(), rows.value(2),
                                           rows.value(3).toString(), rows.value(4).toString(),
                                           rows.value(5).toString(), rows.value(6), rows.value(7).toString());
        if (id != expectedId || rows.value(8).toString() != previous
            || rows.value(9).toString() != expected) {
            result.intact = false;
            result.firstBrokenId = id;
            return result;
        }
        previous = rows.value(9).toString();
        ++expectedId;
        ++result.entries;
    }
    return result;
}

} // namespace gridsafe
