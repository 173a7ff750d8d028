// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackpalettedock.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include "models/rack/devicetypelistmodel.h"

namespace OpsDeck::Widgets {

RackPaletteDock::RackPaletteDock(Models::RackPlanModel *model, QWidget *parent)
    : QDockWidget(tr("Device types"), parent)
    , m_types(new Models::DeviceTypeListModel(model, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("rackPaletteDock"));
    m_proxy->setSourceModel(m_types);
    m_proxy->setFilterRole(Models::DeviceTypeListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search manufacturer or model"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_list->setModel(m_proxy);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setWidget(body);
}

} // namespace OpsDeck::Widgets
