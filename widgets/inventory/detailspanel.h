// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QUrl>
#include <QWidget>

#include "models/session/inventory/inventorytypes.h"

class QColor;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace OpsDeck::Models {
class InterfaceTableModel;
}

namespace OpsDeck::Widgets {

/// The object details panel: a device's attributes, its interfaces with
/// their cable peer and addresses, its neighbours, and a link that opens
/// the device in NetBox when a NetBox URL is configured. Shows what it is
/// given (setDevice); loading is the owner's business.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    /// The NetBox edits offered on an interface.
    enum class InterfaceEdit { Attributes, Cable, IpAddress };
    Q_ENUM(InterfaceEdit)

    explicit DetailsPanel(QWidget *parent = nullptr);

    /// Base URL of NetBox ("https://netbox.example"), or empty.
    void setNetboxUrl(const QString &url);
    void setDevice(const Models::DeviceDetails &details);
    /// Shows a placeholder while a device loads.
    void setLoading(const QString &name);
    void clear();

    [[nodiscard]] qint64 deviceId() const { return m_details.device.id; }
    [[nodiscard]] QUrl netboxUrl() const;

    [[nodiscard]] const Models::DeviceDetails &details() const { return m_details; }
    [[nodiscard]] QTableView *interfaceView() const { return m_interfaceView; }

    /// NetBox's page of a device: <base>/dcim/devices/<id>/.
    [[nodiscard]] static QUrl netboxDeviceUrl(const QString &base, qint64 deviceId);
    /// The style sheet of a status "chip" label in @p color.
    [[nodiscard]] static QString statusChipStyle(const QColor &color);
    /// The look and behaviour every interface table shares (details, dashboard).
    static void setUpInterfaceView(QTableView *view);

signals:
    /// The user asked for a neighbour (double-click, Enter).
    void deviceRequested(const QString &name);
    /// The user asked for the chart of an interface (double-click, Enter, context menu).
    void interfaceChartRequested(qint64 deviceId, qint64 interfaceId);
    /// The user asked for the device's dashboard.
    void dashboardRequested(qint64 deviceId);
    /// The user asked to edit the device's NetBox attributes.
    void deviceEditRequested(qint64 deviceId);
    /// The user asked for a NetBox edit of an interface.
    void interfaceEditRequested(qint64 deviceId, qint64 interfaceId,
                                OpsDeck::Widgets::DetailsPanel::InterfaceEdit edit);

private:
    /// The device's name and status chip with the dashboard and edit buttons.
    QHBoxLayout *buildTitleRow(QWidget *page);
    /// One read-only row per device attribute.
    void buildFields(QWidget *page);
    /// The interfaces and neighbours tabs.
    void setUpTabs();
    void updateLink();
    void showInterfaceMenu(const QPoint &pos);

    Models::DeviceDetails m_details;
    QString m_netboxBase;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_link;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    QTabWidget *m_tabs;
    QTableView *m_interfaceView;
    Models::InterfaceTableModel *m_interfaces;
    QTreeWidget *m_neighbours;
};

} // namespace OpsDeck::Widgets
