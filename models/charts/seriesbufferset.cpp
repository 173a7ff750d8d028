// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/charts/seriesbufferset.h"

#include <algorithm>

#include <QDateTime>

namespace OpsDeck::Models {

using Metrics::Resolution;

namespace {

QString indexKey(const Domain::SeriesKey &key)
{
    return key.device + QChar(0x1f) + key.object + QChar(0x1f) + key.metric;
}

} // namespace

SeriesBufferSet::SeriesBufferSet(QObject *parent)
    : QObject(parent)
{
    m_coalesce.setInterval(250);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            emit samplesAppended();
        }
    });
}

SeriesBufferSet::~SeriesBufferSet() = default;

void SeriesBufferSet::setSource(ChartDataSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_pending.clear();
    for (Series &s : m_series)
        s.buffer.clear();
    if (m_source) {
        connect(m_source, &ChartDataSource::historyFinished, this, &SeriesBufferSet::handleHistory);
        connect(m_source, &ChartDataSource::samplesArrived, this, &SeriesBufferSet::appendSamples);
    }
}

int SeriesBufferSet::addSeries(const Domain::SeriesKey &key)
{
    const QString k = indexKey(key);
    const auto it = m_index.constFind(k);
    if (it != m_index.constEnd())
        return *it;
    m_series.push_back(Series{key, SeriesBuffer()});
    const int index = int(m_series.size()) - 1;
    m_index.insert(k, index);
    return index;
}

void SeriesBufferSet::clearSeries()
{
    m_series.clear();
    m_index.clear();
    m_pending.clear();
}

Envelope SeriesBufferSet::envelope(int index, qint64 fromMs, qint64 toMs, int pixels) const
{
    return m_series.at(size_t(index)).buffer.envelope(fromMs, toMs, pixels);
}

qint64 SeriesBufferSet::headMs() const
{
    qint64 head = 0;
    for (const Series &s : m_series)
        head = std::max(head, s.buffer.headMs());
    return head;
}

void SeriesBufferSet::request(int index, Resolution resolution, qint64 fromMs, qint64 toMs)
{
    const quint64 id = m_source->requestHistory(m_series.at(size_t(index)).key, fromMs, toMs, resolution);
    m_pending.insert(id, Pending{index, resolution, fromMs, toMs});
}

void SeriesBufferSet::ensureLoaded(qint64 fromMs, qint64 toMs, int pixels)
{
    if (!m_source || toMs <= fromMs)
        return;
    const qint64 span = toMs - fromMs;
    // Never ask for the future; load half a window either side for panning.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count(); ++i) {
        const SeriesBuffer &b = m_series.at(size_t(i)).buffer;
        const Resolution r = SeriesBuffer::resolutionFor(span, pixels, b.rawIntervalMs());
        if (b.covers(r, fromMs, toMs))
            continue;
        const bool onItsWay = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const Pending &p) {
            return p.index == i && p.resolution == r && p.fromMs <= fromMs && p.toMs >= std::min(toMs, now);
        });
        if (onItsWay)
            continue;
        const qint64 wantFrom = fromMs - span / 2;
        const qint64 wantTo = std::min(toMs + span / 2, std::max(toMs, now + 1));
        const qint64 haveFrom = b.coveredFrom(r);
        const qint64 haveTo = b.coveredTo(r);
        const bool empty = haveFrom == haveTo;
        if (!empty && haveFrom <= fromMs && haveTo >= fromMs)
            request(i, r, haveTo, wantTo); // the newer side is missing
        else if (!empty && haveFrom > fromMs && haveFrom <= toMs && b.covers(r, haveFrom, toMs))
            request(i, r, wantFrom, haveFrom); // the older side is missing
        else
            request(i, r, wantFrom, wantTo);
    }
}

void SeriesBufferSet::handleHistory(const ChartHistory &history)
{
    const auto it = m_pending.constFind(history.requestId);
    if (it == m_pending.constEnd())
        return; // a request of a previous series set or source
    const Pending p = *it;
    m_pending.erase(it);
    if (history.failed) {
        emit errorOccurred(history.error);
        return;
    }
    if (p.index >= count())
        return;
    m_series.at(size_t(p.index)).buffer.insert(p.resolution, p.fromMs, p.toMs, history.points);
    emit historyLoaded(p.index);
}

void SeriesBufferSet::appendSamples(const QList<LiveSample> &samples)
{
    bool any = false;
    for (const LiveSample &s : samples) {
        const auto it = m_index.constFind(indexKey(s.key));
        if (it == m_index.constEnd())
            continue;
        m_series.at(size_t(*it)).buffer.append(s.timestampMs, s.value);
        any = true;
    }
    if (!any)
        return;
    m_dirty = true;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace OpsDeck::Models
