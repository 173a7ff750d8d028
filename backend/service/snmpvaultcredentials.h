// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QString>

#include "backend/core/result.h"
#include "backend/snmp/snmptypes.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Snmp {
struct TrapUser;
}

namespace OpsDeck::Service {

/// Reads one vault entry by name (e.g. FileVault::lookup); NotFound when absent.
using SecretLookup = std::function<Result<Vault::Secret>(const QString &key)>;

/// SNMP credentials kept in the vault under one reference R:
///   v1/v2c: "R/community" (or "R" itself);
///   v3:     "R/user", "R/auth" and optionally "R/priv" (authPriv when
///           present, else authNoPriv), "R/authProtocol" ("MD5", "SHA",
///           "SHA-224", "SHA-256", "SHA-384", "SHA-512"; default SHA) and
///           "R/privProtocol" ("DES", "AES", "AES-192", "AES-256"; default AES).
/// Errors name the entry, never its value.
[[nodiscard]] Status applySnmpCredentials(Snmp::SnmpTarget &target, Workspace::SnmpVersion version, const QString &ref,
                                          const SecretLookup &lookup);

/// A trap receiver's v3 user from a TrapUserConfig (same vault layout).
[[nodiscard]] Result<Snmp::TrapUser> trapUserFromVault(const Workspace::TrapUserConfig &config,
                                                       const SecretLookup &lookup);

} // namespace OpsDeck::Service
