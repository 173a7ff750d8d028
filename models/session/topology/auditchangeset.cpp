// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/topology/auditchangeset.h"

namespace OpsDeck::Models {

AuditChangeSet AuditChangeSet::fromAudit(const Topology::CableChangeSet &audit)
{
    AuditChangeSet out;
    NetBox::ChangeSet changes;
    for (const Topology::CableChange &c : audit.changes) {
        if (c.action == Topology::CableChange::Action::Delete) {
            ++out.leftOutDeletions;
            continue;
        }
        if (c.ends.aInterfaceId <= 0 || c.ends.bInterfaceId <= 0) {
            ++out.unresolvedCreates;
            continue;
        }
        changes.addCable(QStringLiteral("dcim.interface"), c.ends.aInterfaceId, QStringLiteral("dcim.interface"),
                         c.ends.bInterfaceId, {{QStringLiteral("status"), QStringLiteral("connected")}});
    }
    out.edits = changes.edits();
    return out;
}

} // namespace OpsDeck::Models
