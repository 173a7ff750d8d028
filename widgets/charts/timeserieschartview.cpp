// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/timeserieschartview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include "widgets/charts/chartexporter.h"
#include "widgets/charts/chartlegenditem.h"
#include "widgets/charts/envelopelayeritem.h"

namespace OpsDeck::Widgets {

namespace {

// The chart's margins; the legend's rows add to the bottom one.
constexpr int kMargin = 6;
constexpr int kBottomMargin = 2;

const QColor kPalette[] = {QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a), QColor(0xdc, 0x26, 0x26),
                           QColor(0xd9, 0x77, 0x06), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2),
                           QColor(0xdb, 0x27, 0x77), QColor(0x65, 0xa3, 0x0d)};

} // namespace

TimeSeriesChartView::TimeSeriesChartView(QWidget *parent)
    : QChartView(parent)
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    QCategoryAxis *axisX = m_timeAxis.axis();
    QValueAxis *axisY = m_valueAxis.axis();
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setVisible(false); // ChartLegendItem instead
    c->setMargins(QMargins(kMargin, kMargin, kMargin, kBottomMargin));
    c->setBackgroundRoundness(0);
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    setChart(c);
    m_layer = new EnvelopeLayerItem(c, axisX, axisY);
    m_layer->setZValue(10); // above the grid and the threshold lines
    m_legend = new ChartLegendItem(c);
    connect(c, &QChart::plotAreaChanged, this, [this] { m_layer->geometryChanged(); });
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
    axisY->setLabelFormat(QStringLiteral("%.4g"));
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimeSeriesChartView::refresh);
    connect(&m_window, &ChartTimeWindow::changed, this, &TimeSeriesChartView::visibleRangeChanged);
    connect(&m_window, &ChartTimeWindow::applied, this, &TimeSeriesChartView::scheduleRefresh);
    connect(&m_window, &ChartTimeWindow::ticked, this, &TimeSeriesChartView::refresh);
    connect(&m_buffers, &Models::SeriesBufferSet::historyLoaded, this, &TimeSeriesChartView::scheduleRefresh);
    connect(&m_buffers, &Models::SeriesBufferSet::samplesAppended, this, [this] {
        if (m_window.isLive())
            scheduleRefresh();
    });
    connect(&m_buffers, &Models::SeriesBufferSet::errorOccurred, this, &TimeSeriesChartView::errorOccurred);
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

QColor TimeSeriesChartView::seriesColor(int index) const
{
    return index >= 0 && index < m_series.size() ? m_series.at(index).line->color() : QColor();
}

void TimeSeriesChartView::addThreshold(double value, const QString &label, const QColor &color)
{
    Threshold t{value, label, color, new QLineSeries(this)};
    t.line->setName(label);
    chart()->addSeries(t.line);
    t.line->attachAxis(m_timeAxis.axis());
    t.line->attachAxis(m_valueAxis.axis());
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
    m_valueAxis.setFormat(format);
    scheduleRefresh();
}

void TimeSeriesChartView::setValueFloor(double floor)
{
    m_valueAxis.setFloor(floor);
    scheduleRefresh();
}

void TimeSeriesChartView::setLive(bool live)
{
    m_window.setLive(live);
}

void TimeSeriesChartView::setWindowSpan(qint64 spanMs)
{
    m_window.setSpan(spanMs);
}

void TimeSeriesChartView::setLiveInterval(int ms)
{
    m_window.setLiveInterval(ms);
}

void TimeSeriesChartView::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    m_window.setRange(fromMs, toMs);
}

void TimeSeriesChartView::zoom(double factor, qint64 centreMs)
{
    m_window.zoom(factor, centreMs);
}

void TimeSeriesChartView::pan(double fraction)
{
    m_window.pan(fraction);
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
        return m_window.from();
    return m_window.from() + qint64((x - plot.left()) / plot.width() * double(m_window.span()));
}

