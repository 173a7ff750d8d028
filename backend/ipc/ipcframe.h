// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "backend/core/result.h"

namespace OpsDeck::Ipc {

/// Wire constants of the service protocol: each message is a 4-byte
/// big-endian length followed by that many bytes of a UTF-8 JSON object in
/// JSON-RPC 2.0 shape. The first request must be "hello" with the protocol
/// version and the per-user token.
inline constexpr int ProtocolVersion = 1;
inline constexpr qint64 DefaultMaxFrameBytes = 4 * 1024 * 1024;

/// JSON-RPC error codes used by the service.
enum class RpcError {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    Internal = -32603,
    Unauthorized = -32001,
    FrameTooLarge = -32002,
    Failed = -32010, ///< the method ran and failed; data.code names the ErrorCode
};

/// Length prefix + compact JSON.
[[nodiscard]] QByteArray encodeFrame(const QJsonObject &message);

/// Splits a byte stream into frames. Not thread-safe; one per connection.
class FrameReader final
{
public:
    explicit FrameReader(qint64 maxFrameBytes = DefaultMaxFrameBytes) : m_max(maxFrameBytes) {}

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    /// The next complete frame's payload, or nothing yet. Sets tooLarge()
    /// (and returns nothing) when a length prefix exceeds the limit.
    [[nodiscard]] std::optional<QByteArray> next();
    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }
    /// True while part of a frame has arrived but not all of it.
    [[nodiscard]] bool hasPartialFrame() const { return !m_buffer.isEmpty(); }
    [[nodiscard]] qint64 declaredSize() const { return m_declared; }

private:
    QByteArray m_buffer;
    qint64 m_max;
    qint64 m_declared = 0;
    bool m_tooLarge = false;
};

/// The name an error's ErrorCode travels under (error.data.code), and back;
/// every code has one, so a client sees the code the service's handler
/// returned (a wrong passphrase stays WrongPassphrase, a locked vault Locked).
[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(const QString &name);

} // namespace OpsDeck::Ipc
