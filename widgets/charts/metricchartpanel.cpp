// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/charts/metricchartpanel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/session/analysis/anomalysession.h"
#include "models/session/charts/chartdatasource.h"
#include "widgets/charts/chartanomalies.h"

namespace OpsDeck::Widgets {

namespace {

struct SpanChoice
{
    qint64 ms;
    const char *label;
};

constexpr qint64 kHour = 3600LL * 1000;
const SpanChoice kSpans[] = {{kHour, QT_TRANSLATE_NOOP("OpsDeck::Widgets::MetricChartPanel", "1 h")},
                             {6 * kHour, QT_TRANSLATE_NOOP("OpsDeck::Widgets::MetricChartPanel", "6 h")},
                             {24 * kHour, QT_TRANSLATE_NOOP("OpsDeck::Widgets::MetricChartPanel", "24 h")},
                             {7 * 24 * kHour, QT_TRANSLATE_NOOP("OpsDeck::Widgets::MetricChartPanel", "7 d")},
                             {30 * 24 * kHour, QT_TRANSLATE_NOOP("OpsDeck::Widgets::MetricChartPanel", "30 d")}};

} // namespace

MetricChartPanel::MetricChartPanel(Models::ChartDataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_chartLayout(new QVBoxLayout)
    , m_spans(new QButtonGroup(this))
    , m_liveButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(6, 4, 6, 0);
    for (qsizetype i = 0; i < qsizetype(std::size(kSpans)); ++i) {
        auto *b = new QToolButton(this);
        b->setText(tr(kSpans[i].label));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show the last %1").arg(b->text()));
        m_spans->addButton(b, int(i));
        toolbar->addWidget(b);
    }
    m_spans->button(0)->setChecked(true);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { setWindowSpan(kSpans[id].ms); });
    toolbar->addSpacing(12);
    m_liveButton->setText(tr("Live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setAutoRaise(true);
    m_liveButton->setToolTip(tr("Follow new samples (Home or a double click on a chart)"));
    connect(m_liveButton, &QToolButton::clicked, this, &MetricChartPanel::setLive);
    toolbar->addWidget(m_liveButton);
    toolbar->addSpacing(12);
    // The hint gives way (shortened, whole in its tooltip) in a narrow
    // column such as a dashboard's, instead of widening the charts past it.
    m_hint->setToolTip(tr("Wheel: zoom · drag: zoom to range · Shift+drag: pan"));
    m_hint->setEnabled(false);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->installEventFilter(this);
    toolbar->addWidget(m_hint, 1);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { exportCurrent(QStringLiteral("png")); });
    menu->addAction(tr("SVG image…"), this, [this] { exportCurrent(QStringLiteral("svg")); });
    menu->addAction(tr("CSV data…"), this, [this] { exportCurrent(QStringLiteral("csv")); });
    exportButton->setMenu(menu);
    toolbar->addWidget(exportButton);

    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(2);
    m_status->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(8, 2, 8, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addLayout(m_chartLayout, 1);
    layout->addWidget(m_status);
}

MetricChartPanel::~MetricChartPanel() = default;

TimeSeriesChartView *MetricChartPanel::addChart(const QString &title, ValueFormat format,
                                                const QList<ChartSeriesSpec> &series,
                                                const QList<ChartThreshold> &thresholds)
{
    auto *chart = new TimeSeriesChartView(this);
    chart->setTitle(title);
    chart->setValueFormat(format);
    for (const ChartSeriesSpec &s : series)
        chart->addSeries(s.key, s.label, s.color);
    for (const ChartThreshold &t : thresholds)
        chart->addThreshold(t.value, t.label, t.color);
    if (!m_charts.isEmpty()) {
        const TimeSeriesChartView *first = m_charts.constFirst();
        if (first->isLive())
            chart->setWindowSpan(first->windowSpan());
        else
            chart->setVisibleRange(first->visibleFrom(), first->visibleTo());
    }
    chart->setDataSource(m_source);
    chart->installEventFilter(this);
    chart->viewport()->installEventFilter(this);
    connect(chart, &TimeSeriesChartView::visibleRangeChanged, this, &MetricChartPanel::handleRangeChanged);
    connect(chart, &TimeSeriesChartView::errorOccurred, this, &MetricChartPanel::showError);
    if (m_anomalies)
        new ChartAnomalies(chart, m_anomalies);
    m_chartLayout->addWidget(chart, 1);
    m_charts.append(chart);
    if (!m_current)
        m_current = chart;
    return chart;
}

TimeSeriesChartView *MetricChartPanel::addChart(ChartKind kind, const QString &device, const QString &object,
                                                const QList<ChartThreshold> &thresholds)
{
    const auto key = [&](const char *metric) { return Domain::SeriesKey{device, object, QLatin1String(metric)}; };
    TimeSeriesChartView *chart = nullptr;
    switch (kind) {
    case ChartKind::Traffic:
        chart = addChart(tr("Traffic"), ValueFormat::BitsPerSecond,
                         {{key("if.in.bps"), tr("In"), QColor(0x25, 0x63, 0xeb)},
                          {key("if.out.bps"), tr("Out"), QColor(0x16, 0xa3, 0x4a)}},
                         thresholds);
        chart->setValueFloor(0);
        break;
    case ChartKind::ErrorsDiscards:
        chart = addChart(tr("Errors and discards"), ValueFormat::PerSecond,
                         {{key("if.in.errors"), tr("In errors"), QColor(0xdc, 0x26, 0x26)},
                          {key("if.out.errors"), tr("Out errors"), QColor(0xf9, 0x73, 0x16)},
                          {key("if.in.discards"), tr("In discards"), QColor(0x7c, 0x3a, 0xed)},
                          {key("if.out.discards"), tr("Out discards"), QColor(0x08, 0x91, 0xb2)}},
                         thresholds);
        chart->setValueFloor(0);
        break;
    case ChartKind::OpticalPower:
        chart = addChart(tr("Optical power"), ValueFormat::Dbm, {{key("optical.dbm"), tr("Power"), QColor()}},
                         thresholds);
        break;
    case ChartKind::Latency:
        chart = addChart(tr("Latency"), ValueFormat::Milliseconds,
                         {{key("icmp.rtt.ms"), tr("Round trip"), QColor(0x25, 0x63, 0xeb)},
                          {key("icmp.jitter.ms"), tr("Jitter"), QColor(0xd9, 0x77, 0x06)}},
                         thresholds);
        chart->setValueFloor(0);
        break;
    case ChartKind::Loss:
        chart = addChart(tr("Packet loss"), ValueFormat::Percent,
                         {{key("icmp.loss.percent"), tr("Loss"), QColor(0xdc, 0x26, 0x26)}}, thresholds);
        chart->setValueFloor(0);
        break;
    case ChartKind::Temperature:
        chart = addChart(tr("Temperature"), ValueFormat::Celsius,
                         {{key("temperature.celsius"), tr("Temperature"), QColor(0xd9, 0x77, 0x06)}}, thresholds);
        break;
    }
    return chart;
}

TimeSeriesChartView *MetricChartPanel::currentChart() const
{
    return m_current ? m_current : m_charts.value(0);
}

void MetricChartPanel::setWindowSpan(qint64 spanMs)
{
    for (qsizetype i = 0; i < qsizetype(std::size(kSpans)); ++i) {
        if (kSpans[i].ms == spanMs)
            m_spans->button(int(i))->setChecked(true);
    }
    m_syncing = true;
    for (TimeSeriesChartView *c : std::as_const(m_charts)) {
        c->setLive(true);
        c->setWindowSpan(spanMs);
    }
    m_syncing = false;
    m_liveButton->setChecked(true);
}

void MetricChartPanel::setLive(bool live)
{
    m_syncing = true;
    for (TimeSeriesChartView *c : std::as_const(m_charts))
        c->setLive(live);
    m_syncing = false;
    m_liveButton->setChecked(live);
}

bool MetricChartPanel::isLive() const
{
    return m_liveButton->isChecked();
}

QString MetricChartPanel::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void MetricChartPanel::setAnomalySession(Models::AnomalySession *session)
{
    if (m_anomalies == session)
        return;
    m_anomalies = session;
    for (TimeSeriesChartView *chart : std::as_const(m_charts)) {
        delete ChartAnomalies::of(chart);
        chart->keepInView({});
        if (session)
            new ChartAnomalies(chart, session);
    }
}

void MetricChartPanel::handleRangeChanged(qint64 fromMs, qint64 toMs, bool live)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (TimeSeriesChartView *c : std::as_const(m_charts)) {
        if (c == sender())
            continue;
        if (live) {
            c->setLive(true);
            c->setWindowSpan(toMs - fromMs);
        } else {
            c->setVisibleRange(fromMs, toMs);
        }
    }
    m_syncing = false;
    m_liveButton->setChecked(live);
    // A zoomed window matches no preset any more.
    if (!live && m_spans->checkedButton()) {
        m_spans->setExclusive(false);
        m_spans->checkedButton()->setChecked(false);
        m_spans->setExclusive(true);
    }
}

bool MetricChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hint && event->type() == QEvent::Resize)
        m_hint->setText(m_hint->fontMetrics().elidedText(m_hint->toolTip(), Qt::ElideRight, m_hint->width()));
    if (event->type() == QEvent::Enter || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::FocusIn) {
        for (TimeSeriesChartView *c : std::as_const(m_charts)) {
            if (watched == c || watched == c->viewport())
                m_current = c;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricChartPanel::exportCurrent(const QString &format)
{
    TimeSeriesChartView *chart = currentChart();
    if (!chart)
        return;
    const QString filter = format == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG image (*.svg)")
                                                            : tr("CSV file (*.csv)");
    QString name = chart->title();
    name.replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), name + u'.' + format, filter);
    if (path.isEmpty())
        return;
    const Status st = format == QLatin1String("png")   ? chart->exportPng(path)
                      : format == QLatin1String("svg") ? chart->exportSvg(path)
                                                       : chart->exportCsv(path);
    if (!st.ok())
        showError(st.error());
}

