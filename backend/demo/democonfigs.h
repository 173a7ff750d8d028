// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"

namespace OpsDeck::Workspace {
class Workspace;
}

namespace OpsDeck::Demo {

/// The running configuration the demo says @p device has in @p version
/// (1 or 2: the second changes a description and adds a logging host; some
/// devices keep a public SNMP community, which the demo's rules flag).
[[nodiscard]] QString demoConfiguration(const Domain::Device &device, const QList<Domain::Interface> &interfaces,
                                        int version);

/// Gives the demo workspace configuration backups to browse and check: two
/// versions of the configuration of its switches and routers (at most
/// @p maxDevices) when its job store holds none yet, and a "compliance"
/// section (rules only: the demo has no NetBox to render intended
/// configurations) when the workspace has none. Never touches a store that
/// already has backups.
[[nodiscard]] Status seedDemoConfigurations(Workspace::Workspace &workspace, int maxDevices = 60);

} // namespace OpsDeck::Demo
