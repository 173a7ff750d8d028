// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

namespace OpsDeck::Icmp {

/// Which kind of socket the prober uses.
enum class SocketMode {
    Auto,     ///< datagram ("ping") sockets when allowed, else raw sockets, else the platform API
    Datagram, ///< SOCK_DGRAM/IPPROTO_ICMP: unprivileged, needs net.ipv4.ping_group_range (Linux)
    Raw,      ///< SOCK_RAW: needs root or CAP_NET_RAW
};

/// How one probe run treats every host.
struct ProbeOptions
{
    int count = 3;          ///< echo requests per host (>= 1)
    int intervalMs = 1000;  ///< between two requests to the same host
    int timeoutMs = 1000;   ///< an echo not answered within this is lost
    int payloadBytes = 56;  ///< ICMP data bytes (>= 16: a cookie and a sequence stamp)
    int sendGapUs = 0;      ///< pause between two sends of the run (0: as fast as the socket takes them)
};

/// Loss, latency and jitter of one host from the round-trip times of the
/// answered echoes, in the order they were sent.
struct EchoStatistics
{
    int sent = 0;
    int received = 0;
    double lossPercent = 0;  ///< 100 * (sent - received) / sent; 100 when nothing was sent
    double minMs = 0;
    double avgMs = 0;
    double maxMs = 0;
    double stddevMs = 0;     ///< population standard deviation of the RTTs
    double jitterMs = 0;     ///< mean absolute difference of consecutive RTTs (RFC 3550 without smoothing)

    [[nodiscard]] static EchoStatistics compute(int sent, const QList<double> &rttsMs);
};

/// What a probe run found out about one host.
struct ProbeResult
{
    QHostAddress address;
    EchoStatistics stats;
    QList<double> rttsMs;    ///< answered echoes, in send order
    QString error;           ///< why sending failed (e.g. "Network is unreachable"); empty otherwise

    [[nodiscard]] bool reachable() const { return stats.received > 0; }
};

using ProbeResults = QList<ProbeResult>;

} // namespace OpsDeck::Icmp

Q_DECLARE_METATYPE(OpsDeck::Icmp::ProbeResult)
