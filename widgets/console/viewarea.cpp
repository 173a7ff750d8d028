// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/viewarea.h"

#include <algorithm>
#include <climits>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

namespace {

const char *const kTabKey = "opsdeckTabKey";

} // namespace

ViewArea::ViewArea(QWidget *parent)
    : QStackedWidget(parent)
{
    addWidget(createLoadingPage());
    addWidget(createViewsPage());
}

QWidget *ViewArea::createLoadingPage()
{
    auto *loading = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loading);
    m_loadingTitle = new QLabel(tr("Opening the workspace…"), loading);
    QFont big = m_loadingTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_loadingTitle->setFont(big);
    m_loadingTitle->setAlignment(Qt::AlignCenter);
    m_loadingBar = new QProgressBar(loading);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setAccessibleName(tr("Progress"));
    m_loadingBar->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingTitle);
    loadingLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);
    return loading;
}

QWidget *ViewArea::createViewsPage()
{
    m_views = new QWidget(this);
    m_viewsLayout = new QVBoxLayout(m_views);
    m_viewsLayout->setContentsMargins(0, 0, 0, 0);
    m_viewsLayout->setSpacing(0);
    m_banner = new QFrame(m_views);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("#banner { background: #fdecea; border-bottom: 1px solid #f5c2c0; }"
                                           " #banner QLabel { color: #8a1c14; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setAutoRaise(true);
    bannerClose->setText(tr("Dismiss"));
    bannerClose->setAccessibleName(tr("Dismiss the message"));
    connect(bannerClose, &QToolButton::clicked, m_banner, &QFrame::hide);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerClose);
    m_banner->hide();
    m_tabs = new QTabWidget(m_views);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_viewsLayout->addWidget(m_banner);
    m_viewsLayout->addWidget(m_tabs, 1);
    return m_views;
}

void ViewArea::setLoadingText(const QString &text)
{
    m_loadingTitle->setText(text);
}

void ViewArea::setLoadingProgress(qint64 done, qint64 total)
{
    m_loadingBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_loadingBar->setValue(int(std::min(done, total)));
    m_loadingBar->setFormat(tr("%1 of %2 objects").arg(QLocale().toString(done), QLocale().toString(total)));
    m_loadingBar->setTextVisible(true);
}

void ViewArea::showLoadingFailed(const QString &text)
{
    m_loadingTitle->setText(text);
    m_loadingBar->hide();
}

void ViewArea::showViews()
{
    setCurrentWidget(m_views);
}

void ViewArea::showLoading()
{
    setCurrentIndex(0);
}

void ViewArea::showStartPage(QWidget *page)
{
    if (indexOf(page) < 0)
        addWidget(page);
    setCurrentWidget(page);
}

bool ViewArea::isShowingStartPage() const
{
    return currentIndex() > 1;
}

void ViewArea::showBanner(const QString &text)
{
    m_bannerText->setText(text);
    m_banner->show();
}

void ViewArea::hideBanner()
{
    m_banner->hide();
}

QString ViewArea::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString();
}

void ViewArea::addNotice(QWidget *notice)
{
    m_viewsLayout->insertWidget(1, notice);
}

int ViewArea::addTab(QWidget *page, const QString &key, const QString &title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (keyOf(m_tabs->widget(i)) == key) {
            if (page != m_tabs->widget(i))
                delete page;
            m_tabs->setCurrentIndex(i);
            return i;
        }
    }
    page->setProperty(kTabKey, key);
    const int index = m_tabs->addTab(page, title);
    m_tabs->setCurrentIndex(index);
    return index;
}

QWidget *ViewArea::tab(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (keyOf(m_tabs->widget(i)) == key)
            return m_tabs->widget(i);
    }
    return nullptr;
}

QString ViewArea::keyOf(const QWidget *page)
{
    return page ? page->property(kTabKey).toString() : QString();
}

void ViewArea::setTabTitle(QWidget *page, const QString &title)
{
    m_tabs->setTabText(m_tabs->indexOf(page), title);
}

} // namespace OpsDeck::Widgets
