// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace OpsDeck::Widgets {

/// A titled, read-only table of a dashboard or overview that gives way to a
/// sentence when there is nothing to list (no service, a failed request, an
/// empty answer): the common frame of such sections, which add their data
/// and reload() it.
/// Child objects are named after @p name ("<name>Notice", "<name>View").
/// GUI thread.
class ListSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSection)

public:
    /// Shows @p model (which becomes a child of this section).
    ListSection(const QString &title, const QString &name, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~ListSection() override;

    [[nodiscard]] QTableView *view() const { return m_view; }
    /// The sentence shown instead of the table, empty while the table shows.
    [[nodiscard]] QString noticeText() const;
    /// Asks for the list again now (and drops a reload that was pending).
    virtual void reload() = 0;

protected:
    void showNotice(const QString &text);
    void showTable();
    /// Reloads once, shortly after a burst of changes has passed (the
    /// service announces related changes together).
    void reloadSoon();
    /// To call first in reload(): the pending reload is the one running.
    void cancelPendingReload() { m_refresh.stop(); }

    QLabel *m_title;
    QLabel *m_notice;
    QTableView *m_view;

private:
    QTimer m_refresh;
};

} // namespace OpsDeck::Widgets
