// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/welcomepage.h"

#include <algorithm>

#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_workspaces(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to OpsDeck"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("See and change your estate: racks, topology, live metrics and change jobs, "
                                "with NetBox as the source of truth."),
                             this);
    intro->setWordWrap(true);

    auto *connect = new QCommandLinkButton(tr("Connect to NetBox"),
                                           tr("Create a workspace for your estate: NetBox address and token, "
                                              "then a first sync."),
                                           this);
    connect->setObjectName(QStringLiteral("welcomeConnect"));
    auto *demo = new QCommandLinkButton(tr("Explore the demo"),
                                        tr("A generated estate of three sites with live metrics; nothing to set up."),
                                        this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *open = new QCommandLinkButton(tr("Open a workspace folder"),
                                        tr("A workspace a colleague shared or one kept elsewhere."), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    QObject::connect(connect, &QCommandLinkButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    QObject::connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    QObject::connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openFolderRequested);

    m_workspaces->setObjectName(QStringLiteral("welcomeWorkspaces"));
    m_workspaces->setMaximumHeight(160);
    QObject::connect(m_workspaces, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit workspaceRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QWidget(this);
    column->setMinimumWidth(std::min(560, fontMetrics().horizontalAdvance(u'M') * 40));
    column->setMaximumWidth(680);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(connect);
    layout->addWidget(demo);
    layout->addWidget(open);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Your workspaces:"), column));
    layout->addWidget(m_workspaces);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    setWorkspaces({});
}

void WelcomePage::setWorkspaces(const QList<std::pair<QString, QString>> &workspaces)
{
    m_workspaces->clear();
    for (const auto &[name, folder] : workspaces) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, folder), m_workspaces);
        item->setData(Qt::UserRole, folder);
    }
    if (workspaces.isEmpty())
        new QListWidgetItem(tr("(none yet)"), m_workspaces);
    m_workspaces->setEnabled(!workspaces.isEmpty());
}

} // namespace OpsDeck::Widgets
