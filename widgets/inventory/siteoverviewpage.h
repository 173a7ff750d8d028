// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QTableView;
class QTreeWidget;

namespace OpsDeck::Domain {
struct Site;
}

namespace OpsDeck::Models {
class AnomalySession;
class CountListModel;
class InventoryService;
class RackTableModel;
struct InventorySnapshot;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class UnusualNowPanel;

/// The overview tab of one site: headline figures, devices by role and by
/// status, the racks with their space utilisation, the circuits that reach
/// the site and the site's most unusual series now (with an anomaly
/// session). Refreshes itself when the service loads a new snapshot.
class SiteOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteOverviewPage)

public:
    SiteOverviewPage(Models::InventoryService *service, qint64 siteId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] QTableView *rackView() const { return m_rackView; }
    [[nodiscard]] UnusualNowPanel *unusualPanel() const { return m_unusual; }
    /// Where the unusual series come from (not owned; null: the section
    /// says the service is not connected).
    void setAnomalySession(Models::AnomalySession *session);

signals:
    void rackActivated(qint64 rackId);
    /// Go to the device, and to the chart of the interface @p object
    /// ("ifIndex:N", "sensor:N") belongs to, if any.
    void seriesActivated(qint64 deviceId, const QString &object);

private:
    void refresh();
    /// The site's name and what it is: facility, region, status, description.
    void showHeader(const Domain::Site &site);
    /// The site's racks with their space, and the racks and space tiles.
    void showRacks(const Models::InventorySnapshot &snapshot);
    /// The site's devices counted by role and by status, and the devices tile.
    void showDevices(const Models::InventorySnapshot &snapshot);
    /// The circuits that reach the site, and the circuits tile.
    void showCircuits(const Models::InventorySnapshot &snapshot);
    /// The "Unusual now" section, going to a series when a row is activated.
    [[nodiscard]] QGroupBox *createUnusualBox();
    [[nodiscard]] QLabel *addTile(QGridLayout *grid, int column, const QString &caption);

    QPointer<Models::InventoryService> m_service;
    qint64 m_siteId;
    QString m_siteName;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_racksTile;
    QLabel *m_devicesTile;
    QLabel *m_spaceTile;
    QLabel *m_circuitsTile;
    Models::CountListModel *m_roles;
    Models::CountListModel *m_statuses;
    Models::RackTableModel *m_racks;
    QTableView *m_roleView;
    QTableView *m_statusView;
    QTableView *m_rackView;
    QTreeWidget *m_circuits;
    UnusualNowPanel *m_unusual;
};

} // namespace OpsDeck::Widgets
