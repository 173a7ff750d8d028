// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// MainWindow: its own docks (navigation, devices, details, event log), the
// keys that focus them, and the layout saved and restored through the
// Settings facade.
#include "widgets/console/mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include "backend/settings/settings.h"
#include "models/inventory/navigationtreemodel.h"
#include "models/log/logmodel.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/inventory/detailspanel.h"
#include "widgets/inventory/devicetablepanel.h"
#include "widgets/inventory/itemmarkdelegate.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

using Models::NavigationTreeModel;
using Models::NodeKind;

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &objectName, const QString &title, QWidget *content)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(objectName);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    return d;
}

} // namespace

void MainWindow::createDocks()
{
    createNavigationDock();
    createDeviceDocks();
    createLogDock();
    tabifyDockWidget(m_devicesDock, m_logDock);
    m_devicesDock->raise();
    createFocusActions();
    setTabOrder(m_tree, m_table->filterEdit());
    setTabOrder(m_table->filterEdit(), m_table->view());
    setTabOrder(m_table->view(), m_tabs);
}

void MainWindow::createNavigationDock()
{
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    // Marks beside the names: the feature wiring's alarm badges, and compliance.
    m_treeMarks = new ItemMarkDelegate(new StatusDelegate(m_tree), m_tree);
    m_treeMarks->addSource([this](const QModelIndex &index) { return complianceMark(index); }, kComplianceMarkOrder);
    m_tree->setItemDelegate(m_treeMarks);
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NavigationTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NavigationTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::handleTreeCurrentChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(NavigationTreeModel::IdRole).toLongLong();
        switch (NodeKind(index.data(NavigationTreeModel::KindRole).toInt())) {
        case NodeKind::Site:
            openSiteOverview(id);
            break;
        case NodeKind::Location:
            showSite(index.data(NavigationTreeModel::SiteIdRole).toLongLong(), id);
            break;
        case NodeKind::Rack:
            showRack(id);
            break;
        case NodeKind::Region:
        case NodeKind::Device:
            break;
        }
    });
    m_navigationDock = makeDock(this, QStringLiteral("navigationDock"), tr("Navigation"), m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigationDock);
}

void MainWindow::createDeviceDocks()
{
    m_table = new DeviceTablePanel(m_tableModel, this);
    connect(m_table, &DeviceTablePanel::currentDeviceChanged, this, &MainWindow::handleTableCurrentChanged);
    connect(m_table, &DeviceTablePanel::deviceActivated, this, [this](qint64 id) {
        selectDevice(id);
        showDetailsDock();
    });
    connect(m_table, &DeviceTablePanel::contextMenuRequested, this, &MainWindow::showTableContextMenu);
    m_devicesDock = makeDock(this, QStringLiteral("devicesDock"), tr("Devices"), m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_devicesDock);

    m_details = new DetailsPanel(this);
    connect(m_details, &DetailsPanel::deviceRequested, this, [this](const QString &name) {
        if (!m_service)
            return;
        for (const Domain::Device &d : m_service->snapshot().devices) {
            if (d.name == name) {
                selectDevice(d.id);
                return;
            }
        }
    });
    connect(m_details, &DetailsPanel::interfaceChartRequested, this, &MainWindow::openInterfaceChart);
    connect(m_details, &DetailsPanel::dashboardRequested, this, &MainWindow::openDashboard);
    m_detailsDock = makeDock(this, QStringLiteral("detailsDock"), tr("Details"), m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
}

void MainWindow::createLogDock()
{
    m_logView = new QTableView(this);
    m_logView->setAccessibleName(tr("Event log"));
    m_logView->setModel(m_log);
    m_logView->setItemDelegate(new StatusDelegate(m_logView));
    m_logView->setShowGrid(false);
    m_logView->setWordWrap(false);
    m_logView->setAlternatingRowColors(true);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::TimeColumn, em * 7);
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::LevelColumn, em * 6);
    m_logView->horizontalHeader()->resizeSection(Models::LogModel::CategoryColumn, em * 10);
    if (m_log) {
        connect(m_log, &Models::LogModel::entriesAdded, this, [this] {
            if (m_logView->isVisible())
                m_logView->scrollToBottom();
        });
    }
    m_logDock = makeDock(this, QStringLiteral("logDock"), tr("Event Log"), m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
}

// Ctrl+1..4 focus the docks, so the keyboard reaches everything.
void MainWindow::createFocusActions()
{
    const std::pair<QDockWidget *, QWidget *> targets[] = {{m_navigationDock, m_tree},
                                                           {m_devicesDock, m_table->view()},
                                                           {m_detailsDock, m_details},
                                                           {m_logDock, m_logView}};
    int n = 1;
    for (const auto &[d, focus] : targets) {
        auto *action = new QAction(tr("Focus %1").arg(d->windowTitle()), this);
        action->setObjectName(QStringLiteral("actionFocus%1").arg(n));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [d, focus] {
            d->show();
            d->raise();
            focus->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        m_focusActions << action;
        ++n;
    }
}

void MainWindow::showDetailsDock()
{
    m_detailsDock->show();
    m_detailsDock->raise();
}

// The geometry now; the docks' state when the window is first shown (see
// showEvent()), once the feature wiring has added its docks.
void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings ? m_settings->windowGeometry() : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    }
    if (m_settings)
        m_table->restoreState(m_settings->deviceTableState());
}

void MainWindow::saveLayout()
{
    if (!m_settings || !m_layoutRestored)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setDeviceTableState(m_table->saveState());
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : {m_navigationDock, m_devicesDock, m_detailsDock, m_logDock})
        d->show();
    m_devicesDock->raise();
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    // The tree shows full device names (about 24 characters) beside their
    // units; the details need room for attributes and the interface table.
    const int side = std::max(em * 10, width() / 5);
    resizeDocks({m_navigationDock, m_detailsDock}, {std::max(side, em * 20), std::max(side, em * 28)}, Qt::Horizontal);
    // The centre gets the room: the bottom docks (devices, log, jobs,
    // events) start at about a fifth of the height.
    resizeDocks({m_devicesDock}, {std::max(fontMetrics().height() * 8, height() / 5)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        m_defaultState = saveState();
        // Dock sizes only take once the window has its size: below.
        m_defaultDockSizes = true;
        if (m_settings) {
            const QByteArray state = m_settings->windowState();
            if (!state.isEmpty() && restoreState(state))
                m_defaultDockSizes = false;
        }
    }
    QMainWindow::showEvent(event);
    if (m_defaultDockSizes) {
        m_defaultDockSizes = false;
        applyDefaultDockSizes();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_tree->viewport() && event->type() == QEvent::Paint && m_treeModel->rowCount() > 0) {
        m_painted = true;
        // Emitted after this paint has finished.
        QTimer::singleShot(0, this, &MainWindow::inventoryPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace OpsDeck::Widgets
