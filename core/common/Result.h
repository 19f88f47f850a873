#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lianxin {

// Why an operation was refused: the field it concerns (a stable key such as "id_number", or empty for
// the record as a whole) and a translated message fit to show the user.
struct Error
{
    QString field;
    QString message;
};

// A value or an Error. Core never shows a dialog; callers decide how to present the message.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// The outcome of a Result without its value.
template <typename T>
Status toStatus(const Result<T> &result)
{
    return result ? Status{} : Status{result.error()};
}

} // namespace lianxin
