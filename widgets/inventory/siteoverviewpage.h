// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;
class QTreeWidget;

namespace OpsDeck::Models {
class CountListModel;
class InventoryService;
class RackTableModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The overview tab of one site: headline figures, devices by role and by
/// status, the racks with their space utilisation, and the circuits that
/// reach the site. Refreshes itself when the service loads a new snapshot.
class SiteOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteOverviewPage)

public:
    SiteOverviewPage(Models::InventoryService *service, qint64 siteId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] QTableView *rackView() const { return m_rackView; }

signals:
    void rackActivated(qint64 rackId);

private:
    void refresh();
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
};

} // namespace OpsDeck::Widgets
