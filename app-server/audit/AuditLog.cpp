#include "audit/AuditLog.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"
#include "sql/TransactionGuard.h"

#include <QCryptographicHash>
#include <QJsonArray>
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

QJsonValue redactedValue(const QJsonValue &value)
{
    if (value.isObject())
        return AuditLog::redacted(value.toObject());
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(redactedValue(item));
        return items;
    }
    return value;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock) :
    m_db(db),
    m_clock(clock),
    m_last(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")),
    m_insert(db,
             QStringLiteral("INSERT INTO audit_log (id, at, user_id, action, command_id, entity, entity_id, "
                            "detail, prev_hash, hash) VALUES (:id, :at, :user, :action, :command, :entity, "
                            ":entityId, :detail, :prev, :hash)"))
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QJsonObject AuditLog::redacted(const QJsonObject &json)
{
    QJsonObject result;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive))
            result.insert(it.key(), QStringLiteral("(redacted)"));
        else
            result.insert(it.key(), redactedValue(it.value()));
    }
    return result;
}

QString AuditLog::storable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (surrogate || QChar::isNonCharacter(codePoint))
            result.append(QChar(QChar::ReplacementCharacter));
        else
            result.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1));
    }
    return result;
}

Status AuditLog::append(const AuditEntry &entry)
{
    auto last = m_last.run();
    if (!last)
        return last.error();
    qint64 id = 1;
    QString previous = genesisHash();
    if (last.value()->next()) {
        id = last.value()->value(0).toLongLong() + 1;
        previous = last.value()->value(1).toString();
    }
    last.value()->finish();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString detail =
        storable(QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    const QString action = storable(entry.action);
    const QString commandId = storable(entry.commandId);
    const QString entity = storable(entry.entity);
    const QVariant userId = nullableId(entry.userId);
    const QVariant entityId = nullableId(entry.entityId);
    const QString hash = chainHash(previous, id, at, userId, action, commandId, entity, entityId, detail);
    return m_insert.exec({{QStringLiteral("id"), id},
                          {QStringLiteral("at"), at},
                          {QStringLiteral("user"), userId},
                          {QStringLiteral("action"), action},
                          {QStringLiteral("command"), commandId},
                          {QStringLiteral("entity"), entity},
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
    result.headHash = previous;
    auto head = runSql(m_db, QStringLiteral("SELECT id, hash FROM audit_head"));
    if (!head)
        return head.error();
    if (!head.value().next() || head.value().value(0).toLongLong() != result.entries
        || head.value().value(1).toString() != previous) {
        // Entries were cut off the end (or the head itself was tampered with).
        result.intact = false;
        result.firstBrokenId = result.entries + 1;
    }
    return result;
}

} // namespace gridsafe
