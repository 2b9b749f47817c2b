#pragma once
// Typed access to a message body. Remembers the first problem so a handler can read all
// fields and then answer one specific bad_message error.

#include "util/Error.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>
#include <QString>

#include <optional>

namespace gridsafe {

class FieldReader
{
public:
    explicit FieldReader(QCborMap map, QString context = {});
    // Also notes in `readKeys` every key asked for: a command's audit entry then holds the
    // arguments its handler read, not whatever else a client sent along.
    FieldReader(QCborMap map, QString context, QSet<QString> *readKeys);

    QString text(const QString &key);
    std::optional<QString> optionalText(const QString &key);
    qint64 integer(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    // An integer or a finite floating-point number.
    double number(const QString &key);
    bool boolean(const QString &key, bool fallback);
    QCborArray array(const QString &key);
    QCborMap map(const QString &key);
    // An array whose every element is an integer.
    QList<qint64> integerList(const QString &key);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    void fail(const QString &key, const QString &expected);
    QString qualified(const QString &key) const;
    QCborValue take(const QString &key);

    QCborMap m_map; // a copy (implicitly shared): safe with temporaries
    QString m_context;
    std::optional<Error> m_error;
    QSet<QString> *m_readKeys = nullptr;
};

} // namespace gridsafe
