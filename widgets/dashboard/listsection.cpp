// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/dashboard/listsection.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

namespace {

// Changes come in bursts (an alarm raised, grouped and notified; both
// directions of a link): one reload after the burst.
constexpr int kRefreshDelayMs = 500;

} // namespace

ListSection::ListSection(const QString &title, const QString &name, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(name);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(6, 4, 6, 0);
    m_notice->setObjectName(name + QStringLiteral("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice->setContentsMargins(6, 6, 6, 6);
    m_notice->setEnabled(false);

    model->setParent(this);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    // One of the two shows at a time, at the top.
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_view, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] { reload(); });
}

void ListSection::reloadSoon()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

ListSection::~ListSection() = default;

void ListSection::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
    m_view->hide();
}

void ListSection::showTable()
{
    m_notice->hide();
    m_notice->clear();
    m_view->show();
}

QString ListSection::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace OpsDeck::Widgets
