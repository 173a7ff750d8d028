// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QStringList>

#include "backend/core/result.h"
#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Snmp {

/// What one engine request does.
enum class Operation {
    Get,     ///< GET of the listed OIDs (split into PDUs of at most 32 varbinds)
    GetNext, ///< one GETNEXT of the listed OIDs
    Walk,    ///< walk of the subtree under the first OID: GETBULK (v2c/v3) or GETNEXT (v1)
};

/// A single-threaded asynchronous SNMP engine over net-snmp's single-session
/// API: one session (socket) per agent, many requests in flight at once
/// across agents, per-agent in-flight limit and send rate limit, v3 engine
/// discovery done asynchronously (an unreachable agent never blocks others).
///
/// Not a QObject and not thread-safe: create it, submit requests and call
/// process() on one thread (SnmpPoller runs one on its own thread). Every
/// submitted request ends in exactly one call of its callback, from inside
/// process() or cancelAll(), never from submit().
class SnmpEngine final
{
public:
    using Callback = std::function<void(Result<VarBindList>)>;

    SnmpEngine();
    ~SnmpEngine(); ///< cancels what is still pending (callbacks run with Cancelled)
    SnmpEngine(const SnmpEngine &) = delete;
    SnmpEngine &operator=(const SnmpEngine &) = delete;

    /// Prepares net-snmp once per process: no MIB loading, no configuration
    /// or persistent files. Called by the constructor; idempotent.
    static void initialiseLibrary();

    void submit(const SnmpTarget &target, Operation operation, const QStringList &oids, Callback done);

    /// Requests not yet completed.
    [[nodiscard]] int pending() const;
    /// Sends what may be sent, waits up to `maxWaitMs` for answers and
    /// timeouts and runs the callbacks of what completed. Returns early
    /// after completing something.
    void process(int maxWaitMs);
    /// Runs process() until nothing is pending or `deadlineMs` (a steady
    /// clock budget from now) runs out.
    void runUntilIdle(int budgetMs);
    /// Completes every pending request with ErrorCode::Cancelled.
    void cancelAll();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace OpsDeck::Snmp
