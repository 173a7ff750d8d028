// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/timeserieschartview.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include "widgets/charts/chartlegenditem.h"
#include "widgets/charts/envelopelayeritem.h"

namespace OpsDeck::Widgets {

namespace {

constexpr qint64 kMinSpanMs = 60 * 1000;
constexpr qint64 kMaxSpanMs = 400LL * 24 * 3600 * 1000;
// The chart's margins; the legend's rows add to the bottom one.
constexpr int kMargin = 6;
constexpr int kBottomMargin = 2;

const QColor kPalette[] = {QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a), QColor(0xdc, 0x26, 0x26),
                           QColor(0xd9, 0x77, 0x06), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2),
                           QColor(0xdb, 0x27, 0x77), QColor(0x65, 0xa3, 0x0d)};

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString quoted = s;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

TimeSeriesChartView::TimeSeriesChartView(QWidget *parent)
    : QChartView(parent)
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QValueAxis)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setVisible(false); // ChartLegendItem instead
    c->setMargins(QMargins(kMargin, kMargin, kMargin, kBottomMargin));
    c->setBackgroundRoundness(0);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    setChart(c);
    m_layer = new EnvelopeLayerItem(c, m_axisX, m_axisY);
    m_layer->setZValue(10); // above the grid and the threshold lines
    m_legend = new ChartLegendItem(c);
    connect(c, &QChart::plotAreaChanged, this, [this] { m_layer->geometryChanged(); });
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
    m_axisY->setLabelFormat(QStringLiteral("%.4g"));
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimeSeriesChartView::refresh);
    m_liveTimer.setInterval(1000);
    connect(&m_liveTimer, &QTimer::timeout, this, &TimeSeriesChartView::handleLiveTick);
    connect(&m_buffers, &Models::SeriesBufferSet::historyLoaded, this, &TimeSeriesChartView::scheduleRefresh);
    connect(&m_buffers, &Models::SeriesBufferSet::samplesAppended, this, [this] {
        if (m_live)
            scheduleRefresh();
    });
    connect(&m_buffers, &Models::SeriesBufferSet::errorOccurred, this, &TimeSeriesChartView::errorOccurred);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_from = now - 3600 * 1000;
    m_to = now;
    m_liveTimer.start();
    applyTheme();
}

TimeSeriesChartView::~TimeSeriesChartView() = default;

void TimeSeriesChartView::setDataSource(Models::ChartDataSource *source)
{
    m_buffers.setSource(source);
    QList<Domain::SeriesKey> keys;
    for (int i = 0; i < m_buffers.count(); ++i)
        keys.append(m_buffers.key(i));
    if (source)
        source->setWatchedSeries(keys);
    scheduleRefresh();
}

Models::ChartDataSource *TimeSeriesChartView::dataSource() const
{
    return m_buffers.source();
}

int TimeSeriesChartView::addSeries(const Domain::SeriesKey &key, const QString &label, const QColor &color)
{
    SeriesItem item;
    item.bufferIndex = m_buffers.addSeries(key);
    item.label = label;
    item.line = new QLineSeries(this);
    item.line->setName(label);
    const QColor c = color.isValid() ? color : kPalette[m_series.size() % std::size(kPalette)];
    item.line->setColor(c);
    // The line series only names and colours the series in the legend (the
    // layer paints the data): not attached to the axes, so panning does not
    // update it.
    chart()->addSeries(item.line);
    m_series.append(item);
    applyTheme();
    if (auto *source = m_buffers.source()) {
        QList<Domain::SeriesKey> keys;
        for (int i = 0; i < m_buffers.count(); ++i)
            keys.append(m_buffers.key(i));
        source->setWatchedSeries(keys);
    }
    scheduleRefresh();
    return int(m_series.size()) - 1;
}

QString TimeSeriesChartView::seriesLabel(int index) const
{
    return m_series.value(index).label;
}

void TimeSeriesChartView::addThreshold(double value, const QString &label, const QColor &color)
{
    Threshold t{value, label, color, new QLineSeries(this)};
    t.line->setName(label);
    chart()->addSeries(t.line);
    t.line->attachAxis(m_axisX);
    t.line->attachAxis(m_axisY);
    m_thresholds.append(t);
    applyTheme();
    scheduleRefresh();
}

void TimeSeriesChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString TimeSeriesChartView::title() const
{
    return chart()->title();
}

void TimeSeriesChartView::setValueFormat(ValueFormat format)
{
    m_format = format;
    m_scaleValid = false;
    scheduleRefresh();
}

