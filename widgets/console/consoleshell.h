// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QtGlobal>

class QAction;
class QDockWidget;
class QMenu;
class QString;
class QWidget;

namespace OpsDeck::Models {
class InventoryService;
}

namespace OpsDeck::Widgets {

/// What the console's feature wiring (app/console: jobs, events, syncs,
/// imports, edit dialogs) may do with the window it extends: add docks,
/// commands, status widgets, notices and view tabs, show messages, select a
/// device and reload the inventory. The main window implements it; the
/// wiring talks to this interface, never to the window's internals.
/// GUI thread only.
class ConsoleShell
{
public:
    enum class Menu { File, Edit, View, Object, Tools, Help };
    /// The window's own docks.
    enum class Dock { Navigation, Devices, Details, Log };

    virtual ~ConsoleShell() = default;

    /// The window itself: the parent of the wiring's dialogs and docks.
    [[nodiscard]] virtual QWidget *shellWidget() = 0;
    /// The session on the open workspace's store.
    [[nodiscard]] virtual Models::InventoryService *inventoryService() const = 0;

    /// A menu of the menu bar, for commands that need a place in it.
    [[nodiscard]] virtual QMenu *menu(Menu which) const = 0;
    /// Adds @p action at the end of a menu (the Tools menu shows once it has one).
    virtual void addMenuAction(Menu which, QAction *action) = 0;

    /// Adds a feature dock in @p area: listed in the View menu, closable and
    /// restored with the layout. @p dock needs an objectName.
    virtual void addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    /// Places @p second as a tab over @p first.
    virtual void tabifyDocks(QDockWidget *first, QDockWidget *second) = 0;
    [[nodiscard]] virtual QDockWidget *dock(Dock which) const = 0;

    /// A permanent widget at the right of the status bar.
    virtual void addStatusWidget(QWidget *widget) = 0;
    virtual void showStatusMessage(const QString &text, int timeoutMs) = 0;
    /// Adds a notice bar (e.g. "the vault is locked") above the views.
    virtual void addNotice(QWidget *notice) = 0;
    /// Shows @p page (the welcome page) instead of the views until a
    /// workspace opens; the window takes ownership.
    virtual void showStartPage(QWidget *page) = 0;

    /// Shows @p page under @p key, or raises the tab that already has that
    /// key (and deletes @p page). Returns the tab index.
    virtual int addViewTab(QWidget *page, const QString &key, const QString &title) = 0;
    /// Makes a device current everywhere; false when it is not in the inventory.
    virtual bool selectDevice(qint64 deviceId) = 0;
    /// Reads the inventory again from the store (after a sync, a push or an import).
    virtual void reloadInventory() = 0;

protected:
    ConsoleShell() = default;
    Q_DISABLE_COPY_MOVE(ConsoleShell)
};

} // namespace OpsDeck::Widgets
