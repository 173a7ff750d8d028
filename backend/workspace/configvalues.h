// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Workspace {

/// A reference to a secret kept in the workspace vault, written in a
/// configuration file as {"secret": "netbox/token"}. Configuration files
/// never hold the secret itself. An empty path means "not configured".
struct SecretRef
{
    QString path; ///< vault entry name: letters, digits, '.', '_', '-' and '/' separated parts

    [[nodiscard]] bool isSet() const { return !path.isEmpty(); }
    bool operator==(const SecretRef &) const = default;
};

enum class SnmpVersion { V1, V2c, V3 };

} // namespace OpsDeck::Workspace
