// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/alarmfeature.h"

#include <QAction>
#include <QDockWidget>
#include <QTreeView>

#include "backend/settings/settings.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/session/alarms/alarmsession.h"
#include "models/session/alarms/rulesession.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/alarms/alarmnotifier.h"
#include "widgets/alarms/alarmrulesdialog.h"
#include "widgets/alarms/alarmstatuswidget.h"
#include "widgets/console/consoleshell.h"

namespace OpsDeck::Console {

using Widgets::AlarmsView;
using Widgets::ConsoleShell;

AlarmFeature::AlarmFeature(ConsoleShell *shell, Models::JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_session(new Models::AlarmSession(connection, this))
    , m_model(new Models::AlarmTableModel(m_session, this))
    , m_dock(new QDockWidget(tr("Alarms"), shell->shellWidget()))
    , m_dockView(new AlarmsView(m_model, m_dock))
    , m_status(new Widgets::AlarmStatusWidget)
    , m_tabAction(new QAction(tr("Alarms &Tab"), this))
    , m_rulesAction(new QAction(tr("Alarm &Rules…"), this))
    , m_notifier(new Widgets::AlarmNotifier(m_session, this))
    , m_ruleSession(new Models::RuleSession(connection, this))
{
    m_dock->setObjectName(QStringLiteral("alarmsDock"));
    m_dock->setWidget(m_dockView);
    m_shell->addFeatureDock(m_dock, Qt::BottomDockWidgetArea);
    connect(m_dockView, &AlarmsView::deviceRequested, this, &AlarmFeature::deviceRequested);

    // View › Alarms Tab: the same list as a full tab.
    m_tabAction->setObjectName(QStringLiteral("actionAlarms"));
    m_tabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_tabAction->setStatusTip(tr("Show the workspace's active alarms in a tab"));
    connect(m_tabAction, &QAction::triggered, this, [this] { showTab(); });
    m_shell->addMenuAction(ConsoleShell::Menu::View, m_tabAction);
    m_shell->shellWidget()->addAction(m_tabAction);

    // Tools › Alarm Rules…, and the same from the alarms views.
    m_rulesAction->setObjectName(QStringLiteral("actionAlarmRules"));
    m_rulesAction->setStatusTip(tr("Edit the workspace's alarm rules and preview them on the last 24 hours"));
    connect(m_rulesAction, &QAction::triggered, this, &AlarmFeature::showRules);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, m_rulesAction);
    m_dockView->addViewAction(m_rulesAction);

    m_shell->addStatusWidget(m_status);
    connect(m_model, &Models::AlarmTableModel::countsChanged, m_status, &Widgets::AlarmStatusWidget::showCounts);
    connect(m_session, &Models::AlarmSession::availabilityChanged, m_status, &Widgets::AlarmStatusWidget::setAvailable);
    // The tooltip says why there are no counts, as the alarms view does.
    const auto explain = [this] { m_status->setUnavailableReason(AlarmsView::availabilityText(*m_session)); };
    connect(m_session, &Models::AlarmSession::serviceStateChanged, m_status, explain);
    connect(m_session, &Models::AlarmSession::availabilityChanged, m_status, explain);
    explain();
    connect(m_status, &Widgets::AlarmStatusWidget::activated, this, [this] {
        m_dock->show();
        m_dock->raise();
    });

    connect(m_notifier, &Widgets::AlarmNotifier::notified, this,
            [this](qint64, const QString &message) { m_shell->showStatusMessage(message, 15000); });

    if (Models::InventoryService *inventory = m_shell->inventoryService()) {
        connect(inventory, &Models::InventoryService::snapshotLoaded, this, &AlarmFeature::readDevices);
        readDevices();
    }
}

AlarmFeature::~AlarmFeature()
{
    // The views before the model they show, the editor before its session.
    delete m_rulesDialog;
    delete m_tabView;
    delete m_dock;
}

void AlarmFeature::setSettings(Settings::Settings *settings)
{
    const auto apply = [this, settings] {
        m_notifier->setEnabled(settings->alarmNotifications());
        m_notifier->setSoundEnabled(settings->alarmSound());
    };
    apply();
    connect(settings, &Settings::Settings::alarmNotificationsChanged, this, apply);
}

QDockWidget *AlarmFeature::dock() const
{
    return m_dock;
}

AlarmsView *AlarmFeature::showTab()
{
    if (!m_tabView) {
        m_tabView = new AlarmsView(m_model);
        m_tabView->addViewAction(m_rulesAction);
        connect(m_tabView, &AlarmsView::deviceRequested, this, &AlarmFeature::deviceRequested);
    }
    m_shell->addViewTab(m_tabView, QStringLiteral("alarms"), tr("Alarms"));
    m_tabView->view()->setFocus();
    return m_tabView;
}

Widgets::AlarmRulesDialog *AlarmFeature::rulesDialog() const
{
    return m_rulesDialog;
}

void AlarmFeature::showRules()
{
    Models::InventoryService *inventory = m_shell->inventoryService();
    if (!inventory || !inventory->isOpen()) {
        m_shell->showStatusMessage(tr("Open a workspace to edit its alarm rules."), 8000);
        return;
    }
    if (!m_rulesDialog) {
        m_rulesDialog =
            new Widgets::AlarmRulesDialog(m_ruleSession, inventory->workspace().folder, m_shell->shellWidget());
        m_rulesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_rulesDialog->open();
    m_rulesDialog->raise();
    m_rulesDialog->activateWindow();
}

void AlarmFeature::readDevices()
{
    Models::InventoryService *inventory = m_shell->inventoryService();
    QHash<QString, Models::AlarmDeviceInfo> devices;
    for (const Domain::Device &d : inventory->snapshot().devices)
        devices.insert(d.name, {d.id, d.siteName, d.roleName, d.rackId, d.siteId});
    m_model->setDevices(devices);
}

} // namespace OpsDeck::Console
