#pragma once

#include <QString>

#include <optional>
#include <utility>

// Error is a value: what went wrong, translated and precise enough to show a user.
struct Error
{
    enum class Code {
        Invalid, // the input breaks a rule; nothing was changed
        NotFound, // the lead (or its resume) does not exist
        Conflict, // someone else changed the record first
        Database, // the database refused or failed
        Io, // a file could not be read or written
    };

    Code code = Code::Database;
    QString message;
};

// The outcome of an operation that yields a T or an Error (std::expected is C++23).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that yield nothing but may fail.
struct Done
{
};
using VoidResult = Result<Done>;
