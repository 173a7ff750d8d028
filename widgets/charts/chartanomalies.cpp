// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/chartanomalies.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QDateTime>
#include <QHelpEvent>
#include <QToolTip>
#include <QValueAxis>

#include "models/session/analysis/anomalysession.h"
#include "models/session/analysis/anomalytext.h"
#include "widgets/charts/anomalylayeritem.h"
#include "widgets/charts/timeserieschartview.h"

namespace OpsDeck::Widgets {

namespace {

// A window that settles (a wheel turn, a drag) is asked for once.
constexpr int kRequestDelayMs = 300;
// A live window is asked for again once it has moved on by this share of its span.
constexpr qint64 kLiveShare = 40;
// Up to this many series show their band when nothing is unusual.
constexpr int kQuietBands = 2;
// How far from a marker's centre the pointer still hovers it, in pixels.
constexpr double kHoverSlack = 3;

} // namespace

ChartAnomalies::ChartAnomalies(TimeSeriesChartView *chart, Models::AnomalySession *session)
    : QObject(chart)
    , m_chart(chart)
    , m_scene(chart->chart())
    , m_session(session)
    , m_slotPrefix(QStringLiteral("chart-%1/").arg(quintptr(this), 0, 16))
{
    setObjectName(QStringLiteral("chartAnomalies"));
    QChart *c = chart->chart();
    auto *x = qobject_cast<QValueAxis *>(c->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(c->axes(Qt::Vertical).value(0));
    // The band behind the lines (the envelope layer is at 10), the markers above them.
    m_bandItem = new AnomalyLayerItem(AnomalyLayerItem::Part::Band, c, x, y);
    m_bandItem->setZValue(5);
    m_markerItem = new AnomalyLayerItem(AnomalyLayerItem::Part::Markers, c, x, y);
    m_markerItem->setZValue(11);
    connect(c, &QChart::plotAreaChanged, this, [this] {
        m_bandItem->geometryChanged();
        m_markerItem->geometryChanged();
    });
    m_bands.resize(chart->seriesCount());
    chart->viewport()->installEventFilter(this);

    m_request.setSingleShot(true);
    m_request.setInterval(kRequestDelayMs);
    connect(&m_request, &QTimer::timeout, this, &ChartAnomalies::reload);
    connect(chart, &TimeSeriesChartView::refreshed, this, &ChartAnomalies::handleRefreshed);
    if (session) {
        connect(session, &Models::AnomalySession::bandLoaded, this, &ChartAnomalies::handleBandLoaded);
        connect(session, &Models::AnomalySession::bandFailed, this, &ChartAnomalies::handleBandFailed);
        connect(session, &Models::AnomalySession::anomalyChanged, this, &ChartAnomalies::handleAnomalyChanged);
        connect(session, &Models::AnomalySession::availabilityChanged, this, [this](bool available) {
            if (available)
                reload();
        });
    }
    reload();
}

ChartAnomalies::~ChartAnomalies()
{
    if (m_scene) {
        delete m_bandItem;
        delete m_markerItem;
    }
    if (m_session) {
        for (int i = 0; i < m_bands.size(); ++i)
            m_session->cancelBand(slotOf(i));
    }
}

ChartAnomalies *ChartAnomalies::of(const TimeSeriesChartView *chart)
{
    return chart ? chart->findChild<ChartAnomalies *>(QStringLiteral("chartAnomalies"), Qt::FindDirectChildrenOnly)
                 : nullptr;
}

QString ChartAnomalies::slotOf(int index) const
{
    return m_slotPrefix + QString::number(index);
}

int ChartAnomalies::seriesOfSlot(const QString &slot) const
{
    if (!slot.startsWith(m_slotPrefix))
        return -1;
    bool ok = false;
    const int index = QStringView(slot).mid(m_slotPrefix.size()).toInt(&ok);
    return ok && index >= 0 && index < m_bands.size() ? index : -1;
}

void ChartAnomalies::reload()
{
    m_request.stop();
    if (!m_session || !m_session->isAvailable())
        return;
    m_bands.resize(m_chart->seriesCount());
    m_requestedFrom = m_chart->visibleFrom();
    m_requestedTo = m_chart->visibleTo();
    for (int i = 0; i < m_chart->seriesCount(); ++i) {
        const Domain::SeriesKey key = m_chart->seriesKey(i);
        if (Models::isAnalysedMetric(key.metric))
            m_session->requestBand(slotOf(i), key, m_requestedFrom, m_requestedTo);
    }
}

void ChartAnomalies::handleRefreshed()
{
    m_bandItem->divisor = m_markerItem->divisor = m_chart->valueDivisor();
    m_bandItem->update();
    m_markerItem->update();
    const qint64 from = m_chart->visibleFrom();
    const qint64 to = m_chart->visibleTo();
    const qint64 span = std::max<qint64>(1, to - from);
    const bool zoomed = to - from != m_requestedTo - m_requestedFrom;
    if (zoomed || std::abs(from - m_requestedFrom) > span / kLiveShare) {
        if (!m_request.isActive())
            m_request.start();
    }
}

void ChartAnomalies::handleBandLoaded(const QString &slot, const Models::AnomalyBand &band)
{
    const int index = seriesOfSlot(slot);
    if (index < 0)
        return;
    m_bands[index] = band;
    m_error.clear();
    publish();
}

void ChartAnomalies::handleBandFailed(const QString &slot, const Error &error)
{
    const int index = seriesOfSlot(slot);
    if (index < 0)
        return;
    m_bands[index] = Models::AnomalyBand();
    // A series the service does not analyse (yet) simply has no band.
    if (error.code != ErrorCode::NotFound)
        m_error = Models::AnomalySession::errorText(Models::AnomalyRequest::Band, error);
    publish();
}

void ChartAnomalies::handleAnomalyChanged(const Models::Anomaly &anomaly)
{
    for (int i = 0; i < m_chart->seriesCount(); ++i) {
        const Domain::SeriesKey key = m_chart->seriesKey(i);
        if (key.device == anomaly.series.device && key.object == anomaly.series.object &&
            key.metric == anomaly.series.metric) {
            if (!m_request.isActive())
                m_request.start();
            return;
        }
    }
}

// Hands the bands to the layers. A chart of many series draws only the
// bands of those with unusual samples in view (overlapping bands read as
// one green wall). The value axis keeps the expected range of the unusual
// samples in view, so that a drop shows where the value should have been;
// an ordinary band may be clipped rather than squash the data.
void ChartAnomalies::publish()
{
    const qint64 from = m_chart->visibleFrom();
    const qint64 to = m_chart->visibleTo();
    QList<bool> unusual(m_bands.size(), false);
    int banded = 0;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (int i = 0; i < m_bands.size(); ++i) {
        banded += bandPointCount(i) > 0 ? 1 : 0;
        for (const Models::AnomalyBandPoint &p : m_bands.at(i).points) {
            if (!p.isAnomalous() || p.timeMs < from || p.timeMs >= to)
                continue;
            unusual[i] = true;
            if (p.hasBand()) {
                lo = std::min(lo, p.low);
                hi = std::max(hi, p.high);
            }
        }
    }
    QList<AnomalyLayerItem::Series> bands;
    QList<AnomalyLayerItem::Series> markers;
    for (int i = 0; i < m_bands.size(); ++i) {
        const AnomalyLayerItem::Series s{m_bands.at(i).points, m_chart->seriesColor(i)};
        bands.append(banded <= kQuietBands || unusual.at(i) ? s : AnomalyLayerItem::Series{{}, s.color});
        markers.append(s);
    }
    m_bandItem->series = bands;
    m_markerItem->series = markers;
    m_chart->keepInView(lo <= hi ? QList<double>{lo, hi} : QList<double>());
    m_bandItem->update();
    m_markerItem->update();
    emit bandsChanged();
}

bool ChartAnomalies::isBandDrawn(int index) const
{
    return index >= 0 && index < m_bandItem->series.size() && !m_bandItem->series.at(index).points.isEmpty();
}

int ChartAnomalies::bandPointCount(int index) const
{
    const QList<Models::AnomalyBandPoint> points = m_bands.value(index).points;
    return int(std::count_if(points.cbegin(), points.cend(), [](const auto &p) { return p.hasBand(); }));
}

QPointF ChartAnomalies::viewPos(qint64 timeMs, double value) const
{
    QChart *c = m_chart->chart();
    const QRectF scene = c->mapToScene(c->plotArea()).boundingRect();
    const QRectF plot(m_chart->mapFromScene(scene.topLeft()), m_chart->mapFromScene(scene.bottomRight()));
    const auto [y0, y1] = m_chart->valueAxisRange();
    const double from = double(m_chart->visibleFrom());
    const double to = double(m_chart->visibleTo());
    if (to <= from || y1 <= y0)
        return {};
    return QPointF(plot.left() + (double(timeMs) - from) * plot.width() / (to - from),
                   plot.bottom() - (value / m_chart->valueDivisor() - y0) * plot.height() / (y1 - y0));
}

QList<QPointF> ChartAnomalies::markerPositions(int index) const
{
    QList<QPointF> out;
    for (const Models::AnomalyBandPoint &p : m_bands.value(index).points) {
        if (p.isAnomalous() && p.timeMs >= m_chart->visibleFrom() && p.timeMs < m_chart->visibleTo())
            out.append(viewPos(p.timeMs, p.value));
    }
    return out;
}

QString ChartAnomalies::explain(int index, qsizetype point) const
{
    const Models::Anomaly a = Models::AnomalyText::atPoint(m_bands.value(index), point);
    const QString why =
        Models::AnomalyText::explanation(a, m_chart->valueFormat(), QDateTime::currentMSecsSinceEpoch());
    return tr("%1: %2", "series and why it is unusual").arg(m_chart->seriesLabel(index), why);
}

QString ChartAnomalies::explanation(int index) const
{
    const Models::AnomalyBand band = m_bands.value(index);
    for (qsizetype i = band.points.size() - 1; i >= 0; --i) {
        const Models::AnomalyBandPoint &p = band.points.at(i);
        if (p.isAnomalous() && p.timeMs >= m_chart->visibleFrom() && p.timeMs < m_chart->visibleTo())
            return explain(index, i);
    }
    return QString();
}

QString ChartAnomalies::toolTipAt(const QPoint &pos) const
{
    const double reach = AnomalyLayerItem::kMarkerRadius + kHoverSlack;
    for (int i = 0; i < m_bands.size(); ++i) {
        const QList<Models::AnomalyBandPoint> &points = m_bands.at(i).points;
        for (qsizetype k = 0; k < points.size(); ++k) {
            const Models::AnomalyBandPoint &p = points.at(k);
            if (!p.isAnomalous() || p.timeMs < m_chart->visibleFrom() || p.timeMs >= m_chart->visibleTo())
                continue;
            const QPointF d = viewPos(p.timeMs, p.value) - QPointF(pos);
            if (std::hypot(d.x(), d.y()) <= reach)
                return explain(i, k);
        }
    }
    if (m_chart->legendTexts().isEmpty())
        return QString();
    for (int i = 0; i < m_bands.size(); ++i) {
        if (m_chart->legendEntryRect(i).contains(pos))
            return explanation(i);
    }
    return QString();
}

bool ChartAnomalies::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, m_chart->viewport());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OpsDeck::Widgets
