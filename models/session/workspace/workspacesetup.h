// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/core/result.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceregistry.h"

namespace OpsDeck::Models {

/// What the New Workspace wizard collected, without secrets (those go to the
/// service's vault once it runs, see FirstSync).
struct WorkspacePlan
{
    QString name;
    QString folder; ///< empty: a new folder under the registry's root
    Workspace::WorkspaceConfig config;
};

/// Creates the workspace of @p plan and writes its configuration. All or
/// nothing: when any step fails, a folder this call created is removed again
/// and the error says what failed; an existing non-empty folder is refused
/// before anything is written.
[[nodiscard]] Result<Workspace::Workspace> createWorkspace(const WorkspacePlan &plan,
                                                           const Workspace::WorkspaceRegistry &registry);

} // namespace OpsDeck::Models
