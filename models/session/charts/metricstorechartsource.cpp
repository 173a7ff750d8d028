// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/charts/metricstorechartsource.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcCharts, "opsdeck.charts")

namespace OpsDeck::Models {

namespace {

QString cacheKey(const Domain::SeriesKey &key)
{
    return key.device + QChar(0x1f) + key.object + QChar(0x1f) + key.metric;
}

} // namespace

/// Runs the queries on the source's worker thread; owns the store connection there.
class MetricStoreQueryWorker final : public QObject
{
public:
    explicit MetricStoreQueryWorker(MetricStoreChartSource::Opener opener)
        : m_opener(std::move(opener))
    {}

    ChartHistory run(ChartHistory request)
    {
        Metrics::MetricStore *store = open(&request);
        if (!store)
            return request;
        // Looked up, never created: a chart of nothing must not add a series.
        const auto id = store->findSeriesId(request.key);
        if (!id.ok())
            return fail(request, id.error());
        if (!*id)
            return request; // no samples
        Result<QList<Metrics::MetricPoint>> points = store->query(**id, request.fromMs, request.toMs, request.resolution);
        if (!points.ok())
            return fail(request, points.error());
        request.points = std::move(points).value();
        return request;
    }

    void close() { m_store.reset(); }

private:
    static ChartHistory fail(ChartHistory request, const Error &error)
    {
        request.failed = true;
        request.error = error;
        return request;
    }

    Metrics::MetricStore *open(ChartHistory *request)
    {
        if (m_store)
            return m_store.get();
        Result<std::unique_ptr<Metrics::MetricStore>> opened = m_opener();
        if (!opened.ok()) {
            qCWarning(lcCharts) << "cannot open the metric store for charts:" << opened.error().toString();
            *request = fail(*request, opened.error());
            return nullptr;
        }
        m_store = std::move(opened).value();
        return m_store.get();
    }

    MetricStoreChartSource::Opener m_opener;
    std::unique_ptr<Metrics::MetricStore> m_store;
};

MetricStoreChartSource::MetricStoreChartSource(Opener opener, QObject *parent)
    : ChartDataSource(parent)
    , m_thread(new QThread(this))
    , m_worker(new MetricStoreQueryWorker(std::move(opener)))
{
    m_thread->setObjectName(QStringLiteral("opsdeck-chart-queries"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_followTimer.setInterval(m_followMs);
    connect(&m_followTimer, &QTimer::timeout, this, &MetricStoreChartSource::handleFollowTimer);
}

std::unique_ptr<MetricStoreChartSource> MetricStoreChartSource::forSqlite(const QString &path, QObject *parent)
{
    return std::make_unique<MetricStoreChartSource>([path] { return Metrics::MetricStore::openSqlite(path); }, parent);
}

MetricStoreChartSource::~MetricStoreChartSource()
{
    m_followTimer.stop();
    // The store connection belongs to the worker thread: close it there.
    MetricStoreQueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 MetricStoreChartSource::requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                                               Metrics::Resolution resolution)
{
    ChartHistory request;
    request.requestId = ++m_nextId;
    request.key = key;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.resolution = resolution;
    MetricStoreQueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, request] {
            const ChartHistory answer = worker->run(request);
            QMetaObject::invokeMethod(this, [this, answer] { emit historyFinished(answer); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request.requestId;
}

void MetricStoreChartSource::setWatchedSeries(const QList<Domain::SeriesKey> &keys)
{
    m_watched = keys;
    // Start following from now: older samples come through history requests.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, qint64> seen;
    for (const Domain::SeriesKey &k : keys)
        seen.insert(cacheKey(k), m_lastSeen.value(cacheKey(k), now));
    m_lastSeen = seen;
    if (m_watched.isEmpty() || m_followMs <= 0)
        m_followTimer.stop();
    else if (!m_followTimer.isActive())
        m_followTimer.start();
}

void MetricStoreChartSource::setFollowInterval(int ms)
{
    m_followMs = ms;
    if (ms <= 0) {
        m_followTimer.stop();
        return;
    }
    m_followTimer.setInterval(ms);
    if (!m_watched.isEmpty())
        m_followTimer.start();
}

void MetricStoreChartSource::handleFollowTimer()
{
    if (m_followBusy)
        return; // the previous read is still running: never queue reads behind each other
    m_followBusy = true;
    QList<ChartHistory> requests;
    const qint64 end = QDateTime::currentMSecsSinceEpoch() + 60000;
    for (const Domain::SeriesKey &k : std::as_const(m_watched)) {
        ChartHistory r;
        r.key = k;
        r.fromMs = m_lastSeen.value(cacheKey(k)) + 1;
        r.toMs = end;
        requests.append(r);
    }
    MetricStoreQueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, requests] {
            QList<ChartHistory> answers;
            for (const ChartHistory &r : requests)
                answers.append(worker->run(r));
            QMetaObject::invokeMethod(
                this,
                [this, answers] {
                    m_followBusy = false;
                    QList<LiveSample> samples;
                    for (const ChartHistory &a : answers) {
                        if (a.failed || a.points.isEmpty())
                            continue;
                        const QString key = cacheKey(a.key);
                        if (!m_lastSeen.contains(key))
                            continue; // no longer watched
                        for (const Metrics::MetricPoint &p : a.points)
                            samples.append(LiveSample{a.key, p.timestampMs, p.avg});
                        m_lastSeen.insert(key, std::max(m_lastSeen.value(key), a.points.constLast().timestampMs));
                    }
                    pushSamples(samples);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace OpsDeck::Models
