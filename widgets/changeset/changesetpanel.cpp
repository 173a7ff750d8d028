// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/changeset/changesetpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/changeset/changesetmodel.h"
#include "models/session/changeset/changesetsession.h"

namespace OpsDeck::Widgets {

using Models::ChangeSetModel;
using Models::ChangeSetSession;
using State = ChangeSetSession::EntryState;

ChangeSetPanel::ChangeSetPanel(ChangeSetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ChangeSetModel(session, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_pushButton(new QPushButton(tr("&Push to NetBox"), this))
    , m_keepMineButton(new QPushButton(tr("&Keep mine"), this))
    , m_takeTheirsButton(new QPushButton(tr("&Take theirs"), this))
    , m_removeButton(new QPushButton(tr("&Discard edit"), this))
    , m_clearButton(new QPushButton(tr("C&lear finished"), this))
{
    m_view->setObjectName(QStringLiteral("changeSetView"));
    m_summary->setObjectName(QStringLiteral("changeSetSummary"));
    m_error->setObjectName(QStringLiteral("changeSetError"));
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_keepMineButton->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirsButton->setObjectName(QStringLiteral("takeTheirsButton"));
    m_removeButton->setObjectName(QStringLiteral("discardButton"));
    m_clearButton->setObjectName(QStringLiteral("clearFinishedButton"));
    m_keepMineButton->setToolTip(tr("Write the local values over NetBox's current ones on the next push"));
    m_takeTheirsButton->setToolTip(tr("Drop the local edit and keep what NetBox holds now"));

    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_error->hide();

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Values and headers readable in full; the status takes what is left.
    for (int column = ChangeSetModel::ObjectColumn; column < ChangeSetModel::StatusColumn; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pushButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_keepMineButton);
    buttons->addWidget(m_takeTheirsButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_pushButton, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_session->push();
    });
    connect(m_keepMineButton, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeTheirsButton, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { m_session->removeEntry(selectedEntry()); });
    connect(m_clearButton, &QPushButton::clicked, session, &ChangeSetSession::clearFinished);
    connect(session, &ChangeSetSession::errorOccurred, this, [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
    });
    connect(session, &ChangeSetSession::entriesChanged, this, &ChangeSetPanel::updateActions);
    connect(session, &ChangeSetSession::busyChanged, this, &ChangeSetPanel::updateActions);
    connect(session, &ChangeSetSession::pushTargetChanged, this, &ChangeSetPanel::updateActions);
    connect(m_model, &ChangeSetModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &ChangeSetModel::rowsInserted, m_view, &QTreeView::expandAll);
    // Conflicts open up so the three values are visible at once.
    connect(session, &ChangeSetSession::pushFinished, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChangeSetPanel::updateActions);
    m_view->expandAll();
    updateActions();
}

ChangeSetPanel::~ChangeSetPanel() = default;

int ChangeSetPanel::selectedEntry() const
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return -1;
    while (index.parent().isValid())
        index = index.parent();
    return index.row();
}

void ChangeSetPanel::updateActions()
{
    const int pending =
        m_session->count(State::Pending) + m_session->count(State::Failed) + m_session->count(State::KeepMine);
    const int conflicts = m_session->count(State::Conflict);
    const int failed = m_session->count(State::Failed);
    const int written = m_session->count(State::Written);
    if (m_session->entryCount() == 0)
        m_summary->setText(tr("No pending changes. Edits made in the console appear here."));
    else if (m_session->isBusy())
        m_summary->setText(tr("Pushing to NetBox…"));
    else if (pending > 0 && !m_session->canPush())
        m_summary->setText(tr("%1 to push, %2 in conflict, %3 failed, %4 written. Offline: the edits are kept in "
                              "the workspace; open Tools ▸ NetBox Sync or start the OpsDeck service to push them.")
                               .arg(pending)
                               .arg(conflicts)
                               .arg(failed)
                               .arg(written));
    else
        m_summary->setText(tr("%1 to push, %2 in conflict, %3 failed, %4 written")
                               .arg(pending)
                               .arg(conflicts)
                               .arg(failed)
                               .arg(written));
    const bool busy = m_session->isBusy();
    const int row = selectedEntry();
    const bool conflict = row >= 0 && m_session->entryState(row) == State::Conflict;
    m_pushButton->setEnabled(!busy && pending > 0 && m_session->canPush());
    m_keepMineButton->setEnabled(!busy && conflict && !m_session->conflict(row).deletedRemotely);
    m_takeTheirsButton->setEnabled(!busy && conflict);
    m_removeButton->setEnabled(!busy && row >= 0);
    m_clearButton->setEnabled(!busy && (written > 0 || m_session->count(State::TheirsTaken) > 0));
}

void ChangeSetPanel::resolveSelected(bool keepMine)
{
    const int row = selectedEntry();
    if (row >= 0)
        m_session->resolve(row, keepMine ? ChangeSetSession::Resolution::KeepMine
                                         : ChangeSetSession::Resolution::TakeTheirs);
}

} // namespace OpsDeck::Widgets
