// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

class QDebug;

namespace OpsDeck::Vault {

/// A secret value (password, token, community string, private key bytes).
///
/// Copies share one immutable buffer that is wiped with sodium_memzero when
/// the last copy goes away. The value never prints itself: streaming it to
/// QDebug writes a redacted placeholder, and the content is only reachable
/// through the explicitly named reveal...() accessors. A plain value type,
/// safe to copy between threads.
class Secret final
{
public:
    Secret() = default;

    [[nodiscard]] static Secret fromBytes(QByteArrayView bytes);
    /// The text encoded as UTF-8.
    [[nodiscard]] static Secret fromString(QStringView text);

    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    [[nodiscard]] qsizetype size() const;

    /// The raw bytes, valid while this Secret (or a copy of it) lives.
    [[nodiscard]] QByteArrayView reveal() const;
    /// A copy in a QByteArray, for APIs that need one; that copy is not
    /// wiped, so keep its lifetime short.
    [[nodiscard]] QByteArray revealBytes() const;
    /// The bytes decoded as UTF-8 (same caveat as revealBytes()).
    [[nodiscard]] QString revealString() const;

    /// Constant-time comparison of the contents.
    [[nodiscard]] bool operator==(const Secret &other) const;

private:
    class Buffer;
    std::shared_ptr<const Buffer> m_buffer;
};

/// Writes "Secret(<redacted>)": the content never reaches a log.
QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace OpsDeck::Vault
