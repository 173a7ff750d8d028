// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/snmppoller.h"

#include <QThread>

namespace OpsDeck::Snmp {

SnmpPoller::SnmpPoller(QObject *parent)
    : QObject(parent)
{
    SnmpEngine::initialiseLibrary();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("SnmpPoller"));
    m_thread->start();
}

SnmpPoller::~SnmpPoller()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 SnmpPoller::get(const SnmpTarget &target, const QStringList &oids)
{
    return request(target, Operation::Get, oids);
}

quint64 SnmpPoller::getNext(const SnmpTarget &target, const QStringList &oids)
{
    return request(target, Operation::GetNext, oids);
}

quint64 SnmpPoller::walk(const SnmpTarget &target, const QString &rootOid)
{
    return request(target, Operation::Walk, {rootOid});
}

quint64 SnmpPoller::request(const SnmpTarget &target, Operation operation, const QStringList &oids)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    {
        std::lock_guard lock(m_mutex);
        m_incoming.push_back(Submission{id, target, operation, oids});
    }
    m_wake.notify_one();
    return id;
}

void SnmpPoller::run()
{
    SnmpEngine engine;
    while (true) {
        std::vector<Submission> batch;
        {
            std::unique_lock lock(m_mutex);
            if (engine.pending() == 0)
                m_wake.wait(lock, [this] { return m_stop.load() || !m_incoming.empty(); });
            if (m_stop)
                break;
            batch.swap(m_incoming);
        }
        for (Submission &s : batch) {
            const quint64 id = s.id;
            engine.submit(s.target, s.operation, s.oids, [this, id](Result<VarBindList> result) {
                if (m_stop)
                    return;
                // Delivered on the owner's thread; --m_pending there keeps
                // pendingCount() in step with the signals already seen.
                QMetaObject::invokeMethod(
                    this,
                    [this, id, result = std::move(result)] {
                        --m_pending;
                        emit finished(id, result);
                    },
                    Qt::QueuedConnection);
            });
        }
        engine.process(10);
    }
    engine.cancelAll();
}

} // namespace OpsDeck::Snmp
