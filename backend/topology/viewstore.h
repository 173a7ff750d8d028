// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/core/result.h"
#include "backend/domain/viewstate.h"

namespace OpsDeck::Topology {

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
    [[nodiscard]] Result<Domain::ViewState> load(const QString &viewKey) const;
    [[nodiscard]] Status save(const QString &viewKey, const Domain::ViewState &state) const;

private:
    QString m_dir;
};

} // namespace OpsDeck::Topology
