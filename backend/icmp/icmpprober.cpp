// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/icmp/icmpprober.h"

#include <QThread>

#include "backend/icmp/icmpengine.h"
#include "backend/icmp/icmptransport.h"

namespace OpsDeck::Icmp {

IcmpProber::IcmpProber(SocketMode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    qRegisterMetaType<OpsDeck::Result<OpsDeck::Icmp::ProbeResults>>();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("IcmpProber"));
    m_thread->start();
}

IcmpProber::~IcmpProber()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 IcmpProber::probe(const QList<QHostAddress> &hosts, const ProbeOptions &options)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    {
        std::lock_guard lock(m_mutex);
        m_incoming.push_back(Submission{id, hosts, options});
    }
    m_wake.notify_one();
    return id;
}

Result<QString> IcmpProber::checkAvailability(SocketMode mode)
{
    auto transport = createIcmpTransport(mode);
    if (!transport)
        return transport.error();
    return transport.value()->mechanism();
}

void IcmpProber::run()
{
    std::unique_ptr<IcmpEngine> engine;
    while (true) {
        std::vector<Submission> batch;
        {
            std::unique_lock lock(m_mutex);
            if (!engine || engine->pending() == 0)
                m_wake.wait(lock, [this] { return m_stop.load() || !m_incoming.empty(); });
            if (m_stop)
                break;
            batch.swap(m_incoming);
        }
        if (!engine && !batch.empty())
            engine = IcmpEngine::open(m_mode);
        for (Submission &s : batch) {
            const quint64 id = s.id;
            engine->submit(s.hosts, s.options, [this, id](Result<ProbeResults> result) {
                if (m_stop)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this, id, result = std::move(result)] {
                        --m_pending;
                        emit finished(id, result);
                    },
                    Qt::QueuedConnection);
            });
        }
        // Short waits keep new submissions from queueing behind a long poll.
        engine->process(10);
    }
    if (engine)
        engine->cancelAll();
}

} // namespace OpsDeck::Icmp
