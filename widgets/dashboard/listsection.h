// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace OpsDeck::Widgets {

/// A titled, read-only table of a dashboard or overview that gives way to a
/// sentence when there is nothing to list (no service, a failed request, an
/// empty answer): the common frame of such sections, which add their data.
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

protected:
    void showNotice(const QString &text);
    void showTable();

    QLabel *m_title;
    QLabel *m_notice;
    QTableView *m_view;
};

} // namespace OpsDeck::Widgets
