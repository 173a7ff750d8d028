// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QUndoView>

class QUndoStack;

namespace OpsDeck::Widgets {

/// The plan's edit history: every placement as a line; clicking a line
/// undoes or redoes up to it. GUI thread.
class RackHistoryView final : public QUndoView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackHistoryView)

public:
    explicit RackHistoryView(QUndoStack *stack, QWidget *parent = nullptr);
};

} // namespace OpsDeck::Widgets
