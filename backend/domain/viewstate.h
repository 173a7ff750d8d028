// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

namespace OpsDeck::Domain {

/// What is kept per topology view: pinned node positions and the preset.
/// A plain value, any thread; Topology::ViewStore saves it.
struct ViewState
{
    QHash<qint64, QPointF> pinned; ///< device id -> centre, scene units
    QString engine;                ///< "auto", "hierarchical", "mesh", "spring"
};

} // namespace OpsDeck::Domain
