// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/detailspanel.h"

#include <map>

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/inventory/interfacetablemodel.h"
#include "models/inventory/statusstyle.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_link(new QLabel(this))
    , m_form(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_interfaceView(new QTableView(this))
    , m_interfaces(new Models::InterfaceTableModel(this))
    , m_neighbours(new QTreeWidget(this))
{
    setAccessibleName(tr("Object details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("Select a device in the tree, the table or the search (Ctrl+K) to see its details."));
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buildTitleRow(page));
    layout->addWidget(m_subtitle);

    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setAccessibleName(tr("Open in NetBox"));
    layout->addWidget(m_link);

    buildFields(page);
    layout->addLayout(m_form);
    setUpTabs();
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
}

QHBoxLayout *DetailsPanel::buildTitleRow(QWidget *page)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status);
    auto *dashboard = new QPushButton(tr("Dash&board"), page);
    dashboard->setObjectName(QStringLiteral("dashboardButton"));
    dashboard->setToolTip(tr("Open the device dashboard: charts and live interface rates"));
    connect(dashboard, &QPushButton::clicked, this, [this] {
        if (m_details.device.id)
            emit dashboardRequested(m_details.device.id);
    });
    titleRow->addWidget(dashboard);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    edit->setObjectName(QStringLiteral("editDeviceButton"));
    edit->setToolTip(tr("Edit the device's NetBox attributes; the change waits in NetBox Changes until pushed"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_details.device.id)
            emit deviceEditRequested(m_details.device.id);
    });
    titleRow->addWidget(edit);
    return titleRow;
}

void DetailsPanel::buildFields(QWidget *page)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    const std::pair<const char *, QString> fields[] = {
        {"site", tr("Site")},         {"rack", tr("Rack")},
        {"role", tr("Role")},         {"type", tr("Type")},
        {"platform", tr("Platform")}, {"ip", tr("Primary IP")},
        {"serial", tr("Serial")},     {"asset", tr("Asset tag")},
        {"tenant", tr("Tenant")},     {"airflow", tr("Airflow")},
        {"description", tr("Description")},
    };
    for (const auto &[key, label] : fields) {
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setAccessibleName(label);
        m_form->addRow(label, value);
        m_fields.insert(QLatin1String(key), value);
    }
}

void DetailsPanel::setUpTabs()
{
    m_interfaceView->setModel(m_interfaces);
    m_interfaceView->setItemDelegate(new StatusDelegate(m_interfaceView));
    setUpInterfaceView(m_interfaceView);
    m_interfaceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_interfaceView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit interfaceChartRequested(m_details.device.id,
                                     index.data(Models::InterfaceTableModel::IdRole).toLongLong());
    });
    connect(m_interfaceView, &QTableView::customContextMenuRequested, this, &DetailsPanel::showInterfaceMenu);
    m_tabs->addTab(m_interfaceView, tr("Interfaces"));

    m_neighbours->setAccessibleName(tr("Neighbours"));
    m_neighbours->setRootIsDecorated(false);
    m_neighbours->setHeaderLabels({tr("Neighbour"), tr("Links"), tr("Local ports")});
    m_neighbours->setAlternatingRowColors(true);
    connect(m_neighbours, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit deviceRequested(item->text(0)); });
    m_tabs->addTab(m_neighbours, tr("Neighbours"));
}

QString DetailsPanel::statusChipStyle(const QColor &color)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 1px 8px;"
                          " font-weight: 600; }")
        .arg(color.name());
}

QUrl DetailsPanel::netboxDeviceUrl(const QString &base, qint64 deviceId)
{
    QString root = base.trimmed();
    if (root.isEmpty() || deviceId <= 0)
        return {};
    while (root.endsWith(u'/'))
        root.chop(1);
    return QUrl(root + QStringLiteral("/dcim/devices/%1/").arg(deviceId));
}

QUrl DetailsPanel::netboxUrl() const
{
    return netboxDeviceUrl(m_netboxBase, m_details.device.id);
}

void DetailsPanel::setNetboxUrl(const QString &url)
{
    m_netboxBase = url;
    updateLink();
}

void DetailsPanel::updateLink()
{
    const QUrl url = netboxUrl();
    if (url.isValid() && !url.isEmpty()) {
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(url.toString(QUrl::FullyEncoded), tr("Open in NetBox").toHtmlEscaped()));
        m_link->setEnabled(true);
        m_link->setToolTip(url.toString());
    } else {
        m_link->setText(tr("No NetBox URL is configured for this workspace."));
        m_link->setEnabled(false);
        m_link->setToolTip({});
    }
}

