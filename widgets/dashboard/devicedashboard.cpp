// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/dashboard/devicedashboard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/analysis/anomalylistmodel.h"
#include "models/dashboard/interfacestatusmodel.h"
#include "models/inventory/statusstyle.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/charts/chartdatasource.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/alarms/devicealarmspanel.h"
#include "widgets/analysis/unusualnowpanel.h"
#include "widgets/charts/metricchartpanel.h"
#include "widgets/dashboard/chartemptynotice.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

namespace {

// Line colours of the summary series, one per interface; "out" and the
// second metric use the lighter shade.
const QColor kInterfaceColours[][2] = {{QColor(0x25, 0x63, 0xeb), QColor(0x60, 0xa5, 0xfa)},
                                       {QColor(0x16, 0xa3, 0x4a), QColor(0x4a, 0xde, 0x80)},
                                       {QColor(0xd9, 0x77, 0x06), QColor(0xfb, 0xbf, 0x24)}};

} // namespace

DeviceDashboard::DeviceDashboard(Models::InventoryService *service, Models::ChartDataSource *source, qint64 deviceId,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_source(source)
    , m_deviceId(deviceId)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_rackButton(new QPushButton(tr("Show in &Rack"), this))
    , m_chartArea(new QScrollArea(this))
    , m_interfaceView(new QTableView(this))
    , m_interfaces(new Models::InterfaceStatusModel(this))
    , m_alarms(new DeviceAlarmsPanel(this))
    , m_unusual(new UnusualNowPanel(this))
{
    setObjectName(QStringLiteral("deviceDashboard"));
    setAccessibleName(tr("Device dashboard"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Loading…"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);

    auto *details = new QPushButton(tr("&Details"), this);
    details->setToolTip(tr("Show the device in the details panel"));
    connect(details, &QPushButton::clicked, this, [this] { emit detailsRequested(m_deviceId); });
    m_rackButton->setToolTip(tr("Open the rack elevation with this device selected"));
    m_rackButton->setEnabled(false);
    connect(m_rackButton, &QPushButton::clicked, this,
            [this] { emit rackRequested(m_details.device.rackId, m_deviceId); });
    auto *topology = new QPushButton(tr("&Topology"), this);
    topology->setToolTip(tr("Show the devices around this one"));
    connect(topology, &QPushButton::clicked, this, [this] { emit topologyRequested(m_deviceId); });
    auto *history = new QPushButton(tr("Configuration &History"), this);
    history->setObjectName(QStringLiteral("configHistoryButton"));
    history->setToolTip(tr("Show the backed-up configuration versions of this device and their differences"));
    connect(history, &QPushButton::clicked, this, [this] { emit configHistoryRequested(m_deviceId); });

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    titles->addLayout(titleRow);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(details);
    header->addWidget(m_rackButton);
    header->addWidget(topology);
    header->addWidget(history);

    m_chartArea->setWidgetResizable(true);
    m_chartArea->setFrameShape(QFrame::NoFrame);
    m_chartArea->setAccessibleName(tr("Summary charts"));

    // What is unusual now above the interfaces: short, and read first.
    auto *column = new QSplitter(Qt::Vertical, this);
    column->setChildrenCollapsible(false);
    column->addWidget(m_unusual);
    column->addWidget(createInterfaceTable());
    column->setStretchFactor(0, 0);
    column->setStretchFactor(1, 1);
    column->setSizes({fontMetrics().height() * 8, 600});
    m_unusual->setLimit(6);
    connect(m_unusual, &UnusualNowPanel::anomalyActivated, this, &DeviceDashboard::handleAnomalyActivated);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartArea);
    splitter->addWidget(column);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Charts get the width; the table keeps its first columns in view.
    splitter->setSizes({600, 400});
    m_chartArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(header);
    // The alarms below, across the whole width: their text needs it.
    auto *sections = new QSplitter(Qt::Vertical, this);
    sections->setChildrenCollapsible(false);
    sections->addWidget(splitter);
    sections->addWidget(m_alarms);
    sections->setStretchFactor(0, 1);
    sections->setStretchFactor(1, 0);
    sections->setSizes({600, fontMetrics().height() * 9});
    layout->addWidget(sections, 1);

    if (m_service) {
        connect(m_service, &Models::InventoryService::deviceLoaded, this, &DeviceDashboard::handleDeviceLoaded);
        m_request = m_service->requestDevice(deviceId);
    }
}

DeviceDashboard::~DeviceDashboard() = default;

// The interfaces with their status and rates, under a title.
QWidget *DeviceDashboard::createInterfaceTable()
{
    m_interfaces->setSource(m_source);
    m_interfaceView->setModel(m_interfaces);
    m_interfaceView->setItemDelegate(new StatusDelegate(m_interfaceView));
    DetailsPanel::setUpInterfaceView(m_interfaceView);
    m_interfaceView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_interfaceView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit interfaceChartRequested(m_deviceId, index.data(Models::InterfaceStatusModel::IdRole).toLongLong());
    });
    connect(m_interfaces, &Models::InterfaceStatusModel::ratesLoaded, m_interfaceView,
            [this] { m_interfaceView->resizeColumnsToContents(); });

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableTitle = new QLabel(tr("Interfaces"), tableBox);
    QFont bold = tableTitle->font();
    bold.setBold(true);
    tableTitle->setFont(bold);
    tableTitle->setContentsMargins(6, 4, 6, 0);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(m_interfaceView, 1);
    return tableBox;
}

void DeviceDashboard::setAlarmSession(Models::AlarmSession *session)
{
    m_alarms->setSession(session);
}

void DeviceDashboard::setAnomalySession(Models::AnomalySession *session)
{
    m_anomalies = session;
    m_unusual->setSession(session);
    if (m_panel)
        m_panel->setAnomalySession(session);
}

