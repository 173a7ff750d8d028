// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/connectionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/workspace/credentialprofileseditor.h"
#include "widgets/workspace/mcpconnectionform.h"
#include "widgets/workspace/netboxconnectionform.h"
#include "widgets/workspace/prtgconnectionform.h"

namespace OpsDeck::Widgets {

ConnectionsDialog::ConnectionsDialog(Workspace::Workspace workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_netbox(new NetboxConnectionForm(this))
    , m_mcp(new McpConnectionForm(this))
    , m_prtg(new PrtgConnectionForm(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections of %1").arg(m_workspace.name()));
    const Workspace::ConnectionsConfig &c = m_workspace.workspaceConfig().connections;
    m_netbox->setConfig(c.netbox, c.netbox.token.isSet());

    m_mcp->setConfig(c.mcp, c.mcp.password.isSet());
    m_prtg->setConfig(c.prtg, c.prtg.apiToken.isSet() || c.prtg.passhash.isSet());

    auto *snmp = new QWidget(this);
    const Workspace::WorkspaceConfig &current = m_workspace.workspaceConfig();
    m_snmpVersion = new QComboBox(snmp);
    m_snmpVersion->setObjectName(QStringLiteral("snmpVersion"));
    m_snmpVersion->addItem(QStringLiteral("v2c"), int(Workspace::SnmpVersion::V2c));
    m_snmpVersion->addItem(QStringLiteral("v3"), int(Workspace::SnmpVersion::V3));
    m_snmpVersion->addItem(QStringLiteral("v1"), int(Workspace::SnmpVersion::V1));
    m_snmpVersion->setCurrentIndex(m_snmpVersion->findData(int(current.polling.snmpVersion)));
    m_snmpCredentials = new QLineEdit(current.polling.credentials.path, snmp);
    m_snmpCredentials->setObjectName(QStringLiteral("snmpCredentials"));
    m_snmpCredentials->setPlaceholderText(tr("Name of a credential, e.g. snmp/core (Workspace › Credentials…)"));
    m_snmpPort = new QSpinBox(snmp);
    m_snmpPort->setRange(1, 65535);
    m_snmpPort->setValue(current.service.collection.snmpPort);
    auto *snmpForm = new QFormLayout(snmp);
    snmpForm->addRow(tr("Version:"), m_snmpVersion);
    snmpForm->addRow(tr("Credentials:"), m_snmpCredentials);
    snmpForm->addRow(tr("Agent port:"), m_snmpPort);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("connectionsTabs"));
    tabs->addTab(m_netbox, tr("NetBox"));
    tabs->addTab(m_mcp, tr("Ciena MCP"));
    tabs->addTab(m_prtg, tr("PRTG"));
    tabs->addTab(snmp, tr("SNMP Polling"));
    m_snmpProfiles = new CredentialProfilesEditor(CredentialProfilesEditor::Kind::Snmp, this);
    m_snmpProfiles->setConfig(current.credentialProfiles);
    tabs->addTab(m_snmpProfiles, tr("SNMP Profiles"));
    m_sshProfiles = new CredentialProfilesEditor(CredentialProfilesEditor::Kind::Ssh, this);
    m_sshProfiles->setConfig(current.credentialProfiles);
    tabs->addTab(m_sshProfiles, tr("SSH Profiles"));
    m_problem->setObjectName(QStringLiteral("connectionsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const Status st = save(); !st) {
            m_problem->setText(st.error().detail);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Saved in %1. Tokens and passwords go to the vault.")
                                     .arg(m_workspace.configFile()),
                                 this));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 560);
}

Workspace::WorkspaceConfig ConnectionsDialog::edited() const
{
    Workspace::WorkspaceConfig config = m_workspace.workspaceConfig();
    Workspace::ConnectionsConfig &c = config.connections;
    c.netbox = m_netbox->config();
    if (c.netbox.url.isEmpty())
        c.netbox.token = {};
    c.mcp = m_mcp->config();
    c.prtg = m_prtg->config();
    config.polling.snmpVersion = Workspace::SnmpVersion(m_snmpVersion->currentData().toInt());
    config.polling.credentials.path = m_snmpCredentials->text().trimmed();
    config.service.collection.snmpPort = m_snmpPort->value();
    m_snmpProfiles->apply(config.credentialProfiles);
    m_sshProfiles->apply(config.credentialProfiles);
    return config;
}

void ConnectionsDialog::setLabelChoices(const Domain::LabelChoices &choices)
{
    m_snmpProfiles->setChoices(choices);
    m_sshProfiles->setChoices(choices);
}

Status ConnectionsDialog::save()
{
    if (auto st = m_workspace.setWorkspaceConfig(edited()); !st)
        return st;
    return m_workspace.save();
}

QList<Models::PendingSecret> ConnectionsDialog::newSecrets() const
{
    const Workspace::ConnectionsConfig c = edited().connections;
    QList<Models::PendingSecret> out;
    if (!m_netbox->token().isEmpty() && c.netbox.token.isSet())
        out.append({c.netbox.token.path, m_netbox->token()});
    if (!m_mcp->password().isEmpty())
        out.append({c.mcp.password.path, m_mcp->password()});
    if (!m_prtg->secret().isEmpty())
        out.append({c.prtg.apiToken.isSet() ? c.prtg.apiToken.path : c.prtg.passhash.path, m_prtg->secret()});
    return out;
}

} // namespace OpsDeck::Widgets
