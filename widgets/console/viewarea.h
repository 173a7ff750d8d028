// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QStackedWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QTabWidget;
class QVBoxLayout;

namespace OpsDeck::Widgets {

/// The main window's central area: a page while the workspace opens, then
/// an inline error banner, notice bars and the view tabs; or a start page
/// (the welcome page) until a workspace opens. Each view tab has a key, so a
/// view asked for twice is raised rather than opened again. GUI thread only.
class ViewArea final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewArea)

public:
    explicit ViewArea(QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

    void setLoadingText(const QString &text);
    /// Shows @p done of @p total objects prepared on the opening page.
    void setLoadingProgress(qint64 done, qint64 total);
    /// The workspace did not open: the opening page says why.
    void showLoadingFailed(const QString &text);
    /// The views, once the inventory is there.
    void showViews();
    void showStartPage(QWidget *page);
    [[nodiscard]] bool isShowingStartPage() const;
    /// Back to the opening page (a start page gives way to a workspace).
    void showLoading();

    void showBanner(const QString &text);
    void hideBanner();
    /// The message of the banner, empty when it is hidden.
    [[nodiscard]] QString bannerText() const;
    /// Adds a notice bar between the banner and the tabs.
    void addNotice(QWidget *notice);

    /// Shows @p page under @p key, or raises the tab that already has that
    /// key (and deletes @p page). Returns the tab index.
    int addTab(QWidget *page, const QString &key, const QString &title);
    /// The tab with @p key, or null.
    [[nodiscard]] QWidget *tab(const QString &key) const;
    /// The key a tab was added with.
    [[nodiscard]] static QString keyOf(const QWidget *page);
    void setTabTitle(QWidget *page, const QString &title);

private:
    QWidget *createLoadingPage();
    QWidget *createViewsPage();

    QLabel *m_loadingTitle = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QWidget *m_views = nullptr;
    QVBoxLayout *m_viewsLayout = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace OpsDeck::Widgets