void DetailsPanel::showInterfaceMenu(const QPoint &pos)
{
    const QModelIndex index = m_interfaceView->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 interfaceId = index.data(Models::InterfaceTableModel::IdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Show Chart"), this,
                   [this, interfaceId] { emit interfaceChartRequested(m_details.device.id, interfaceId); });
    menu.addAction(tr("Open Dashboard"), this, [this] { emit dashboardRequested(m_details.device.id); });
    menu.addSeparator();
    const auto edit = [this, interfaceId](InterfaceEdit what) {
        return [this, interfaceId, what] { emit interfaceEditRequested(m_details.device.id, interfaceId, what); };
    };
    menu.addAction(tr("Edit Interface…"), this, edit(InterfaceEdit::Attributes));
    menu.addAction(tr("Connect Cable…"), this, edit(InterfaceEdit::Cable));
    menu.addAction(tr("Assign IP Address…"), this, edit(InterfaceEdit::IpAddress));
    menu.exec(m_interfaceView->viewport()->mapToGlobal(pos));
}

void DetailsPanel::setLoading(const QString &name)
{
    if (m_details.device.name != name) {
        m_placeholder->setText(tr("Loading %1…").arg(name));
        m_stack->setCurrentIndex(0);
    }
}

void DetailsPanel::clear()
{
    m_details = {};
    m_interfaces->setInterfaces({});
    m_neighbours->clear();
    m_placeholder->setText(tr("Select a device in the tree, the table or the search (Ctrl+K) to see its details."));
    m_stack->setCurrentIndex(0);
}

void DetailsPanel::setDevice(const Models::DeviceDetails &details)
{
    m_details = details;
    const Domain::Device &d = details.device;
    m_title->setText(d.name);
    m_subtitle->setText(d.manufacturer.isEmpty() ? d.model : tr("%1 %2").arg(d.manufacturer, d.model));
    m_status->setText(Models::statusText(d.status));
    m_status->setStyleSheet(statusChipStyle(Models::statusColor(d.status)));

    auto set = [this](const char *key, const QString &text) {
        QLabel *label = m_fields.value(QLatin1String(key));
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    set("site", d.siteName);
    QString rack = d.rackName;
    if (!rack.isEmpty() && d.position > 0) {
        rack = d.face.isEmpty() ? tr("%1 · U%2").arg(rack).arg(d.position)
                                : tr("%1 · U%2 · %3").arg(rack).arg(d.position).arg(
                                      d.face == QLatin1String("rear") ? tr("rear") : tr("front"));
    } else if (!rack.isEmpty() && !d.deviceBay.isEmpty()) {
        rack = tr("%1 · bay %2").arg(rack, d.deviceBay);
    }
    set("rack", rack);
    set("role", d.roleName);
    set("type", d.uHeight > 0 ? tr("%1 (%2U)").arg(d.model).arg(d.uHeight) : d.model);
    set("platform", d.platform);
    set("ip", d.primaryIp);
    set("serial", d.serial);
    set("asset", d.assetTag);
    set("tenant", d.tenantName);
    set("airflow", d.airflow);
    set("description", d.description);

    m_interfaces->setInterfaces(details.interfaces);
    m_interfaceView->resizeColumnsToContents();

    // Neighbours: the devices at the far end of this device's cables.
    std::map<QString, QStringList> ports;
    for (const Domain::Interface &i : details.interfaces) {
        if (i.cableId && !i.peerDevice.isEmpty())
            ports[i.peerDevice] << i.name;
    }
    m_neighbours->clear();
    for (const auto &[peer, local] : ports) {
        auto *item = new QTreeWidgetItem(m_neighbours, {peer, QString::number(local.size()),
                                                        local.join(QStringLiteral(", "))});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_neighbours->resizeColumnToContents(0);
    m_tabs->setTabText(0, tr("Interfaces (%1)").arg(details.interfaces.size()));
    m_tabs->setTabText(1, tr("Neighbours (%1)").arg(ports.size()));
    updateLink();
    m_stack->setCurrentIndex(1);
}

void DetailsPanel::setUpInterfaceView(QTableView *view)
{
    view->setAccessibleName(tr("Interfaces"));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setToolTip(tr("Double-click an interface (or press Enter) to open its chart"));
}

} // namespace OpsDeck::Widgets
