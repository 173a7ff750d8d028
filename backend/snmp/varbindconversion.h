// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// Conversions between net-snmp's structures and OpsDeck's SNMP types, shared
// by the poller and the trap receiver so that a varbind means the same
// whichever way it arrived. Internal to backend/snmp: it includes net-snmp.

#include <QString>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Snmp {

/// Dotted decimal without a leading dot ("1.3.6.1.2.1.1.3.0"); at most
/// MAX_OID_LEN sub-identifiers. One allocation per call (it runs for every
/// received varbind).
[[nodiscard]] QString oidToString(const oid *name, size_t length);

/// Parses dotted decimal (a leading dot allowed) into @p out, which holds
/// MAX_OID_LEN sub-identifiers; false for an empty part, anything but digits
/// (a sign or a blank), a sub-identifier over 2^32-1, more than MAX_OID_LEN
/// parts or fewer than two.
[[nodiscard]] bool parseOid(const QString &text, oid *out, size_t *length);

/// One received varbind as a VarBind: integers signed, Counter32, Gauge32
/// and TimeTicks unsigned 32-bit, Counter64 unsigned 64-bit, strings and
/// Opaque as bytes, OIDs and IpAddress as text; the SNMPv2 exceptions
/// (noSuchObject, noSuchInstance, endOfMibView) keep their own types;
/// anything else is Null.
[[nodiscard]] VarBind toVarBind(const netsnmp_variable_list *vp);

} // namespace OpsDeck::Snmp
