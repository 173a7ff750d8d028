// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>

#include "backend/core/result.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Mcp {

/// The optical inventory a sync left in the store, with its matches.
struct StoredInventory
{
    Inventory inventory; ///< network elements, TPEs, FREs and alarms (equipment is not read)
    QList<NeMatch> matches;
};

/// Reads back what McpSync persisted in the mcp_* tables, for consumers
/// that run without a sync of their own (the topology source, opsdeckd).
/// Synchronous; call on the store's thread.
class McpInventoryStore final
{
public:
    [[nodiscard]] static Result<StoredInventory> load(Store::Store &store);
    /// Only the network elements and their matches (inventory.networkElements
    /// and matches of the result; the other lists stay empty).
    [[nodiscard]] static Result<StoredInventory> loadElements(Store::Store &store);
};

} // namespace OpsDeck::Mcp