void DeviceDashboard::showSeries(const QString &object)
{
    m_pendingSeries = object;
    if (!m_loaded)
        return;
    m_pendingSeries.clear();
    for (int row = 0; row < m_interfaces->rowCount(); ++row) {
        const Models::InterfaceSeries &s = m_interfaces->series(row);
        if (!object.isEmpty() && (s.object == object || s.rxSensor == object || s.txSensor == object)) {
            m_interfaceView->selectRow(row);
            emit interfaceChartRequested(m_deviceId, s.interface.id);
            return;
        }
    }
}

void DeviceDashboard::handleAnomalyActivated(const Models::Anomaly &anomaly)
{
    showSeries(anomaly.series.object);
}

// The unusual series named as the interface table names them.
void DeviceDashboard::showUnusualObjects()
{
    QHash<QString, QString> names;
    for (int row = 0; row < m_interfaces->rowCount(); ++row) {
        const Models::InterfaceSeries &s = m_interfaces->series(row);
        for (const QString &object : {s.object, s.rxSensor, s.txSensor}) {
            if (!object.isEmpty())
                names.insert(Models::AnomalyListModel::objectKey(s.device, object), s.interface.name);
        }
    }
    m_unusual->model()->setObjectNames(names);
    m_unusual->setDevices({Models::InterfaceSeries::deviceKey(m_deviceId)}, m_details.device.name);
}

void DeviceDashboard::handleDeviceLoaded(quint64 request, const Models::DeviceDetails &details)
{
    if (request != m_request)
        return;
    m_details = details;
    const Domain::Device &d = details.device;
    m_title->setText(d.name);
    QStringList place;
    for (const QString &part : {d.roleName, d.siteName, d.rackName}) {
        if (!part.isEmpty())
            place << part;
    }
    if (!d.model.isEmpty())
        place << (d.manufacturer.isEmpty() ? d.model : tr("%1 %2").arg(d.manufacturer, d.model));
    m_subtitle->setText(place.join(QStringLiteral(" · ")));
    m_status->setText(Models::statusText(d.status));
    m_status->setStyleSheet(DetailsPanel::statusChipStyle(Models::statusColor(d.status)));
    m_rackButton->setEnabled(d.rackId != 0);
    m_alarms->setDevice(d.name);
    m_interfaces->setInterfaces(details.interfaces);
    m_interfaceView->resizeColumnsToContents();
    buildCharts();
    showUnusualObjects();
    m_loaded = true;
    emit loaded(m_deviceId);
    if (!m_pendingSeries.isEmpty())
        showSeries(m_pendingSeries);
}

void DeviceDashboard::buildCharts()
{
    delete m_panel;
    m_panel = new MetricChartPanel(m_source, m_chartArea);
    m_panel->setObjectName(QStringLiteral("dashboardCharts"));
    m_panel->setAnomalySession(m_anomalies);

    // The first cabled interfaces with a polled SNMP match stand for the device's uplinks.
    QList<Models::InterfaceSeries> uplinks;
    for (int row = 0; row < m_interfaces->rowCount() && uplinks.size() < kSummaryInterfaces; ++row) {
        const Models::InterfaceSeries &s = m_interfaces->series(row);
        if (s.isPolled() && s.interface.enabled && !s.interface.mgmtOnly && s.interface.cableId
            && !s.interface.peerDevice.isEmpty())
            uplinks << s;
    }
    QList<ChartSeriesSpec> traffic;
    QList<ChartSeriesSpec> errors;
    QList<ChartSeriesSpec> optical;
    for (qsizetype i = 0; i < uplinks.size(); ++i) {
        const Models::InterfaceSeries &s = uplinks.at(i);
        const QString name = s.interface.name;
        traffic << ChartSeriesSpec{s.key(QStringLiteral("if.in.bps")), tr("%1 in").arg(name), kInterfaceColours[i][0]}
                << ChartSeriesSpec{s.key(QStringLiteral("if.out.bps")), tr("%1 out").arg(name),
                                   kInterfaceColours[i][1]};
        errors << ChartSeriesSpec{s.key(QStringLiteral("if.in.errors")), tr("%1 errors").arg(name),
                                  kInterfaceColours[i][0]}
               << ChartSeriesSpec{s.key(QStringLiteral("if.in.discards")), tr("%1 discards").arg(name),
                                  kInterfaceColours[i][1]};
        if (!s.rxSensor.isEmpty()) {
            optical << ChartSeriesSpec{{s.device, s.rxSensor, QStringLiteral("optical.dbm")}, tr("%1 Rx").arg(name),
                                       kInterfaceColours[i][0]};
        }
    }
    // Room for the plot and a legend of two or three rows.
    const int chartHeight = fontMetrics().height() * 15;
    if (!traffic.isEmpty()) {
        m_panel->addChart(tr("Uplink traffic"), ValueFormat::BitsPerSecond, traffic)->setValueFloor(0);
        m_panel->addChart(tr("Uplink errors and discards (received)"), ValueFormat::PerSecond, errors)
            ->setValueFloor(0);
    }
    if (!optical.isEmpty()) {
        m_panel->addChart(tr("Optical receive power"), ValueFormat::Dbm, optical,
                          InterfaceChartWidget::defaultOpticalThresholds());
    }
    m_panel->addChart(ChartKind::Latency, Models::InterfaceSeries::deviceKey(m_deviceId), QString());
    for (TimeSeriesChartView *chart : m_panel->charts())
        chart->setMinimumHeight(chartHeight);
    ChartEmptyNotice::attachTo(m_panel);
    m_chartArea->setWidget(m_panel);
    m_chartArea->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 30);
}

} // namespace OpsDeck::Widgets