void TimeSeriesChartView::setValueFloor(double floor)
{
    m_hasFloor = true;
    m_scaleValid = false;
    m_floor = floor;
    scheduleRefresh();
}

void TimeSeriesChartView::setLive(bool live)
{
    const qint64 span = m_to - m_from;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (live)
        applyRange(now - span, now, true);
    else
        applyRange(m_from, m_to, false);
}

void TimeSeriesChartView::setWindowSpan(qint64 spanMs)
{
    spanMs = std::clamp(spanMs, kMinSpanMs, kMaxSpanMs);
    if (m_live) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        applyRange(now - spanMs, now, true);
    } else {
        const qint64 centre = m_from + (m_to - m_from) / 2;
        applyRange(centre - spanMs / 2, centre + spanMs / 2, false);
    }
}

void TimeSeriesChartView::setLiveInterval(int ms)
{
    m_liveTimer.setInterval(std::max(100, ms));
}

void TimeSeriesChartView::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < kMinSpanMs)
        toMs = fromMs + kMinSpanMs;
    applyRange(fromMs, toMs, false);
}

void TimeSeriesChartView::applyRange(qint64 fromMs, qint64 toMs, bool live)
{
    const bool changed = fromMs != m_from || toMs != m_to || live != m_live;
    m_from = fromMs;
    m_to = toMs;
    m_live = live;
    if (live && !m_liveTimer.isActive())
        m_liveTimer.start();
    else if (!live)
        m_liveTimer.stop();
    if (changed)
        emit visibleRangeChanged(m_from, m_to, m_live);
    scheduleRefresh();
}

void TimeSeriesChartView::zoom(double factor, qint64 centreMs)
{
    const qint64 span = m_to - m_from;
    const qint64 newSpan = std::clamp(qint64(double(span) * factor), kMinSpanMs, kMaxSpanMs);
    const double ratio = span > 0 ? double(centreMs - m_from) / double(span) : 0.5;
    const qint64 from = centreMs - qint64(ratio * double(newSpan));
    applyRange(from, from + newSpan, false);
}

void TimeSeriesChartView::pan(double fraction)
{
    const qint64 shift = qint64(double(m_to - m_from) * fraction);
    applyRange(m_from + shift, m_to + shift, false);
}

QList<QPointF> TimeSeriesChartView::drawnPoints(int index) const
{
    if (index < 0 || index >= m_layer->lines.size())
        return {};
    return m_layer->lines.at(index).points;
}

Metrics::Resolution TimeSeriesChartView::drawnResolution(int index) const
{
    return m_series.value(index).drawn;
}

void TimeSeriesChartView::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void TimeSeriesChartView::handleLiveTick()
{
    if (!m_live)
        return;
    const qint64 span = m_to - m_from;
    m_to = QDateTime::currentMSecsSinceEpoch();
    m_from = m_to - span;
    refresh();
}

QRectF TimeSeriesChartView::plotRectInView() const
{
    const QRectF scene = chart()->mapToScene(chart()->plotArea()).boundingRect();
    return QRectF(mapFromScene(scene.topLeft()), mapFromScene(scene.bottomRight()));
}

int TimeSeriesChartView::plotPixels() const
{
    return std::max(50, int(chart()->plotArea().width()));
}

qint64 TimeSeriesChartView::timeAtViewX(double x) const
{
    const QRectF plot = plotRectInView();
    if (plot.width() <= 0)
        return m_from;
    return m_from + qint64((x - plot.left()) / plot.width() * double(m_to - m_from));
}

double TimeSeriesChartView::viewXAtTime(qint64 ms) const
{
    const QRectF plot = plotRectInView();
    if (m_to <= m_from)
        return plot.left();
    return plot.left() + double(ms - m_from) / double(m_to - m_from) * plot.width();
}

QString TimeSeriesChartView::formatValue(double value) const
{
    const Models::ScaledUnit unit = Models::scaledUnit(m_format, value);
    const QLocale locale;
    const double v = value / unit.divisor;
    const int decimals = std::abs(v) >= 100 ? 1 : 2;
    const QString number = locale.toString(v, 'f', decimals);
    return unit.unit.isEmpty() ? number : tr("%1 %2", "value and unit").arg(number, unit.unit);
}

QString TimeSeriesChartView::valueAxisTitle() const
{
    return m_axisY->titleText();
}

std::pair<double, double> TimeSeriesChartView::valueAxisRange() const
{
    return {m_axisY->min(), m_axisY->max()};
}

