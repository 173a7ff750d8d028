// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Domain {

/// Interface names as vendors write them, made comparable: SNMP polls
/// (ifName, ifDescr), LLDP neighbours and NetBox may each spell a port
/// differently. Pure functions; any thread.

/// Lower case without white space.
[[nodiscard]] QString foldedInterfaceName(const QString &name);
/// "GigabitEthernet 0/1", "Gi0/1", "gig 0/1" -> "gigabitethernet0/1": folded,
/// with the leading interface type (Gi, Te, Fo, Hu, Eth, Po, Mgmt, Vl, Lo,
/// ...) spelled out; other names only folded.
[[nodiscard]] QString normalisedInterfaceName(const QString &name);

} // namespace OpsDeck::Domain
