// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/dashboard/chartsourcehub.h"

namespace OpsDeck::Models {

namespace {

QString keyText(const Domain::SeriesKey &key)
{
    return key.device + u'\x1f' + key.object + u'\x1f' + key.metric;
}

} // namespace

ChartHubClient::ChartHubClient(ChartSourceHub *hub, QObject *parent)
    : ChartDataSource(parent)
    , m_hub(hub)
{
    connect(hub->source(), &ChartDataSource::historyFinished, this, &ChartHubClient::handleHistory);
    connect(hub->source(), &ChartDataSource::samplesArrived, this, &ChartHubClient::pushSamples);
}

ChartHubClient::~ChartHubClient()
{
    m_watched.clear();
    if (m_hub)
        m_hub->updateWatched();
}

quint64 ChartHubClient::requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                                       Metrics::Resolution resolution)
{
    if (!m_hub)
        return 0;
    const quint64 id = m_hub->source()->requestHistory(key, fromMs, toMs, resolution);
    m_requests.insert(id);
    return id;
}

void ChartHubClient::setWatchedSeries(const QList<Domain::SeriesKey> &keys)
{
    bool added = false;
    for (const Domain::SeriesKey &k : keys) {
        if (!m_watchedKeys.contains(keyText(k))) {
            m_watchedKeys.insert(keyText(k));
            m_watched << k;
            added = true;
        }
    }
    if (added && m_hub)
        m_hub->updateWatched();
}

void ChartHubClient::handleHistory(const ChartHistory &history)
{
    if (m_requests.remove(history.requestId))
        emit historyFinished(history);
}

ChartSourceHub::ChartSourceHub(ChartDataSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    m_source->setParent(this);
}

ChartSourceHub::~ChartSourceHub()
{
    m_destroying = true;
}

ChartHubClient *ChartSourceHub::createClient(QObject *parent)
{
    auto *client = new ChartHubClient(this, parent);
    m_clients << client;
    return client;
}

QList<Domain::SeriesKey> ChartSourceHub::watchedSeries() const
{
    QList<Domain::SeriesKey> keys;
    QSet<QString> seen;
    for (const QPointer<ChartHubClient> &c : m_clients) {
        if (!c)
            continue;
        for (const Domain::SeriesKey &k : c->watchedSeries()) {
            if (!seen.contains(keyText(k))) {
                seen.insert(keyText(k));
                keys << k;
            }
        }
    }
    return keys;
}

void ChartSourceHub::updateWatched()
{
    if (m_destroying)
        return;
    m_clients.removeIf([](const QPointer<ChartHubClient> &c) { return c.isNull(); });
    m_source->setWatchedSeries(watchedSeries());
}

} // namespace OpsDeck::Models