void TimeSeriesChartView::refresh()
{
    m_refreshTimer.stop();
    if (m_live) {
        const qint64 span = m_to - m_from;
        m_to = QDateTime::currentMSecsSinceEpoch();
        m_from = m_to - span;
    }
    const int pixels = plotPixels();
    m_buffers.ensureLoaded(m_from, m_to, pixels);

    // Envelopes first (for the value range), then hand the points over.
    QList<QList<QPointF>> lines;
    lines.reserve(m_series.size());
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    m_drawnPoints = 0;
    for (SeriesItem &item : m_series) {
        const Models::Envelope env = m_buffers.envelope(item.bufferIndex, m_from, m_to, pixels);
        item.drawn = env.resolution;
        QList<QPointF> points;
        // Buckets (folded columns or rollups) draw their minimum and maximum;
        // single samples draw themselves.
        const double width = double(std::max<qint64>(env.bucketMs, 1));
        points.reserve(env.points.size() * 2);
        double previous = 0;
        for (const Models::EnvelopePoint &p : env.points) {
            if (p.timestampMs >= m_from && p.timestampMs < m_to) {
                lo = std::min(lo, p.min);
                hi = std::max(hi, p.max);
            }
            if (env.bucketMs == 0 || p.min == p.max) {
                points.append(QPointF(double(p.timestampMs) + (env.bucketMs ? width / 2 : 0), p.avg));
                previous = p.avg;
                continue;
            }
            // One column: its minimum and maximum, the nearer one first, so
            // the line keeps every spike and joins its neighbours smoothly.
            const double quarter = width / 4;
            const bool minFirst = std::abs(previous - p.min) <= std::abs(previous - p.max);
            const double a = minFirst ? p.min : p.max;
            const double b = minFirst ? p.max : p.min;
            points.append(QPointF(double(p.timestampMs) + quarter, a));
            points.append(QPointF(double(p.timestampMs) + 3 * quarter, b));
            previous = b;
        }
        m_drawnPoints += int(points.size());
        lines.append(std::move(points));
    }
    // Nothing drawn yet: a placeholder scale, replaced as soon as data comes.
    const bool placeholder = lo > hi;
    if (placeholder) {
        lo = 0;
        hi = 1;
    }
    for (const Threshold &t : std::as_const(m_thresholds)) {
        lo = std::min(lo, t.value);
        hi = std::max(hi, t.value);
    }
    if (m_hasFloor)
        lo = std::min(m_floor, hi);
    // The axis, its title and the lines share one unit, chosen for the largest value shown.
    const double oldDivisor = m_divisor;
    const Models::ScaledUnit unit = Models::scaledUnit(m_format, std::max(std::abs(lo), std::abs(hi)));
    m_divisor = unit.divisor;
    m_unit = unit.unit;
    if (m_divisor != oldDivisor)
        m_scaleValid = false; // the current scale is in another unit
    double yMin = lo / m_divisor;
    double yMax = hi / m_divisor;
    const double pad = std::max((yMax - yMin) * 0.08, std::abs(yMax) * 0.02 + 1e-9);
    if (!m_hasFloor || lo < m_floor)
        yMin -= pad;
    yMax += pad;

    updateTimeAxis();
    // Keep the current scale while the data still fits it well: a steadier
    // axis while scrolling, and no relayout of every series per frame.
    const double curMin = m_axisY->min();
    const double curMax = m_axisY->max();
    const bool fits = m_scaleValid && yMin >= curMin && yMax <= curMax
        && (yMax - yMin) > 0.6 * (curMax - curMin);
    if (!fits) {
        m_axisY->setRange(yMin, yMax);
        m_axisY->applyNiceNumbers();
        m_scaleValid = !placeholder;
    }
    m_axisY->setTitleText(m_unit);
    // QtCharts moves the tick labels at once but lays out a new title and tick
    // count only on the scene's next layout pass: a frame, grab or export in
    // between showed the old unit ("bit/s") beside ticks already in Gbit/s.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();

    m_layer->lines.resize(m_series.size());
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QList<QPointF> &points = lines[i];
        for (QPointF &p : points)
            p.setY(p.y() / m_divisor);
        EnvelopeLayerItem::Line &line = m_layer->lines[i];
        line.points = std::move(points);
        line.pen = m_series.at(i).line->pen();
    }
    // Thin lines over many series stay legible without antialiasing, at a fraction of the cost.
    m_layer->antialiased = m_series.size() <= 12;
    m_layer->update();
    for (const Threshold &t : std::as_const(m_thresholds)) {
        t.line->replace({QPointF(double(m_from), t.value / m_divisor), QPointF(double(m_to), t.value / m_divisor)});
    }
    if (m_crosshairX >= 0)
        updateCrosshair(m_crosshairX);
    emit refreshed();
}

