// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/sync/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>

#include "models/session/sync/syncsource.h"

namespace OpsDeck::Widgets {

using Models::SyncSource;

SyncStatusWidget::SyncStatusWidget(SyncSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_label(new QLabel(this))
    , m_clock(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    connect(source, &SyncSource::stateChanged, this, &SyncStatusWidget::updateText);
    connect(source, &SyncSource::progressed, this, &SyncStatusWidget::updateText);
    connect(source, &SyncSource::reachabilityChanged, this, &SyncStatusWidget::updateText);
    connect(source, &SyncSource::lastSyncChanged, this, &SyncStatusWidget::updateText);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::updateText);
    m_clock->start(30000);
    updateText();
}

SyncStatusWidget::~SyncStatusWidget() = default;

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusWidget::updateText()
{
    QString line;
    if (m_source->isRunning()) {
        line = tr("%1: %2").arg(m_source->title(), m_source->stateText());
    } else if (m_source->reachability() == SyncSource::Reachability::Offline) {
        line = tr("%1: offline — working from the local store (%2)").arg(m_source->title(), m_source->lastSyncText());
    } else if (m_source->state() == SyncSource::State::Failed) {
        line = tr("%1: sync failed (%2)").arg(m_source->title(), m_source->lastSyncText());
    } else {
        line = tr("%1: %2").arg(m_source->title(), m_source->lastSyncText());
    }
    m_label->setText(line);
    QString tip = tr("Workspace %1\n%2").arg(m_source->workspaceName(), m_source->stateText());
    if (m_source->isStale())
        tip += QLatin1Char('\n') + tr("The local copy is stale; start a sync to refresh it.");
    setToolTip(tip);
    // Stale or offline: the text is shown emphasised, so it is noticed.
    QFont font = m_label->font();
    font.setItalic(m_source->isStale() || m_source->reachability() == SyncSource::Reachability::Offline);
    m_label->setFont(font);
}

} // namespace OpsDeck::Widgets
