// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDockWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace OpsDeck::Models {
class DeviceTypeListModel;
class RackPlanModel;
}

namespace OpsDeck::Widgets {

/// The planning palette: the device-type catalogue with a search field
/// (manufacturer, model, part number). Drag a type onto a rack to add a
/// planned device. GUI thread.
class RackPaletteDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackPaletteDock)

public:
    explicit RackPaletteDock(Models::RackPlanModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListView *listView() const { return m_list; }
    [[nodiscard]] QSortFilterProxyModel *proxyModel() const { return m_proxy; }

private:
    Models::DeviceTypeListModel *m_types;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
};

} // namespace OpsDeck::Widgets
