// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/secret.h"

#include <cstring>

#include <sodium.h>

#include <QDebug>

namespace OpsDeck::Vault {

// Owns a plain heap block and wipes it on destruction. Secrets are small and
// may be numerous, so they are not placed in sodium_malloc'ed guarded pages
// (each such allocation costs several locked pages); the vault key is.
class Secret::Buffer
{
public:
    explicit Buffer(QByteArrayView bytes)
        : m_size(bytes.size())
        , m_data(new char[static_cast<size_t>(bytes.size())])
    {
        std::memcpy(m_data.get(), bytes.data(), static_cast<size_t>(m_size));
    }
    ~Buffer() { sodium_memzero(m_data.get(), static_cast<size_t>(m_size)); }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;

    [[nodiscard]] QByteArrayView view() const { return {m_data.get(), m_size}; }

private:
    qsizetype m_size;
    std::unique_ptr<char[]> m_data;
};

Secret Secret::fromBytes(QByteArrayView bytes)
{
    Secret secret;
    if (!bytes.isEmpty())
        secret.m_buffer = std::make_shared<const Buffer>(bytes);
    return secret;
}

Secret Secret::fromString(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    Secret secret = fromBytes(utf8);
    // The temporary encoding held the secret too.
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return secret;
}

qsizetype Secret::size() const
{
    return m_buffer ? m_buffer->view().size() : 0;
}

QByteArrayView Secret::reveal() const
{
    return m_buffer ? m_buffer->view() : QByteArrayView();
}

QByteArray Secret::revealBytes() const
{
    return reveal().toByteArray();
}

QString Secret::revealString() const
{
    return QString::fromUtf8(reveal());
}

bool Secret::operator==(const Secret &other) const
{
    const QByteArrayView a = reveal();
    const QByteArrayView b = other.reveal();
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    Q_UNUSED(secret)
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(<redacted>)";
    return debug;
}

} // namespace OpsDeck::Vault
