// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/siteoverviewpage.h"

#include <algorithm>
#include <map>

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/inventory/countlistmodel.h"
#include "models/inventory/interfacetablemodel.h"
#include "models/inventory/racktablemodel.h"
#include "models/inventory/statusstyle.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/dashboard/interfaceseries.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/analysis/unusualnowpanel.h"
#include "widgets/inventory/bardelegate.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new StatusDelegate(view));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

SiteOverviewPage::SiteOverviewPage(Models::InventoryService *service, qint64 siteId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_siteId(siteId)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_roles(new Models::CountListModel(this))
    , m_statuses(new Models::CountListModel(this))
    , m_racks(new Models::RackTableModel(this))
    , m_circuits(new QTreeWidget(this))
    , m_unusual(new UnusualNowPanel(this))
{
    setAccessibleName(tr("Site overview"));
    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height() / 2 + 2;
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap);
    layout->setSpacing(gap);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setEnabled(false);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(gap);
    m_racksTile = addTile(tiles, 0, tr("Racks"));
    m_devicesTile = addTile(tiles, 1, tr("Devices"));
    m_spaceTile = addTile(tiles, 2, tr("Rack space used"));
    m_circuitsTile = addTile(tiles, 3, tr("Circuits"));
    layout->addLayout(tiles);

    auto *countsRow = new QHBoxLayout;
    countsRow->setSpacing(gap);
    auto addCounts = [&](const QString &title, Models::CountListModel *model, QTableView *&view, int stretch) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        view = makeTable(box, model, title);
        view->horizontalHeader()->hide();
        view->setItemDelegateForColumn(Models::CountListModel::CountColumn,
                                       new BarDelegate(Models::CountListModel::FractionRole, view));
        view->horizontalHeader()->setSectionResizeMode(Models::CountListModel::LabelColumn,
                                                       QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        boxLayout->addWidget(view);
        countsRow->addWidget(box, stretch);
    };
    addCounts(tr("Devices by role"), m_roles, m_roleView, 3);
    addCounts(tr("Devices by status"), m_statuses, m_statusView, 2);

    auto *circuitBox = new QGroupBox(tr("Circuits"), this);
    auto *circuitLayout = new QVBoxLayout(circuitBox);
    m_circuits->setAccessibleName(tr("Circuits"));
    m_circuits->setRootIsDecorated(false);
    m_circuits->setItemDelegate(new StatusDelegate(m_circuits));
    m_circuits->setAlternatingRowColors(true);
    m_circuits->setHeaderLabels({tr("Circuit"), tr("Provider"), tr("Status"), tr("Commit rate"), tr("Far end")});
    circuitLayout->addWidget(m_circuits);
    countsRow->addWidget(circuitBox, 3);
    layout->addLayout(countsRow, 2);

    auto *rackBox = new QGroupBox(tr("Racks and space utilisation"), this);
    auto *rackLayout = new QVBoxLayout(rackBox);
    auto *sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(m_racks);
    sorter->setSortRole(Models::RackTableModel::SortRole);
    m_rackView = makeTable(rackBox, sorter, tr("Racks"));
    m_rackView->setSortingEnabled(true);
    m_rackView->sortByColumn(Models::RackTableModel::NameColumn, Qt::AscendingOrder);
    auto *bars = new BarDelegate(Models::RackTableModel::UtilisationRole, m_rackView);
    bars->setThresholds(0.8, 0.95);
    m_rackView->setItemDelegateForColumn(Models::RackTableModel::UtilisationColumn, bars);
    m_rackView->horizontalHeader()->setStretchLastSection(true);
    connect(m_rackView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit rackActivated(index.data(Models::RackTableModel::IdRole).toLongLong());
    });
    rackLayout->addWidget(m_rackView);

    // The site's most anomalous series, beside the racks.
    QGroupBox *unusualBox = createUnusualBox();
    auto *bottomRow = new QHBoxLayout;
    bottomRow->setSpacing(gap);
    bottomRow->addWidget(rackBox, 3);
    bottomRow->addWidget(unusualBox, 2);
    layout->addLayout(bottomRow, 3);

    if (m_service)
        connect(m_service, &Models::InventoryService::snapshotLoaded, this, &SiteOverviewPage::refresh);
    refresh();
}

QLabel *SiteOverviewPage::addTile(QGridLayout *grid, int column, const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    auto *value = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, frame);
    label->setEnabled(false);
    value->setAccessibleName(caption);
    layout->addWidget(value);
    layout->addWidget(label);
    grid->addWidget(frame, 0, column);
    return value;
}

void SiteOverviewPage::refresh()
{
    if (!m_service)
        return;
    const Models::InventorySnapshot &s = m_service->snapshot();
    const auto site = std::find_if(s.sites.cbegin(), s.sites.cend(),
                                   [this](const Domain::Site &x) { return x.id == m_siteId; });
    if (site == s.sites.cend()) {
        m_title->setText(tr("Site not found"));
        return;
    }
    showHeader(*site);
    showRacks(s);
    showDevices(s);
    showCircuits(s);
    QStringList devices;
    for (const Domain::Device &d : s.devices) {
        if (d.siteId == m_siteId)
            devices << Models::InterfaceSeries::deviceKey(d.id);
    }
    m_unusual->setDevices(devices, tr("the devices of %1").arg(m_siteName));
}