void TimeSeriesChartView::updateTimeAxis()
{
    // Ticks on round local times (every 6 h at 00/06/12/18, midnights, ...),
    // about one per 130 pixels.
    static constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kHourMs = 60 * kMinute, kDayMs = 24 * kHourMs;
    static constexpr qint64 kSteps[] = {kSecond,      2 * kSecond,  5 * kSecond,  10 * kSecond, 15 * kSecond,
                                        30 * kSecond, kMinute,      2 * kMinute,  5 * kMinute,  10 * kMinute,
                                        15 * kMinute, 30 * kMinute, kHourMs,      2 * kHourMs,  3 * kHourMs,
                                        6 * kHourMs,  12 * kHourMs, kDayMs,       2 * kDayMs,   7 * kDayMs,
                                        14 * kDayMs,  30 * kDayMs,  91 * kDayMs};
    const qint64 span = m_to - m_from;
    const int maxTicks = std::max(2, int(chart()->plotArea().width() / 130));
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps) {
        if (span / s <= maxTicks) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const QString format = step < kMinute             ? QStringLiteral("HH:mm:ss")
                           : step >= kDayMs           ? QStringLiteral("ddd d MMM")
                           : span > kDayMs            ? QStringLiteral("ddd HH:mm")
                                                      : QStringLiteral("HH:mm");
    m_axisX->setRange(double(m_from), double(m_to));
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(m_from).offsetFromUtc()) * 1000;
    const qint64 align = std::min(step, 7 * kDayMs) == 7 * kDayMs ? kDayMs : step;
    qint64 t = m_from + offset;
    t = (t / align + (t % align > 0 ? 1 : 0)) * align - offset;
    QList<qint64> ticks;
    for (int guard = 0; t < m_to && guard < 64; t += step, ++guard) {
        if (t > m_from)
            ticks.append(t);
    }
    // Panning mostly keeps the same round times: then the labels stay as they are.
    if (ticks == m_ticks && !m_ticks.isEmpty())
        return;
    m_ticks = ticks;
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    m_axisX->setStartValue(double(ticks.isEmpty() ? m_from : ticks.constFirst() - step));
    for (qint64 tick : std::as_const(ticks)) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(tick);
        const QString label = step >= kDayMs || dt.time() != QTime(0, 0) || span <= kDayMs
            ? locale.toString(dt, format)
            : locale.toString(dt, QStringLiteral("ddd d MMM")); // midnights name the day
        m_axisX->append(label, double(tick));
    }
}

void TimeSeriesChartView::applyTheme()
{
    QChart *c = chart();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.35f);
    c->setBackgroundBrush(base);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    m_axisX->setGridLineVisible(true);
    const qreal width = m_series.size() > 8 ? 1.0 : 1.6;
    for (const SeriesItem &item : std::as_const(m_series)) {
        QPen pen(item.line->color(), width);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        item.line->setPen(pen);
    }
    for (const Threshold &t : std::as_const(m_thresholds)) {
        QPen pen(dark ? t.color.lighter(120) : t.color, 1.2, Qt::DashLine);
        pen.setCosmetic(true);
        t.line->setPen(pen);
    }
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_legend->setFont(legendFont);
    m_legend->setTextColor(text);
    QList<ChartLegendItem::Entry> entries;
    for (const SeriesItem &item : std::as_const(m_series))
        entries.append({item.label, item.line->color(), false});
    for (const Threshold &t : std::as_const(m_thresholds))
        entries.append({t.label, t.line->pen().color(), true});
    m_legend->setEntries(entries);
    // Many series make the legend a wall of text; the crosshair names them anyway.
    m_legend->setVisible(!entries.isEmpty() && entries.size() <= 12);
    updateLegend();
}

void TimeSeriesChartView::updateLegend()
{
    QChart *c = chart();
    const double width = c->size().width() - 2 * kMargin;
    const double height = m_legend->isVisible() && width > 0 ? std::ceil(m_legend->layout(width)) : 0;
    const int bottom = kBottomMargin + (height > 0 ? int(height) + 4 : 0);
    m_legend->setPos(kMargin, c->size().height() - kBottomMargin - height);
    if (c->margins().bottom() != bottom)
        c->setMargins(QMargins(kMargin, kMargin, kMargin, bottom));
}

