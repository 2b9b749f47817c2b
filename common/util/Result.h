#pragma once
// Result<T>: a value or an Error, for functions that can fail (std::expected is C++23).

#include "util/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace gridsafe {

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{};

// For operations that return nothing but can fail.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

// The first of the rows a query found, or none: for lookups by a unique key.
template <typename List>
Result<std::optional<typename List::value_type>> firstOrNone(Result<List> rows)
{
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<typename List::value_type>();
    return std::optional(rows.value().first());
}

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace gridsafe
