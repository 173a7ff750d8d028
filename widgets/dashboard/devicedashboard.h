// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

#include "models/session/inventory/inventorytypes.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace OpsDeck::Models {
class AlarmSession;
class AnomalySession;
struct Anomaly;
class ChartDataSource;
class InterfaceStatusModel;
class InventoryService;
}

namespace OpsDeck::Widgets {

class DeviceAlarmsPanel;
class MetricChartPanel;
class UnusualNowPanel;

/// The dashboard tab of one device: a header (name, role, place, status),
/// summary charts over the same time axis (its uplinks' traffic, their
/// errors and discards, optical receive power where it has optics, and
/// latency), the device's series that are unusual now and a table of every
/// interface with its operational status and current rates, and the
/// device's alarms, active and recently cleared, from the workspace's
/// service. Double-click or Enter on an interface, or on an unusual series
/// of one, asks for its chart.
///
/// Loads the device through the InventoryService and reads samples from
/// @p source (owned by the caller, typically a hub client parented to this
/// widget). GUI thread.
class DeviceDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDashboard)

public:
    DeviceDashboard(Models::InventoryService *service, Models::ChartDataSource *source, qint64 deviceId,
                    QWidget *parent = nullptr);
    ~DeviceDashboard() override;

    [[nodiscard]] qint64 deviceId() const { return m_deviceId; }
    [[nodiscard]] QString deviceName() const { return m_details.device.name; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] MetricChartPanel *chartPanel() const { return m_panel; }
    [[nodiscard]] QTableView *interfaceView() const { return m_interfaceView; }
    [[nodiscard]] Models::InterfaceStatusModel *interfaceModel() const { return m_interfaces; }
    [[nodiscard]] DeviceAlarmsPanel *alarmsPanel() const { return m_alarms; }
    [[nodiscard]] UnusualNowPanel *unusualPanel() const { return m_unusual; }
    /// Where the device's alarms come from (not owned; null: the section
    /// says the service is not connected).
    void setAlarmSession(Models::AlarmSession *session);
    /// Where the unusual series and the charts' expected bands come from
    /// (not owned; null: the section says the service is not connected).
    void setAnomalySession(Models::AnomalySession *session);
    /// Asks for the chart of the interface that @p object ("ifIndex:N" or
    /// the "sensor:N" of its optics) belongs to, once the device is loaded.
    void showSeries(const QString &object);
    /// How many interfaces the summary charts show (the first cabled ones).
    static constexpr int kSummaryInterfaces = 3;

signals:
    /// The device and its interfaces are shown.
    void loaded(qint64 deviceId);
    void interfaceChartRequested(qint64 deviceId, qint64 interfaceId);
    void detailsRequested(qint64 deviceId);
    void rackRequested(qint64 rackId, qint64 deviceId);
    void topologyRequested(qint64 deviceId);
    void configHistoryRequested(qint64 deviceId);

private:
    void handleDeviceLoaded(quint64 request, const Models::DeviceDetails &details);
    void buildCharts();
    void handleAnomalyActivated(const Models::Anomaly &anomaly);
    void showUnusualObjects();
    [[nodiscard]] QWidget *createInterfaceTable();

    QPointer<Models::InventoryService> m_service;
    QPointer<Models::ChartDataSource> m_source;
    qint64 m_deviceId;
    quint64 m_request = 0;
    bool m_loaded = false;
    Models::DeviceDetails m_details;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QPushButton *m_rackButton;
    QScrollArea *m_chartArea;
    MetricChartPanel *m_panel = nullptr;
    QTableView *m_interfaceView;
    Models::InterfaceStatusModel *m_interfaces;
    DeviceAlarmsPanel *m_alarms;
    UnusualNowPanel *m_unusual;
    QPointer<Models::AnomalySession> m_anomalies;
    QString m_pendingSeries; ///< shown once the device is loaded
};

} // namespace OpsDeck::Widgets
