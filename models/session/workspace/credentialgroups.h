// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QCoreApplication>
#include <QList>

#include "models/session/workspace/servicevault.h"

namespace OpsDeck::Models {

/// One credential as people think of it: the vault entries that share a
/// name and a layout the service reads ("snmp/core/user", "/auth", "/priv"…
/// are one SNMPv3 user).
struct CredentialGroup
{
    enum class Kind { Secret, SnmpCommunity, SnmpV3User, SshPassword, SshKey };

    QString name;      ///< "snmp/core"; for a single secret its key
    Kind kind = Kind::Secret;
    QStringList keys;  ///< the vault entries, sorted
    QStringList usedBy;
    QDateTime modified; ///< the newest of its entries
};

/// Groups vault entries into credentials, sorted by name. Entries whose
/// last part names a known layout ("community", "user"/"auth", "password",
/// "key") group under their parent; anything else is a secret of its own.
[[nodiscard]] QList<CredentialGroup> groupCredentials(const QList<VaultEntry> &entries);

/// "API token or password", "SNMPv3 user", … (translated).
[[nodiscard]] QString credentialKindText(CredentialGroup::Kind kind);

} // namespace OpsDeck::Models