void MetricChartPanel::showError(const Error &error)
{
    m_status->setText(tr("Chart data could not be loaded or saved: %1").arg(error.detail));
    m_status->setVisible(true);
    emit errorOccurred(error);
}

InterfaceChartWidget::InterfaceChartWidget(Models::ChartDataSource *source, const InterfaceChartSpec &spec,
                                           QWidget *parent)
    : MetricChartPanel(source, parent)
    , m_spec(spec)
{
    const QString name = spec.interfaceName.isEmpty() ? spec.ifIndexObject : spec.interfaceName;
    addChart(ChartKind::Traffic, spec.device, spec.ifIndexObject)->setTitle(tr("%1 traffic").arg(name));
    addChart(ChartKind::ErrorsDiscards, spec.device, spec.ifIndexObject)
        ->setTitle(tr("%1 errors and discards").arg(name));
    if (!spec.rxSensorObject.isEmpty() || !spec.txSensorObject.isEmpty()) {
        QList<ChartSeriesSpec> series;
        if (!spec.rxSensorObject.isEmpty()) {
            series.append({Domain::SeriesKey{spec.device, spec.rxSensorObject, QStringLiteral("optical.dbm")},
                           tr("Rx power"), QColor(0x25, 0x63, 0xeb)});
        }
        if (!spec.txSensorObject.isEmpty()) {
            series.append({Domain::SeriesKey{spec.device, spec.txSensorObject, QStringLiteral("optical.dbm")},
                           tr("Tx power"), QColor(0x16, 0xa3, 0x4a)});
        }
        addChart(tr("%1 optical power").arg(name), ValueFormat::Dbm, series,
                 spec.opticalThresholds.isEmpty() ? defaultOpticalThresholds() : spec.opticalThresholds);
    }
}

InterfaceChartWidget::~InterfaceChartWidget() = default;

QList<ChartThreshold> InterfaceChartWidget::defaultOpticalThresholds()
{
    return {{2.0, tr("High alarm"), QColor(0xdc, 0x26, 0x26)},
            {0.0, tr("High warning"), QColor(0xd9, 0x77, 0x06)},
            {-12.0, tr("Low warning"), QColor(0xd9, 0x77, 0x06)},
            {-14.0, tr("Low alarm"), QColor(0xdc, 0x26, 0x26)}};
}

} // namespace OpsDeck::Widgets
