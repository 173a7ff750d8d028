// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QList>

#include "backend/core/result.h"
#include "backend/icmp/icmptypes.h"

namespace OpsDeck::Icmp {

class IcmpTransport;

/// Probes any number of hosts at once over one transport: schedules the
/// echo requests of every run, matches replies by sequence number, source
/// address and a per-engine cookie in the payload, times out what is not
/// answered and reports loss, latency and jitter per host.
///
/// Not a QObject and not thread-safe: create it, submit runs and call
/// process() on one thread (IcmpProber runs one on its own thread). Every
/// submitted run ends in exactly one call of its callback, from inside
/// process() or cancelAll(), never from submit().
class IcmpEngine final
{
public:
    using Callback = std::function<void(Result<ProbeResults>)>;

    /// Takes over `transport`; when it is null, every run fails with `openError`.
    IcmpEngine(std::unique_ptr<IcmpTransport> transport, Error openError = {});
    ~IcmpEngine(); ///< cancels what is still pending
    IcmpEngine(const IcmpEngine &) = delete;
    IcmpEngine &operator=(const IcmpEngine &) = delete;

    /// Opens the platform transport in `mode` (the error is kept for the runs).
    [[nodiscard]] static std::unique_ptr<IcmpEngine> open(SocketMode mode);

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] const Error &openError() const;
    /// "datagram", "raw", "windows-icmp"; empty when not open.
    [[nodiscard]] QString mechanism() const;

    void submit(const QList<QHostAddress> &hosts, const ProbeOptions &options, Callback done);
    /// Runs not yet completed.
    [[nodiscard]] int pending() const;
    /// Sends what is due, waits up to `maxWaitMs` for replies, expires what
    /// timed out and completes finished runs.
    void process(int maxWaitMs);
    /// Runs process() until nothing is pending or `budgetMs` runs out.
    void runUntilIdle(int budgetMs);
    /// Completes every pending run with ErrorCode::Cancelled.
    void cancelAll();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace OpsDeck::Icmp
