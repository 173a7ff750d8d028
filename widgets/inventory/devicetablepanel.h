// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace OpsDeck::Models {
class DeviceFilterProxyModel;
class DeviceTableModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The device table: an instant filter over name, role, type, platform, IP,
/// serial and asset tag, a sortable multi-select table whose columns the user
/// picks from the header's context menu, and a row count.
class DeviceTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTablePanel)

public:
    DeviceTablePanel(Models::DeviceTableModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] Models::DeviceFilterProxyModel *proxy() const { return m_proxy; }

    /// Ids of the selected devices, in view order.
    [[nodiscard]] QList<qint64> selectedDeviceIds() const;
    /// Id of the current device, or 0.
    [[nodiscard]] qint64 currentDeviceId() const;
    /// Makes a device current and selected, clearing the filter and the scope
    /// when they hide it. False when the device is unknown.
    bool selectDevice(qint64 deviceId);
    /// A short description of the scope shown beside the filter ("Site X").
    void setScopeText(const QString &text);

    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentDeviceChanged(qint64 deviceId);
    void deviceActivated(qint64 deviceId);
    void contextMenuRequested(const QPoint &globalPos);

private:
    void updateCount();
    void showColumnMenu(const QPoint &pos);

    Models::DeviceTableModel *m_model;
    Models::DeviceFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_scope;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace OpsDeck::Widgets