QGroupBox *SiteOverviewPage::createUnusualBox()
{
    auto *unusualBox = new QGroupBox(tr("Unusual now"), this);
    unusualBox->setToolTip(tr("The site's series that behave unlike they usually do at this hour of the week"));
    auto *unusualLayout = new QVBoxLayout(unusualBox);
    unusualLayout->addWidget(m_unusual);
    m_unusual->setTitleVisible(false);
    m_unusual->setDeviceColumnVisible(true);
    m_unusual->setLimit(10);
    connect(m_unusual, &UnusualNowPanel::anomalyActivated, this, [this](const Models::Anomaly &a) {
        bool ok = false;
        const qint64 deviceId = a.series.device.toLongLong(&ok);
        if (ok)
            emit seriesActivated(deviceId, a.series.object);
    });
    return unusualBox;
}

void SiteOverviewPage::setAnomalySession(Models::AnomalySession *session)
{
    m_unusual->setSession(session);
}

void SiteOverviewPage::showHeader(const Domain::Site &site)
{
    m_siteName = site.name;
    m_title->setText(site.name);
    QStringList context;
    if (!site.facility.isEmpty())
        context << site.facility;
    if (!site.regionName.isEmpty())
        context << site.regionName;
    context << Models::statusText(site.status);
    if (!site.description.isEmpty())
        context << site.description;
    m_subtitle->setText(context.join(QStringLiteral(" · ")));
}

void SiteOverviewPage::showRacks(const Models::InventorySnapshot &s)
{
    QHash<qint64, QString> locationNames;
    for (const Domain::Location &l : s.locations) {
        if (l.siteId == m_siteId)
            locationNames.insert(l.id, l.name);
    }
    QList<Domain::Rack> racks;
    double used = 0;
    int height = 0;
    for (const Domain::Rack &r : s.racks) {
        if (r.siteId != m_siteId)
            continue;
        racks << r;
        used += r.usedUnits;
        height += r.uHeight;
    }
    m_racks->setRacks(racks, locationNames);
    m_rackView->resizeColumnsToContents();
    m_racksTile->setText(QString::number(racks.size()));
    m_spaceTile->setText(height > 0 ? tr("%1%").arg(qRound(100.0 * used / height)) : tr("—"));
    m_spaceTile->setToolTip(tr("%1 of %2 rack units").arg(used).arg(height));
}

void SiteOverviewPage::showDevices(const Models::InventorySnapshot &s)
{
    struct Tally
    {
        int count = 0;
        QColor color;
    };
    std::map<QString, Tally> byRole;
    std::map<QString, Tally> byStatus;
    int devices = 0;
    for (const Domain::Device &d : s.devices) {
        if (d.siteId != m_siteId)
            continue;
        ++devices;
        Tally &role = byRole[d.roleName.isEmpty() ? tr("No role") : d.roleName];
        ++role.count;
        role.color = Models::roleColor(d.roleColor);
        Tally &status = byStatus[d.status];
        ++status.count;
        status.color = Models::statusColor(d.status);
    }
    auto toEntries = [](const std::map<QString, Tally> &tallies, bool statusLabels) {
        QList<Models::CountListModel::Entry> entries;
        for (const auto &[label, tally] : tallies)
            entries << Models::CountListModel::Entry{statusLabels ? Models::statusText(label) : label, tally.count,
                                                     tally.color};
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.count > b.count; });
        return entries;
    };
    m_roles->setEntries(toEntries(byRole, false));
    m_statuses->setEntries(toEntries(byStatus, true));
    m_devicesTile->setText(QString::number(devices));
}

void SiteOverviewPage::showCircuits(const Models::InventorySnapshot &s)
{
    QHash<qint64, QString> siteNames;
    for (const Domain::Site &x : s.sites)
        siteNames.insert(x.id, x.name);
    m_circuits->clear();
    int circuits = 0;
    for (const Models::CircuitInfo &c : s.circuits) {
        if (!c.siteIds.contains(m_siteId))
            continue;
        ++circuits;
        QStringList far;
        for (qint64 id : c.siteIds) {
            if (id != m_siteId)
                far << siteNames.value(id);
        }
        auto *item = new QTreeWidgetItem(
            m_circuits, {c.cid, c.provider, Models::statusText(c.status),
                         Models::InterfaceTableModel::speedText(c.commitRateKbps), far.join(QStringLiteral(", "))});
        item->setData(2, Qt::DecorationRole, Models::statusColor(c.status));
        item->setToolTip(0, c.description.isEmpty() ? c.type : tr("%1 · %2").arg(c.type, c.description));
    }
    for (int column = 0; column < m_circuits->columnCount(); ++column)
        m_circuits->resizeColumnToContents(column);
    m_circuitsTile->setText(QString::number(circuits));
}

} // namespace OpsDeck::Widgets
