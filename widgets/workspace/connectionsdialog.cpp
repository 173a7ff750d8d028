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
#include "widgets/workspace/netboxconnectionform.h"

namespace OpsDeck::Widgets {

namespace {

QLineEdit *passwordField(const Workspace::SecretRef &stored, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    if (stored.isSet())
        edit->setPlaceholderText(QObject::tr("Stored in the vault as %1; type to replace").arg(stored.path));
    return edit;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(Workspace::Workspace workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_netbox(new NetboxConnectionForm(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections of %1").arg(m_workspace.name()));
    const Workspace::ConnectionsConfig &c = m_workspace.workspaceConfig().connections;
    m_netbox->setConfig(c.netbox, c.netbox.token.isSet());

    auto *mcp = new QWidget(this);
    m_mcpUrl = new QLineEdit(c.mcp.url, mcp);
    m_mcpUser = new QLineEdit(c.mcp.username, mcp);
    m_mcpPassword = passwordField(c.mcp.password, mcp);
    auto *mcpForm = new QFormLayout(mcp);
    mcpForm->addRow(tr("Address:"), m_mcpUrl);
    mcpForm->addRow(tr("User:"), m_mcpUser);
    mcpForm->addRow(tr("Password:"), m_mcpPassword);

    auto *prtg = new QWidget(this);
    m_prtgUrl = new QLineEdit(c.prtg.url, prtg);
    m_prtgUser = new QLineEdit(c.prtg.username, prtg);
    m_prtgToken = passwordField(c.prtg.apiToken, prtg);
    auto *prtgForm = new QFormLayout(prtg);
    prtgForm->addRow(tr("Address:"), m_prtgUrl);
    prtgForm->addRow(tr("User:"), m_prtgUser);
    prtgForm->addRow(tr("API token:"), m_prtgToken);

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
    tabs->addTab(mcp, tr("Ciena MCP"));
    tabs->addTab(prtg, tr("PRTG"));
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
    c.mcp.url = m_mcpUrl->text().trimmed();
    c.mcp.username = m_mcpUser->text().trimmed();
    if (!m_mcpPassword->text().isEmpty() && !c.mcp.password.isSet())
        c.mcp.password.path = QStringLiteral("mcp/password");
    c.prtg.url = m_prtgUrl->text().trimmed();
    c.prtg.username = m_prtgUser->text().trimmed();
    if (!m_prtgToken->text().isEmpty() && !c.prtg.apiToken.isSet())
        c.prtg.apiToken.path = QStringLiteral("prtg/token");
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
    if (!m_mcpPassword->text().isEmpty())
        out.append({c.mcp.password.path, Vault::Secret::fromString(m_mcpPassword->text())});
    if (!m_prtgToken->text().isEmpty())
        out.append({c.prtg.apiToken.path, Vault::Secret::fromString(m_prtgToken->text())});
    return out;
}

} // namespace OpsDeck::Widgets
