// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>
#include <QVariantMap>

namespace OpsDeck {

/// What went wrong, as a code the upper layers translate into user text.
enum class ErrorCode {
    Unknown,
    InvalidInput,   ///< malformed data: JSON, config, a value out of range
    NotFound,       ///< a file, object or key that does not exist
    Io,             ///< reading or writing a file failed
    Database,       ///< the store refused a statement or could not be opened
    SchemaTooNew,   ///< the store was written by a newer OpsDeck
    Crypto,         ///< encryption/decryption failed (not a wrong passphrase)
    WrongPassphrase,
    Locked,         ///< the vault is locked
    Unsupported,    ///< the platform or build lacks what is needed
    Network,
    Timeout,
    Cancelled,
    Auth,
    Conflict,
};

/// A failure: a code, a technical detail (never containing a secret) and
/// optional context (file, key, url, device, oid, ...).
struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString detail;
    QVariantMap context;

    Error() = default;
    Error(ErrorCode c, QString d, QVariantMap ctx = {})
        : code(c)
        , detail(std::move(d))
        , context(std::move(ctx))
    {}

    /// The detail with its context appended, for logs and error dialogs.
    [[nodiscard]] QString toString() const;
};

/// A value or an Error. Backend functions that can fail return this; they
/// never throw across their public API.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace OpsDeck
