// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

#include <QList>
#include <QObject>

#include "backend/core/result.h"
#include "backend/icmp/icmptypes.h"

class QThread;

namespace OpsDeck::Icmp {

/// Availability, latency, loss and jitter of many hosts at once. Probe runs
/// go in from the owner's thread; one finished() per run comes back on it.
/// Owns one thread ("IcmpProber") running an IcmpEngine over non-blocking
/// sockets (or the Windows ICMP API), so thousands of hosts are probed in
/// parallel. The socket is opened on first use in the chosen mode; when no
/// ICMP mechanism is available every run finishes with ErrorCode::Unsupported
/// and a detail naming what to change.
///
/// Thread: create and use it on a thread with an event loop; the destructor
/// cancels pending runs (they get no signal) and joins its thread.
class IcmpProber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IcmpProber)

public:
    explicit IcmpProber(SocketMode mode = SocketMode::Auto, QObject *parent = nullptr);
    ~IcmpProber() override;

    /// Starts a probe run; returns the id that finished() carries. Results
    /// come in the order of `hosts`.
    quint64 probe(const QList<QHostAddress> &hosts, const ProbeOptions &options = {});

    /// Runs submitted and not finished yet.
    [[nodiscard]] int pendingCount() const { return m_pending.load(); }

    /// Opens and closes a transport in `mode` on the calling thread: the
    /// mechanism ("datagram", "raw", "windows-icmp") or why none is available.
    [[nodiscard]] static Result<QString> checkAvailability(SocketMode mode = SocketMode::Auto);

signals:
    void finished(quint64 runId, const OpsDeck::Result<OpsDeck::Icmp::ProbeResults> &result);

private:
    struct Submission
    {
        quint64 id;
        QList<QHostAddress> hosts;
        ProbeOptions options;
    };
    void run();

    SocketMode m_mode;
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Submission> m_incoming;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_pending{0};
    quint64 m_nextId = 1;
};

} // namespace OpsDeck::Icmp

Q_DECLARE_METATYPE(OpsDeck::Result<OpsDeck::Icmp::ProbeResults>)
