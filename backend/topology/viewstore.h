// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

#include "backend/core/result.h"

namespace OpsDeck::Topology {

/// What is kept per topology view: pinned node positions and the preset.
struct ViewState
{
    QHash<qint64, QPointF> pinned; ///< device id -> centre, scene units
    QString engine;                ///< "auto", "hierarchical", "mesh", "spring"
};

/// Saves topology view state as JSON files, one per view key
/// (TopologyScope::key()), in a folder of the workspace: by convention
/// "<workspace>/views" beside the plans folder (see viewsDirFor()).
/// Blocking file I/O: small files, but call it off the GUI thread in bulk.
class ViewStore final
{
public:
    explicit ViewStore(QString dir);

    /// "<workspace folder>/views", the sibling of Workspace::plansDir().
    [[nodiscard]] static QString viewsDirFor(const QString &plansDir);

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString fileFor(const QString &viewKey) const;
    /// The saved state, or an empty one when nothing was saved yet.
    [[nodiscard]] Result<ViewState> load(const QString &viewKey) const;
    [[nodiscard]] Status save(const QString &viewKey, const ViewState &state) const;

private:
    QString m_dir;
};

} // namespace OpsDeck::Topology
