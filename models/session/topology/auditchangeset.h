// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>

#include "backend/netbox/changeset.h"
#include "backend/topology/lldpaudit.h"

namespace OpsDeck::Models {

/// An LLDP audit's cable changes as NetBox change-set edits: every cable
/// LLDP sees and NetBox lacks becomes a cable create between the two
/// interfaces, with status "connected". The change set creates and updates
/// objects but never deletes them, so cables NetBox has and LLDP does not
/// see are left out and only counted (the operator removes them in NetBox
/// after checking the links). A cable whose end the audit could not resolve
/// to an inventory interface (a port NetBox does not cable anywhere) is left
/// out too and counted: NetBox refuses a termination without an id, so the
/// edit could never be pushed. Pure function; any thread.
struct AuditChangeSet
{
    QList<NetBox::Edit> edits;
    int leftOutDeletions = 0; ///< cable deletions the audit proposed that are not in the edits
    int unresolvedCreates = 0; ///< cable creates left out because an end has no interface id

    [[nodiscard]] static AuditChangeSet fromAudit(const Topology::CableChangeSet &audit);
};

} // namespace OpsDeck::Models
