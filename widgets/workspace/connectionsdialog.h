// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/workspace.h"
#include "models/session/workspace/firstsync.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace OpsDeck::Widgets {

class CredentialProfilesEditor;
class McpConnectionForm;
class NetboxConnectionForm;
class PrtgConnectionForm;

/// Workspace › Connections…: NetBox, Ciena MCP, PRTG (each with a *Test
/// connection* of what is typed), SNMP polling and the SNMP and SSH
/// credential profiles of the open workspace. Save validates the whole configuration and writes
/// workspace.json (never a secret; a file changed meanwhile on disk is not
/// overwritten); tokens and passwords typed here are handed back through
/// newSecrets() for the vault.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(Workspace::Workspace workspace, QWidget *parent = nullptr);

    [[nodiscard]] NetboxConnectionForm *netboxForm() const { return m_netbox; }
    [[nodiscard]] McpConnectionForm *mcpForm() const { return m_mcp; }
    [[nodiscard]] PrtgConnectionForm *prtgForm() const { return m_prtg; }
    /// Valid after accept(): the secrets typed, to store in the vault.
    [[nodiscard]] QList<Models::PendingSecret> newSecrets() const;
    /// Validates and writes; the error (nothing written) otherwise.
    [[nodiscard]] Status save();
    /// The store's sites, roles and tags, offered in the profile rules.
    void setLabelChoices(const Domain::LabelChoices &choices);

private:
    [[nodiscard]] Workspace::WorkspaceConfig edited() const;

    Workspace::Workspace m_workspace;
    NetboxConnectionForm *m_netbox;
    McpConnectionForm *m_mcp;
    PrtgConnectionForm *m_prtg;
    QComboBox *m_snmpVersion;
    QLineEdit *m_snmpCredentials;
    QSpinBox *m_snmpPort;
    CredentialProfilesEditor *m_snmpProfiles;
    CredentialProfilesEditor *m_sshProfiles;
    QLabel *m_problem;
};

} // namespace OpsDeck::Widgets
