// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QJsonObject>

#include "backend/core/result.h"
#include "backend/service/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

class QObject;

namespace OpsDeck::Service {

/// The outcome of a connection test as the fields of the service's "tested"
/// event: {"ok": true, "version", and per source "sites", "devices"
/// (NetBox), "networkElements" (Ciena MCP), "devices", "sensors" (PRTG)}
/// or {"ok": false, "error", "code"}.
using ConnectionTestDone = std::function<void(const QJsonObject &fields)>;

/// Starts a test of @p source ("netbox", "mcp" or "prtg") with the
/// workspace's @p connections and the secrets they name, read now through
/// @p secrets (NetBox::NetBoxProbe, Mcp::McpProbe, Prtg::PrtgProbe). An
/// error, and no call of @p done, when the source is unknown or not
/// configured or its secret cannot be read; otherwise @p done follows once,
/// on @p parent's thread. What the test makes is a child of @p parent and
/// goes when it ends.
[[nodiscard]] Status startConnectionTest(const QString &source, const Workspace::ConnectionsConfig &connections,
                                         const SecretLookup &secrets, QObject *parent, ConnectionTestDone done);

} // namespace OpsDeck::Service
