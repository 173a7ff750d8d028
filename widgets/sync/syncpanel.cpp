// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/sync/syncpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/session/sync/syncsource.h"
#include "models/sync/syncprogressmodel.h"

namespace OpsDeck::Widgets {

using Models::SyncSource;

SyncPanel::SyncPanel(SyncSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new Models::SyncProgressModel(source, this))
    , m_workspaceLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_fullButton(new QPushButton(tr("Start &full"), this))
    , m_incrementalButton(new QPushButton(tr("Start &incremental"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_clock(new QTimer(this))
{
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSyncLabel"));
    m_stateLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("syncTable"));
    m_fullButton->setObjectName(QStringLiteral("startFullButton"));
    m_incrementalButton->setObjectName(QStringLiteral("startIncrementalButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Models::SyncProgressModel::EndpointColumn,
                                                      QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(m_workspaceLabel);
    header->addStretch();
    header->addWidget(m_lastSyncLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fullButton);
    buttons->addWidget(m_incrementalButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_fullButton, &QPushButton::clicked, source, &SyncSource::startFull);
    connect(m_incrementalButton, &QPushButton::clicked, source, &SyncSource::startIncremental);
    connect(m_cancelButton, &QPushButton::clicked, source, &SyncSource::cancel);
    connect(source, &SyncSource::stateChanged, this, &SyncPanel::updateState);
    connect(source, &SyncSource::progressed, this, &SyncPanel::updateState);
    connect(source, &SyncSource::reachabilityChanged, this, &SyncPanel::updateState);
    connect(source, &SyncSource::lastSyncChanged, this, &SyncPanel::updateState);
    // Ages in the texts move on without any event from the source.
    connect(m_clock, &QTimer::timeout, this, &SyncPanel::updateState);
    m_clock->start(30000);
    updateState();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::updateState()
{
    m_workspaceLabel->setText(tr("%1 — workspace %2").arg(m_source->title(), m_source->workspaceName()));
    m_lastSyncLabel->setText(tr("Last sync: %1").arg(m_source->lastSyncText()));
    m_lastSyncLabel->setToolTip(m_source->lastSync().isValid()
                                    ? QLocale().toString(m_source->lastSync().toLocalTime(), QLocale::LongFormat)
                                    : QString());
    m_stateLabel->setText(m_source->stateText());
    const bool running = m_source->isRunning();
    m_fullButton->setEnabled(!running);
    m_incrementalButton->setEnabled(!running);
    m_cancelButton->setEnabled(m_source->state() == SyncSource::State::Running);
}

} // namespace OpsDeck::Widgets
