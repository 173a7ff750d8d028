// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackhistoryview.h"

namespace OpsDeck::Widgets {

RackHistoryView::RackHistoryView(QUndoStack *stack, QWidget *parent)
    : QUndoView(stack, parent)
{
    setObjectName(QStringLiteral("rackHistoryView"));
    setEmptyLabel(tr("Inventory as synced"));
}

} // namespace OpsDeck::Widgets
