// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Workspace {

/// One place of the configuration that names a vault entry.
struct SecretUsage
{
    QString path; ///< the reference, e.g. "netbox/token"
    QString use;  ///< what uses it, for people: "NetBox token"
    /// True for references that name a group of entries ("<path>/community",
    /// "<path>/user", ... for SNMP credentials).
    bool prefix = false;
};

/// Every secret reference of @p config with what uses it.
[[nodiscard]] QList<SecretUsage> secretUsages(const WorkspaceConfig &config);

/// What uses the vault entry @p key: the uses of references equal to it, or
/// of group references it belongs to. Sorted, without duplicates.
[[nodiscard]] QStringList usesOf(const QString &key, const QList<SecretUsage> &usages);

} // namespace OpsDeck::Workspace
