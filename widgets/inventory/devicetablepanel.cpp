// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/devicetablepanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include "models/inventory/devicefilterproxymodel.h"
#include "models/inventory/devicetablemodel.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

DeviceTablePanel::DeviceTablePanel(Models::DeviceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new Models::DeviceFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_scope(new QLabel(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    using Model = Models::DeviceTableModel;
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter by name, role, type, platform, IP, serial or asset tag"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Device filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Models::DeviceFilterProxyModel::setFilterText);
    m_scope->setVisible(false);
    m_count->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_scope);
    bar->addWidget(m_count);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setAccessibleName(tr("Devices"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Model::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const std::pair<int, int> widths[] = {
        {Model::NameColumn, 14},    {Model::StatusColumn, 8},  {Model::SiteColumn, 8},
        {Model::RackColumn, 9},     {Model::PositionColumn, 5}, {Model::RoleColumn, 10},
        {Model::ManufacturerColumn, 8}, {Model::TypeColumn, 16}, {Model::PlatformColumn, 9},
        {Model::PrimaryIpColumn, 10}, {Model::SerialColumn, 9}, {Model::AssetTagColumn, 8}, {Model::TenantColumn, 12},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * em);
    // Defaults keep the table readable; the rest are one right-click away.
    header->setSectionHidden(Model::ManufacturerColumn, true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DeviceTablePanel::showColumnMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentDeviceChanged(current.isValid() ? current.data(Model::IdRole).toLongLong() : 0);
            });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit deviceActivated(index.data(Model::IdRole).toLongLong()); });
    connect(m_view, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &pos) { emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DeviceTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeviceTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeviceTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeviceTablePanel::updateCount);
    updateCount();
}

void DeviceTablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n device(s)", nullptr, total)
                                    : tr("%1 of %n device(s)", nullptr, total).arg(shown));
}

void DeviceTablePanel::setScopeText(const QString &text)
{
    m_scope->setText(text);
    m_scope->setVisible(!text.isEmpty());
}

void DeviceTablePanel::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays.
        action->setEnabled(column != Models::DeviceTableModel::NameColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(pos));
}

QList<qint64> DeviceTablePanel::selectedDeviceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(Models::DeviceTableModel::IdRole).toLongLong();
    return ids;
}

qint64 DeviceTablePanel::currentDeviceId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Models::DeviceTableModel::IdRole).toLongLong() : 0;
}

bool DeviceTablePanel::selectDevice(qint64 deviceId)
{
    const int sourceRow = m_model->rowOf(deviceId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_proxy->clearScope();
        setScopeText({});
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QByteArray DeviceTablePanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void DeviceTablePanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace OpsDeck::Widgets
