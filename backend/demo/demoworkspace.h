// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include "backend/core/result.h"
#include "backend/demo/estategenerator.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Workspace {
class WorkspaceRegistry;
}

namespace OpsDeck::Demo {

/// The name of the bundled demo workspace.
[[nodiscard]] QString demoWorkspaceName();

/// Returns the demo workspace of `registry`, creating it and importing the
/// demo estate into its store when it is missing or its store is empty (a
/// first run, or one interrupted during the import). Blocking: call it from a
/// worker thread in the console. `progress` as for importDemoEstate().
[[nodiscard]] Result<Workspace::Workspace> ensureDemoWorkspace(const Workspace::WorkspaceRegistry &registry,
                                                              const EstateOptions &options = {},
                                                              const std::function<bool(qint64)> &progress = {});

} // namespace OpsDeck::Demo