double TimeSeriesChartView::viewXAtTime(qint64 ms) const
{
    const QRectF plot = plotRectInView();
    if (m_window.to() <= m_window.from())
        return plot.left();
    return plot.left() + double(ms - m_window.from()) / double(m_window.span()) * plot.width();
}

QString TimeSeriesChartView::formatValue(double value) const
{
    const Models::ScaledUnit unit = Models::scaledUnit(m_valueAxis.format(), value);
    const QLocale locale;
    const double v = value / unit.divisor;
    const int decimals = std::abs(v) >= 100 ? 1 : 2;
    const QString number = locale.toString(v, 'f', decimals);
    return unit.unit.isEmpty() ? number : tr("%1 %2", "value and unit").arg(number, unit.unit);
}

QString TimeSeriesChartView::valueAxisTitle() const
{
    return m_valueAxis.axis()->titleText();
}

std::pair<double, double> TimeSeriesChartView::valueAxisRange() const
{
    return {m_valueAxis.axis()->min(), m_valueAxis.axis()->max()};
}

void TimeSeriesChartView::refresh()
{
    m_refreshTimer.stop();
    m_window.followNow();
    const int pixels = plotPixels();
    m_buffers.ensureLoaded(m_window.from(), m_window.to(), pixels);

    // Envelopes first (for the value range), then hand the points over.
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    QList<QList<QPointF>> lines = envelopeLines(pixels, lo, hi);
    QList<double> thresholds = m_keptInView;
    for (const Threshold &t : std::as_const(m_thresholds))
        thresholds.append(t.value);
    m_timeAxis.setRange(m_window.from(), m_window.to(), chart()->plotArea().width());
    m_valueAxis.fit(lo, hi, thresholds);
    // QtCharts moves the tick labels at once but lays out a new title and tick
    // count only on the scene's next layout pass: a frame, grab or export in
    // between showed the old unit ("bit/s") beside ticks already in Gbit/s.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    updateLines(std::move(lines));
    if (m_crosshair.isVisible())
        updateCrosshair(m_crosshair.x());
    emit refreshed();
}

QList<QList<QPointF>> TimeSeriesChartView::envelopeLines(int pixels, double &lo, double &hi)
{
    const qint64 from = m_window.from();
    const qint64 to = m_window.to();
    QList<QList<QPointF>> lines;
    lines.reserve(m_series.size());
    m_drawnPoints = 0;
    for (SeriesItem &item : m_series) {
        const Models::Envelope env = m_buffers.envelope(item.bufferIndex, from, to, pixels);
        item.drawn = env.resolution;
        for (const Models::EnvelopePoint &p : env.points) {
            if (p.timestampMs >= from && p.timestampMs < to) {
                lo = std::min(lo, p.min);
                hi = std::max(hi, p.max);
            }
        }
        QList<QPointF> points = EnvelopeLayerItem::polyline(env);
        m_drawnPoints += int(points.size());
        lines.append(std::move(points));
    }
    return lines;
}

void TimeSeriesChartView::updateLines(QList<QList<QPointF>> lines)
{
    const double divisor = m_valueAxis.divisor();
    const double from = double(m_window.from());
    const double to = double(m_window.to());
    m_layer->lines.resize(m_series.size());
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QList<QPointF> &points = lines[i];
        for (QPointF &p : points)
            p.setY(p.y() / divisor);
        EnvelopeLayerItem::Line &line = m_layer->lines[i];
        line.points = std::move(points);
        line.pen = m_series.at(i).line->pen();
    }
    // Thin lines over many series stay legible without antialiasing, at a fraction of the cost.
    m_layer->antialiased = m_series.size() <= 12;
    m_layer->update();
    for (const Threshold &t : std::as_const(m_thresholds)) {
        t.line->replace({QPointF(from, t.value / divisor), QPointF(to, t.value / divisor)});
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
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis.axis()), static_cast<QAbstractAxis *>(m_valueAxis.axis())}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    m_timeAxis.axis()->setGridLineVisible(true);
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
    const ChartDrag::Kind kind = m_drag.press(event->position().toPoint(), event->button(), event->modifiers(),
                                              m_window.from(), m_window.to());
    if (kind == ChartDrag::Kind::Pan)
        setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.kind() == ChartDrag::Kind::Pan) {
        const auto [from, to] = m_drag.pannedRange(pos.x(), std::max(1.0, plotRectInView().width()));
        m_window.apply(from, to, false);
    } else if (m_drag.kind() == ChartDrag::Kind::Select) {
        m_drag.moveTo(pos);
        viewport()->update();
    }
    updateCrosshair(pos.x());
    event->accept();
}

void TimeSeriesChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (const auto selected = m_drag.release(event->position().toPoint().x()))
        setVisibleRange(timeAtViewX(selected->first), timeAtViewX(selected->second));
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
    case Qt::Key_Equal: zoom(0.5, m_window.centre()); break;
    case Qt::Key_Minus: zoom(2.0, m_window.centre()); break;
    case Qt::Key_Home: setLive(true); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void TimeSeriesChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    m_crosshair.hide();
    viewport()->update();
}

void TimeSeriesChartView::updateCrosshair(int viewX)
{
    const QRectF plot = plotRectInView();
    if (viewX < plot.left() || viewX > plot.right()) {
        if (m_crosshair.isVisible()) {
            m_crosshair.hide();
            viewport()->update();
        }
        return;
    }
    const qint64 ts = timeAtViewX(viewX);
    const qint64 tolerance = std::max<qint64>(1000, m_window.span() / std::max(1, plotPixels()) * 4);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ts);
    QStringList readout{QLocale().toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    for (const SeriesItem &item : std::as_const(m_series)) {
        double v = 0;
        const bool found = m_buffers.buffer(item.bufferIndex).valueAt(ts, tolerance, &v);
        readout.append(tr("%1: %2").arg(item.label, found ? formatValue(v) : tr("no data")));
    }
    m_crosshair.show(viewX, readout);
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
    if (m_drag.kind() == ChartDrag::Kind::Select) {
        ChartDrag::paintBand(painter, plot, mapToScene(m_drag.startPos()).x(), mapToScene(m_drag.currentPos()).x(),
                             palette());
    }
    if (m_crosshair.isVisible() && !m_crosshair.readout().isEmpty()) {
        QList<QColor> swatches;
        for (const SeriesItem &item : std::as_const(m_series))
            swatches.append(item.line->color());
        m_crosshair.paint(painter, plot, mapToScene(QPoint(m_crosshair.x(), 0)).x(), swatches, font(), palette());
    }
    painter->restore();
}

Status TimeSeriesChartView::exportPng(const QString &path, const QSize &size)
{
    const QSize target = size.isValid() ? size : viewport()->size();
    const QScopedValueRollback exporting(m_exporting, true);
    return ChartExporter::writePng(path, target, palette().color(QPalette::Base), exportRender());
}

Status TimeSeriesChartView::exportSvg(const QString &path, const QSize &size)
{
    const QSize target = size.isValid() ? size : viewport()->size();
    const QScopedValueRollback exporting(m_exporting, true);
    return ChartExporter::writeSvg(path, target, title(), exportRender());
}

ChartExporter::Render TimeSeriesChartView::exportRender()
{
    return [this](QPainter *painter, const QRectF &target) { render(painter, target, viewport()->rect()); };
}

QByteArray TimeSeriesChartView::csv() const
{
    QList<ChartExporter::Column> columns;
    for (const SeriesItem &item : m_series)
        columns.append({item.bufferIndex, item.label});
    return ChartExporter::csv(m_buffers, columns, m_window.from(), m_window.to(), plotPixels());
}

Status TimeSeriesChartView::exportCsv(const QString &path) const
{
    return ChartExporter::writeCsv(path, csv());
}

} // namespace OpsDeck::Widgets
