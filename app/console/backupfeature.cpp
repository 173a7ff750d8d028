// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/backupfeature.h"

#include <QAction>
#include <QLineEdit>
#include <QSet>

#include "models/session/backups/confighistorysession.h"
#include "models/session/backups/schedulesession.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/backups/configsearchview.h"
#include "widgets/backups/scheduledialog.h"
#include "widgets/console/consoleshell.h"

namespace OpsDeck::Console {

using Widgets::ConsoleShell;

namespace {

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

BackupFeature::BackupFeature(ConsoleShell *shell, Models::JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_connection(connection)
    , m_schedules(new Models::ScheduleSession(connection, this))
    , m_schedulesAction(new QAction(tr("&Backup Schedules…"), this))
    , m_searchAction(new QAction(tr("Search &Configurations…"), this))
{
    m_schedulesAction->setObjectName(QStringLiteral("actionBackupSchedules"));
    m_schedulesAction->setStatusTip(tr("Schedule configuration backups by site, role or tag and see their runs"));
    connect(m_schedulesAction, &QAction::triggered, this, &BackupFeature::showSchedules);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, m_schedulesAction);

    m_searchAction->setObjectName(QStringLiteral("actionSearchConfigurations"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_searchAction->setStatusTip(tr("Search the latest backed-up configuration of every device"));
    connect(m_searchAction, &QAction::triggered, this, [this] { showSearch(); });
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, m_searchAction);
    m_shell->shellWidget()->addAction(m_searchAction);
}

BackupFeature::~BackupFeature()
{
    delete m_dialog;
    delete m_search;
}

Widgets::ScheduleDialog *BackupFeature::scheduleDialog() const
{
    return m_dialog;
}

void BackupFeature::showSchedules()
{
    Models::InventoryService *inventory = m_shell->inventoryService();
    if (!inventory || !inventory->isOpen()) {
        m_shell->showStatusMessage(tr("Open a workspace to schedule its backups."), 8000);
        return;
    }
    if (!m_dialog) {
        m_dialog = new Widgets::ScheduleDialog(m_schedules, inventory->workspace().folder, m_shell->shellWidget());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSet<QString> sites;
        QSet<QString> roles;
        for (const Domain::Device &d : inventory->snapshot().devices) {
            sites.insert(d.siteName);
            roles.insert(d.roleName);
        }
        m_dialog->setScopeChoices(sorted(sites), sorted(roles), {});
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

Widgets::ConfigSearchView *BackupFeature::showSearch()
{
    if (!m_search) {
        // The tab owns its session, so answers end with it.
        auto *session = new Models::ConfigHistorySession(m_connection);
        m_search = new Widgets::ConfigSearchView(session);
        session->setParent(m_search);
        connect(m_search, &Widgets::ConfigSearchView::historyRequested, this, &BackupFeature::historyRequested);
    }
    m_shell->addViewTab(m_search, QStringLiteral("configSearch"), tr("Configuration Search"));
    m_search->patternEdit()->setFocus();
    return m_search;
}

} // namespace OpsDeck::Console