QStringList TimeSeriesChartView::legendTexts() const
{
    return m_legend->isVisible() ? m_legend->shownTexts() : QStringList();
}

QRect TimeSeriesChartView::legendEntryRect(int index) const
{
    return mapFromScene(m_legend->mapRectToScene(m_legend->entryRect(index))).boundingRect();
}

bool TimeSeriesChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_legend->isVisible()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString label = m_legend->labelAt(m_legend->mapFromScene(mapToScene(help->pos())));
        if (!label.isEmpty()) {
            QToolTip::showText(help->globalPos(), label, viewport());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void TimeSeriesChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
}

void TimeSeriesChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLegend();
    scheduleRefresh();
}

void TimeSeriesChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoom(std::pow(0.8, steps), timeAtViewX(event->position().x()));
    event->accept();
}

void TimeSeriesChartView::mousePressEvent(QMouseEvent *event)
{
    const bool inPlot = plotRectInView().contains(event->position());
    if (!inPlot) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragStart = m_dragNow = event->position().toPoint();
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
        m_panFrom = m_from;
        m_panTo = m_to;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Select;
    }
    event->accept();
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        const double width = std::max(1.0, plotRectInView().width());
        const qint64 shift = qint64(double(pos.x() - m_dragStart.x()) / width * double(m_panTo - m_panFrom));
        applyRange(m_panFrom - shift, m_panTo - shift, false);
    } else if (m_drag == Drag::Select) {
        m_dragNow = pos;
        viewport()->update();
    }
    updateCrosshair(pos.x());
    event->accept();
}

void TimeSeriesChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Select && std::abs(event->position().toPoint().x() - m_dragStart.x()) >= 5) {
        const double a = std::min(m_dragStart.x(), event->position().toPoint().x());
        const double b = std::max(m_dragStart.x(), event->position().toPoint().x());
        setVisibleRange(timeAtViewX(a), timeAtViewX(b));
    }
    m_drag = Drag::None;
    unsetCursor();
    viewport()->update();
    event->accept();
}

void TimeSeriesChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    setLive(true);
    event->accept();
}

void TimeSeriesChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: pan(-0.25); break;
    case Qt::Key_Right: pan(0.25); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(0.5, m_from + (m_to - m_from) / 2); break;
    case Qt::Key_Minus: zoom(2.0, m_from + (m_to - m_from) / 2); break;
    case Qt::Key_Home: setLive(true); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void TimeSeriesChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    m_crosshairX = -1;
    m_readout.clear();
    viewport()->update();
}

void TimeSeriesChartView::updateCrosshair(int viewX)
{
    const QRectF plot = plotRectInView();
    if (viewX < plot.left() || viewX > plot.right()) {
        if (m_crosshairX >= 0) {
            m_crosshairX = -1;
            m_readout.clear();
            viewport()->update();
        }
        return;
    }
    m_crosshairX = viewX;
    const qint64 ts = timeAtViewX(viewX);
    const qint64 tolerance = std::max<qint64>(1000, (m_to - m_from) / std::max(1, plotPixels()) * 4);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ts);
    QStringList readout{QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    for (const SeriesItem &item : std::as_const(m_series)) {
        double v = 0;
        const bool found = m_buffers.buffer(item.bufferIndex).valueAt(ts, tolerance, &v);
        readout.append(tr("%1: %2").arg(item.label, found ? formatValue(v) : tr("no data")));
    }
    m_readout = readout;
    viewport()->update();
    emit crosshairMoved(time, readout);
}

void TimeSeriesChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_exporting)
        return;
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor text = palette().color(QPalette::WindowText);
    if (m_drag == Drag::Select) {
        const QPointF a = mapToScene(m_dragStart);
        const QPointF b = mapToScene(m_dragNow);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.18f);
        const QRectF band(QPointF(std::clamp(std::min(a.x(), b.x()), plot.left(), plot.right()), plot.top()),
                          QPointF(std::clamp(std::max(a.x(), b.x()), plot.left(), plot.right()), plot.bottom()));
        painter->fillRect(band, fill);
        painter->setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter->drawLine(band.topLeft(), band.bottomLeft());
        painter->drawLine(band.topRight(), band.bottomRight());
    }
    if (m_crosshairX >= 0 && !m_readout.isEmpty()) {
        const double x = mapToScene(QPoint(m_crosshairX, 0)).x();
        QColor lineColor = text;
        lineColor.setAlphaF(0.55f);
        painter->setPen(QPen(lineColor, 1, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));

        // The readout box, beside the line, flipped to the left near the right edge.
        const QFontMetrics fm(font());
        int width = 0;
        for (const QString &line : std::as_const(m_readout))
            width = std::max(width, fm.horizontalAdvance(line));
        const int swatch = 10;
        const int lineHeight = fm.height() + 2;
        const QSizeF box(width + swatch + 24, lineHeight * m_readout.size() + 10);
        double left = x + 12;
        if (left + box.width() > plot.right())
            left = x - 12 - box.width();
        const QRectF frame(QPointF(std::max(plot.left(), left), plot.top() + 8), box);
        QColor back = palette().color(QPalette::ToolTipBase);
        back.setAlphaF(0.93f);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(lineColor, 1));
        painter->setBrush(back);
        painter->drawRoundedRect(frame, 4, 4);
        painter->setPen(palette().color(QPalette::ToolTipText));
        double y = frame.top() + 5;
        for (qsizetype i = 0; i < m_readout.size(); ++i) {
            const QRectF row(frame.left() + 8, y, frame.width() - 12, lineHeight);
            if (i == 0) {
                QFont bold = font();
                bold.setBold(true);
                painter->setFont(bold);
                painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, m_readout.at(i));
                painter->setFont(font());
            } else {
                const QColor c = m_series.at(i - 1).line->color();
                painter->fillRect(QRectF(row.left(), row.center().y() - swatch / 2.0, swatch, swatch), c);
                painter->drawText(row.adjusted(swatch + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                  m_readout.at(i));
            }
            y += lineHeight;
        }
    }
    painter->restore();
}

Status TimeSeriesChartView::exportPng(const QString &path, const QSize &size)
{
    const QSize target = size.isValid() ? size : viewport()->size();
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    m_exporting = true;
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), target), viewport()->rect());
    }
    m_exporting = false;
    if (!image.save(path, "PNG"))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the PNG file"), {{QStringLiteral("file"), path}});
    return {};
}

Status TimeSeriesChartView::exportSvg(const QString &path, const QSize &size)
{
    const QSize target = size.isValid() ? size : viewport()->size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(target);
    generator.setViewBox(QRect(QPoint(0, 0), target));
    generator.setTitle(title());
    m_exporting = true;
    QPainter painter;
    const bool begun = painter.begin(&generator);
    if (begun) {
        render(&painter, QRectF(QPointF(0, 0), target), viewport()->rect());
        painter.end();
    }
    m_exporting = false;
    if (!begun || !QFile::exists(path))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the SVG file"), {{QStringLiteral("file"), path}});
    return {};
}

QByteArray TimeSeriesChartView::csv() const
{
    const int pixels = plotPixels();
    std::map<qint64, QList<Models::EnvelopePoint>> rows;
    QStringList header{QStringLiteral("time")};
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QString &label = m_series.at(i).label;
        header << csvField(label + QLatin1String(" min")) << csvField(label + QLatin1String(" avg"))
               << csvField(label + QLatin1String(" max"));
        const Models::Envelope env = m_buffers.envelope(m_series.at(i).bufferIndex, m_from, m_to, pixels);
        for (const Models::EnvelopePoint &p : env.points) {
            if (p.timestampMs < m_from || p.timestampMs >= m_to)
                continue;
            QList<Models::EnvelopePoint> &row = rows[p.timestampMs];
            row.resize(m_series.size(), Models::EnvelopePoint{-1, 0, 0, 0});
            row[i] = p;
        }
    }
    QByteArray out = header.join(u',').toUtf8() + '\n';
    for (const auto &[ts, row] : rows) {
        QString line = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).toString(Qt::ISODateWithMs);
        for (const Models::EnvelopePoint &p : row) {
            if (p.timestampMs < 0) {
                line += QLatin1String(",,,");
                continue;
            }
            line += u',' + QString::number(p.min, 'g', 12) + u',' + QString::number(p.avg, 'g', 12) + u','
                + QString::number(p.max, 'g', 12);
        }
        out += line.toUtf8() + '\n';
    }
    return out;
}

Status TimeSeriesChartView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit()) {
        return Error(ErrorCode::Io, QStringLiteral("cannot write the CSV file: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    }
    return {};
}

} // namespace OpsDeck::Widgets
