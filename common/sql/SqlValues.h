#pragma once
// Bind values for columns that may be NULL: a typed NULL, so SQLite stores NULL rather
// than an empty string or zero.

#include <QString>
#include <QVariant>

#include <optional>

namespace gridsafe {

QVariant nullableId(const std::optional<qint64> &id);
QVariant nullableText(const std::optional<QString> &text);
QVariant nullableReal(const std::optional<double> &value);

} // namespace gridsafe
