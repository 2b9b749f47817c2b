#include "protocol/FieldReader.h"

#include <cmath>

namespace gridsafe {

FieldReader::FieldReader(QCborMap map, QString context) : m_map(std::move(map)), m_context(std::move(context))
{}

FieldReader::FieldReader(QCborMap map, QString context, QSet<QString> *readKeys) :
    m_map(std::move(map)),
    m_context(std::move(context)),
    m_readKeys(readKeys)
{}

QCborValue FieldReader::take(const QString &key)
{
    if (m_readKeys)
        m_readKeys->insert(key);
    return m_map.value(key);
}

QString FieldReader::qualified(const QString &key) const
{
    return m_context.isEmpty() ? key : m_context + QLatin1Char('.') + key;
}

void FieldReader::fail(const QString &key, const QString &expected)
{
    if (m_error)
        return;
    const bool missing = !m_map.contains(key);
    m_error =
        Error{ErrorCode::BadMessage,
              missing ? QStringLiteral("field '%1' is missing (expected %2)").arg(qualified(key), expected)
                      : QStringLiteral("field '%1' must be %2").arg(qualified(key), expected)};
}

QString FieldReader::text(const QString &key)
{
    const QCborValue value = take(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("a text string"));
        return {};
    }
    return value.toString();
}

std::optional<QString> FieldReader::optionalText(const QString &key)
{
    const QCborValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("a text string"));
        return std::nullopt;
    }
    return value.toString();
}

qint64 FieldReader::integer(const QString &key)
{
    const QCborValue value = take(key);
    if (!value.isInteger()) {
        fail(key, QStringLiteral("an integer"));
        return 0;
    }
    return value.toInteger();
}

std::optional<qint64> FieldReader::optionalInteger(const QString &key)
{
    const QCborValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isInteger()) {
        fail(key, QStringLiteral("an integer"));
        return std::nullopt;
    }
    return value.toInteger();
}

double FieldReader::number(const QString &key)
{
    const QCborValue value = take(key);
    if (value.isInteger())
        return double(value.toInteger());
    // NaN and infinities are no quantity a user meant.
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(key, QStringLiteral("a number"));
        return 0;
    }
    return value.toDouble();
}

bool FieldReader::boolean(const QString &key, bool fallback)
{
    const QCborValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("true or false"));
        return fallback;
    }
    return value.toBool();
}

QCborArray FieldReader::array(const QString &key)
{
    const QCborValue value = take(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("an array"));
        return {};
    }
    return value.toArray();
}

QCborMap FieldReader::map(const QString &key)
{
    const QCborValue value = take(key);
    if (!value.isMap()) {
        fail(key, QStringLiteral("a map"));
        return {};
    }
    return value.toMap();
}

QList<qint64> FieldReader::integerList(const QString &key)
{
    const QCborArray values = array(key);
    QList<qint64> result;
    result.reserve(values.size());
    for (const QCborValue &value : values) {
        if (!value.isInteger()) {
            fail(key, QStringLiteral("an array of integers"));
            return {};
        }
        result.append(value.toInteger());
    }
    return result;
}

} // namespace gridsafe
