// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <utility>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace OpsDeck {

/// A worker QObject on a thread of its own, for owners (the runners) whose
/// network and store work must stay off their thread. The worker is
/// constructed on the owner's thread, then moved to the new thread, used
/// there only through post(), and deleted there when the thread stops.
///
/// Owned by value by its owner, whose destructor stops it (quits the
/// thread's event loop and waits); the worker's destructor runs on the
/// worker thread.
template<typename Worker>
class WorkerThread final
{
public:
    template<typename... Args>
    explicit WorkerThread(const QString &name, Args &&...args)
        : m_worker(new Worker(std::forward<Args>(args)...))
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }

    ~WorkerThread() { stop(); }

    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    /// Runs @p f(worker) on the worker thread, in the order of the calls;
    /// dropped once the thread has stopped.
    template<typename F>
    void post(F &&f) const
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, f = std::forward<F>(f)]() mutable { f(*worker); }, Qt::QueuedConnection);
    }

    /// Quits the worker thread and waits for it; the worker is gone after.
    void stop()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    Worker *m_worker; ///< lives on m_thread, deleted there
};

/// Runs @p f on @p owner's thread (queued), unless @p owner is gone by
/// then: how a worker hands results back to the object that owns it.
template<typename F>
void postTo(QObject *owner, F &&f)
{
    QMetaObject::invokeMethod(owner, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace OpsDeck
