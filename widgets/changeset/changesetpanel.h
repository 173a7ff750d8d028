// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace OpsDeck::Models {
class ChangeSetModel;
class ChangeSetSession;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The pending NetBox change set: each edited object with its fields, the
/// local value next to NetBox's current value and the last synced base;
/// Push; per-object Keep mine / Take theirs for conflicts; write failures
/// inline. Usable as a dock's content. Does not own the session; shows it
/// through a ChangeSetModel of its own. GUI thread.
class ChangeSetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetPanel)

public:
    explicit ChangeSetPanel(Models::ChangeSetSession *session, QWidget *parent = nullptr);
    ~ChangeSetPanel() override;

    [[nodiscard]] Models::ChangeSetModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// The entry row selected (a field selects its object); -1 when none.
    [[nodiscard]] int selectedEntry() const;

private:
    void updateActions();
    void resolveSelected(bool keepMine);

    Models::ChangeSetSession *m_session;
    Models::ChangeSetModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_pushButton;
    QPushButton *m_keepMineButton;
    QPushButton *m_takeTheirsButton;
    QPushButton *m_removeButton;
    QPushButton *m_clearButton;
};

} // namespace OpsDeck::Widgets
