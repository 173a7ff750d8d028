// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QObject>
#include <QThread>

#include "backend/topology/graphlayout.h"

namespace OpsDeck::Topology {

/// Runs Graphviz layouts on a worker thread it owns ("opsdeck-topology-layout"),
/// one after the other. Every request ends in exactly one finished() signal
/// carrying its ticket: the layout, an error, or Cancelled.
///
/// Cancelling a request that has not started skips it; cancelling one that
/// is running lets gvLayout finish (it cannot be interrupted) and drops the
/// result, so finished() reports Cancelled at once and the stale layout never
/// arrives. sfdp and neato are bounded by LayoutOptions::maxIterations.
///
/// Lives on the thread that creates it (the GUI thread); the destructor
/// cancels everything, quits the worker and waits for it.
class TopologyLayouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyLayouter)

public:
    explicit TopologyLayouter(QObject *parent = nullptr);
    ~TopologyLayouter() override;

    /// Queues a layout; returns its ticket (never 0).
    quint64 requestLayout(const TopologyGraph &graph, const LayoutOptions &options);
    /// Cancels one request; finished(ticket, Cancelled) follows immediately.
    void cancel(quint64 ticket);
    void cancelAll();
    [[nodiscard]] bool isBusy() const { return !m_pending.isEmpty(); }
    /// The worker thread (for tests and diagnostics).
    [[nodiscard]] const QThread *workerThread() const { return &m_thread; }

signals:
    void finished(quint64 ticket, const OpsDeck::Result<OpsDeck::Topology::LayoutResult> &result);

private:
    void handleDone(quint64 ticket, const Result<LayoutResult> &result);

    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_pending;
    quint64 m_nextTicket = 1;
};

} // namespace OpsDeck::Topology

Q_DECLARE_METATYPE(OpsDeck::Result<OpsDeck::Topology::LayoutResult>)
