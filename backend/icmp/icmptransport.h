// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include "backend/core/result.h"
#include "backend/icmp/icmptypes.h"

namespace OpsDeck::Icmp {

/// One echo reply as the platform delivered it.
struct EchoReply
{
    QHostAddress from;
    quint16 sequence = 0;
    QByteArray payload;       ///< the echoed data
    qint64 receivedWallNs = 0; ///< system clock (ns since the epoch) when it arrived
    double osRttMs = -1;      ///< round trip measured by the OS (Windows), else -1
};

/// What became of one send.
enum class SendOutcome { Sent, WouldBlock, Failed };

/// The platform side of the prober: sends echo requests and hands back
/// replies, without blocking longer than asked. Single-threaded.
class IcmpTransport
{
public:
    virtual ~IcmpTransport() = default;

    /// "datagram", "raw" or "windows-icmp"
    [[nodiscard]] virtual QString mechanism() const = 0;
    /// Sends one echo request; on Failed, `error` says why.
    [[nodiscard]] virtual SendOutcome send(const QHostAddress &to, quint16 sequence, const QByteArray &payload,
                                           int timeoutMs, QString *error) = 0;
    /// Waits up to `maxWaitMs` (0: not at all) for replies and appends what
    /// arrived to `out`; returns how many were appended.
    virtual int receive(std::vector<EchoReply> &out, int maxWaitMs) = 0;
};

/// Opens the platform's transport in `mode`; ErrorCode::Unsupported, naming
/// what to change (the sysctl, the capability), when it cannot.
[[nodiscard]] Result<std::unique_ptr<IcmpTransport>> createIcmpTransport(SocketMode mode);

} // namespace OpsDeck::Icmp
