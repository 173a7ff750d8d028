// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/topologylayouter.h"

namespace OpsDeck::Topology {

TopologyLayouter::TopologyLayouter(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<OpsDeck::Result<OpsDeck::Topology::LayoutResult>>();
    m_thread.setObjectName(QStringLiteral("opsdeck-topology-layout"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

TopologyLayouter::~TopologyLayouter()
{
    for (const auto &flag : std::as_const(m_pending))
        flag->store(true);
    m_pending.clear();
    m_thread.quit();
    m_thread.wait();
}

quint64 TopologyLayouter::requestLayout(const TopologyGraph &graph, const LayoutOptions &options)
{
    const quint64 ticket = m_nextTicket++;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_pending.insert(ticket, flag);
    QMetaObject::invokeMethod(m_worker, [this, ticket, graph, options, flag] {
        Result<LayoutResult> result = GraphLayout::compute(graph, options, flag.get());
        if (flag->load())
            return; // cancelled: finished() was already emitted
        QMetaObject::invokeMethod(this, [this, ticket, result = std::move(result)] { handleDone(ticket, result); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

void TopologyLayouter::cancel(quint64 ticket)
{
    const auto flag = m_pending.take(ticket);
    if (!flag)
        return;
    flag->store(true);
    emit finished(ticket, Error(ErrorCode::Cancelled, QStringLiteral("layout cancelled")));
}

void TopologyLayouter::cancelAll()
{
    const QList<quint64> tickets = m_pending.keys();
    for (quint64 t : tickets)
        cancel(t);
}

void TopologyLayouter::handleDone(quint64 ticket, const Result<LayoutResult> &result)
{
    // A cancel that raced with the worker's final check already answered.
    if (!m_pending.remove(ticket))
        return;
    emit finished(ticket, result);
}

} // namespace OpsDeck::Topology
