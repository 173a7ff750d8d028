// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Mcp {

/// One network element of the last sync as the matching review shows it.
struct NeReviewRow
{
    QString networkElementId;
    QString name;
    QString ipAddress;
    QString serial;
    QString typeGroup;
    qint64 deviceId = 0; ///< 0: unmatched
    QString deviceName;
    MatchMethod method = MatchMethod::None;

    bool operator==(const NeReviewRow &) const = default;
};

/// Matches of MCP network elements as the workspace store keeps them: the
/// sync's result in mcp_network_elements (device_id, match_method) and the
/// matches made by hand in mcp_manual_matches, which every later sync
/// applies over its automatic matching. Synchronous; call on the store's thread.
class McpMatchStore final
{
public:
    /// Network element id -> NetBox device id, as matched by hand.
    [[nodiscard]] static Result<QHash<QString, qint64>> manualMatches(Store::Store &store);
    /// `matches` with the manual ones applied (method Manual); a device taken
    /// by hand is released by the element the automatic matching gave it to.
    /// Manual matches naming devices not in `devices` are ignored. Pure.
    [[nodiscard]] static QList<NeMatch> applyManual(QList<NeMatch> matches, const QHash<QString, qint64> &manual,
                                                    const QList<Domain::Device> &devices);
    /// Matches element `networkElementId` to `deviceId` by hand (0: forgets
    /// the manual match and leaves the element unmatched until the next
    /// sync), updating the synced rows at once. NotFound when either does
    /// not exist.
    [[nodiscard]] static Status setManualMatch(Store::Store &store, const QString &networkElementId, qint64 deviceId);
    /// Every network element of the last sync with its device, by name.
    [[nodiscard]] static Result<QList<NeReviewRow>> reviewRows(Store::Store &store);
};

} // namespace OpsDeck::Mcp
