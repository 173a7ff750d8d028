// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>

#include "backend/domain/inventory.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Mcp {

/// Matches MCP network elements to NetBox devices: by name (case-insensitive,
/// also the host part before the first dot), then by serial number, then by
/// IP address (the device's primary IP without its prefix length). A device
/// is used once; elements without a match go to the review list with up to
/// five candidate device names. Pure; any thread.
class McpMatcher final
{
public:
    [[nodiscard]] static QList<NeMatch> match(const QList<NetworkElement> &elements,
                                              const QList<Domain::Device> &devices);
    /// The entries of `matches` that need a review (no device).
    [[nodiscard]] static QList<NeMatch> reviewList(const QList<NeMatch> &matches);
};

} // namespace OpsDeck::Mcp
