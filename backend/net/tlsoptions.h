// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>
#include <QStringList>

class QNetworkReply;
class QNetworkRequest;

namespace OpsDeck::Net {

/// How a REST client trusts a server: system CAs with verification (the
/// default), plus an extra CA file, or certificate pinning, or no
/// verification at all (a lab with a self-signed certificate).
struct TlsOptions
{
    bool verify = true;
    QString caFile;           ///< extra CA certificates (PEM) trusted besides the system ones
    QStringList pinnedSha256; ///< accepted server certificate SHA-256 fingerprints (hex, any case)

    /// Sets the request's TLS configuration (verification mode, extra CAs) for
    /// an https URL; leaves other requests alone.
    void applyTo(QNetworkRequest &request) const;
    /// Whether the peer certificate of @p reply is one of the pinned ones.
    [[nodiscard]] bool isPinned(const QNetworkReply &reply) const;

    bool operator==(const TlsOptions &) const = default;
};

} // namespace OpsDeck::Net
