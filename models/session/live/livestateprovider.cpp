// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/live/livestateprovider.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcLive, "opsdeck.live")

namespace OpsDeck::Models {

/// Owns the connections; lives on the provider's thread.
class LiveStateWorker final : public QObject
{
public:
    LiveStateWorker(LiveStateProvider::StoreOpener storeOpener, LiveStateProvider::MetricOpener metricOpener)
        : m_storeOpener(std::move(storeOpener))
        , m_metricOpener(std::move(metricOpener))
    {
    }

    Result<LiveSnapshot> read(const QList<qint64> &deviceIds, qint64 nowMs, const LiveStateOptions &options)
    {
        if (!m_store) {
            auto store = m_storeOpener();
            if (!store)
                return store.error();
            m_store = std::move(*store);
        }
        if (!m_metrics) {
            auto metrics = m_metricOpener();
            if (!metrics)
                return metrics.error();
            m_metrics = std::move(*metrics);
        }
        QList<LiveDeviceInput> inputs;
        inputs.reserve(deviceIds.size());
        for (qint64 id : deviceIds) {
            auto interfaces = m_store->interfaces(id);
            if (!interfaces)
                return interfaces.error();
            inputs << LiveDeviceInput{id, *interfaces};
        }
        return readLiveState(*m_metrics, inputs, nowMs, options);
    }

private:
    LiveStateProvider::StoreOpener m_storeOpener;
    LiveStateProvider::MetricOpener m_metricOpener;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Metrics::MetricStore> m_metrics;
};

LiveStateProvider::LiveStateProvider(StoreOpener storeOpener, MetricOpener metricOpener, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new LiveStateWorker(std::move(storeOpener), std::move(metricOpener)))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<LiveSnapshot>();
    m_thread->setObjectName(QStringLiteral("LiveStateProvider"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveStateProvider::refresh);
}

std::unique_ptr<LiveStateProvider> LiveStateProvider::forSqlite(const QString &storePath, const QString &metricsPath,
                                                                QObject *parent)
{
    return std::make_unique<LiveStateProvider>([storePath] { return Store::Store::openSqlite(storePath); },
                                               [metricsPath] { return Metrics::MetricStore::openSqlite(metricsPath); },
                                               parent);
}

LiveStateProvider::~LiveStateProvider()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LiveStateProvider::setDevices(const QList<qint64> &deviceIds)
{
    m_devices = deviceIds;
    if (m_intervalMs > 0 && !m_timer.isActive())
        m_timer.start();
    refresh();
}

void LiveStateProvider::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (m_intervalMs == 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(m_intervalMs);
    if (!m_devices.isEmpty())
        m_timer.start();
}

void LiveStateProvider::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    start();
}

void LiveStateProvider::start()
{
    m_busy = true;
    m_again = false;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, ids = m_devices, now = m_clock(),
                                         options = m_options] {
        const Result<LiveSnapshot> result = worker->read(ids, now, options);
        // Dropped by Qt when the provider is gone by then.
        QMetaObject::invokeMethod(this, [this, result] { handleResult(result); }, Qt::QueuedConnection);
    });
}

void LiveStateProvider::handleResult(const Result<LiveSnapshot> &result)
{
    m_busy = false;
    if (result) {
        emit snapshotReady(*result);
    } else {
        qCWarning(lcLive) << "reading the live state failed:" << result.error().toString();
        emit errorOccurred(result.error());
    }
    if (m_again)
        start();
}

} // namespace OpsDeck::Models
