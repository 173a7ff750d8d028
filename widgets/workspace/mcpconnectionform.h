// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"
#include "widgets/workspace/connectionform.h"

namespace OpsDeck::Widgets {

/// The fields of a Ciena MCP connection (address "mcpUrl", user "mcpUser",
/// password "mcpPassword", TLS verification) with a *Test connection*
/// button: it logs in with what is typed, counts the network elements the
/// user can read and logs out again (Mcp::McpProbe).
class McpConnectionForm final : public ConnectionForm
{
    Q_OBJECT

public:
    explicit McpConnectionForm(QWidget *parent = nullptr);

    void setConfig(const Workspace::McpConfig &config, bool passwordStored);
    /// The configuration as typed; the password reference is kept from
    /// setConfig(), "mcp/password" when a password is typed or stored.
    [[nodiscard]] Workspace::McpConfig config() const;
    /// The password typed; empty: keep the stored one.
    [[nodiscard]] Vault::Secret password() const;
    [[nodiscard]] bool hasUrl() const override;

    void test() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_verify;
    Workspace::McpConfig m_base;
};

} // namespace OpsDeck::Widgets
