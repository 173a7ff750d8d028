// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

#include <QObject>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/snmp/snmpengine.h"
#include "backend/snmp/snmptypes.h"

class QThread;

namespace OpsDeck::Snmp {

/// Asynchronous SNMP requests for any number of agents: requests go in from
/// the owner's thread, one finished() signal per request comes back on it.
/// Owns one poller thread ("SnmpPoller") running an SnmpEngine, so many
/// requests are in flight at once; the agent's limits (timeout, retries,
/// in-flight, rate) come with each SnmpTarget.
///
/// Thread: create and use it on a thread with an event loop; the destructor
/// cancels what is pending (those requests get no signal) and joins the thread.
class SnmpPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpPoller)

public:
    explicit SnmpPoller(QObject *parent = nullptr);
    ~SnmpPoller() override;

    /// Each returns the request id that finished() carries.
    quint64 get(const SnmpTarget &target, const QStringList &oids);
    quint64 getNext(const SnmpTarget &target, const QStringList &oids);
    quint64 walk(const SnmpTarget &target, const QString &rootOid);
    quint64 request(const SnmpTarget &target, Operation operation, const QStringList &oids);

    /// Requests submitted and not finished yet.
    [[nodiscard]] int pendingCount() const { return m_pending.load(); }

signals:
    void finished(quint64 requestId, const OpsDeck::Result<OpsDeck::Snmp::VarBindList> &result);

private:
    struct Submission
    {
        quint64 id;
        SnmpTarget target;
        Operation operation;
        QStringList oids;
    };
    void run();

    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Submission> m_incoming;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_pending{0};
    quint64 m_nextId = 1;
};

} // namespace OpsDeck::Snmp

Q_DECLARE_METATYPE(OpsDeck::Result<OpsDeck::Snmp::VarBindList>)
