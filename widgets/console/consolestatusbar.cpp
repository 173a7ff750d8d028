// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/consolestatusbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QUrl>

namespace OpsDeck::Widgets {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_workspaceLabel(addLabel(tr("Workspace")))
    , m_storeLabel(addLabel(tr("Store")))
    , m_syncLabel(addLabel(tr("Connection")))
    , m_jobLabel(addLabel(tr("Background jobs")))
    , m_jobBar(new QProgressBar(this))
{
    m_jobBar->setRange(0, 0);
    m_jobBar->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 8);
    m_jobBar->setMaximumHeight(fontMetrics().height());
    m_jobBar->setTextVisible(false);
    m_jobBar->hide();
    addWidget(m_workspaceLabel);
    addWidget(m_storeLabel, 1);
    addPermanentWidget(m_jobBar);
    addPermanentWidget(m_jobLabel);
    addPermanentWidget(m_syncLabel);
    m_workspaceLabel->setText(tr("No workspace"));
    m_syncLabel->setText(tr("NetBox: not configured"));
    m_jobLabel->setText(tr("Idle"));
}

QLabel *ConsoleStatusBar::addLabel(const QString &accessibleName)
{
    auto *l = new QLabel(this);
    l->setAccessibleName(accessibleName);
    l->setContentsMargins(6, 0, 6, 0);
    return l;
}

void ConsoleStatusBar::showWorkspace(const Models::WorkspaceInfo &info)
{
    m_workspaceLabel->setText(tr("Workspace: %1").arg(info.name));
    m_workspaceLabel->setToolTip(info.folder);
    m_storeLabel->setText(info.storeDescription);
    const QUrl netbox(info.netboxUrl);
    m_syncLabel->setText(info.netboxUrl.isEmpty() ? tr("NetBox: not configured")
                                                  : tr("NetBox: %1 · not synced in this session").arg(netbox.host()));
}

void ConsoleStatusBar::showInventory(const QString &storeDescription, const Models::InventorySnapshot &s)
{
    m_storeLabel->setText(tr("%1 · %2 sites · %3 racks · %4 devices · %5 interfaces")
                              .arg(storeDescription)
                              .arg(s.sites.size())
                              .arg(s.racks.size())
                              .arg(s.devices.size())
                              .arg(s.interfaceCount));
}

void ConsoleStatusBar::showJobs(int count, const QString &current)
{
    m_jobBar->setVisible(count > 0);
    m_jobLabel->setText(count > 0 ? current : tr("Idle"));
    m_jobLabel->setToolTip(tr("%n background job(s) running", nullptr, count));
}

} // namespace OpsDeck::Widgets
