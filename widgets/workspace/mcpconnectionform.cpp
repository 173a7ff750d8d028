// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/mcpconnectionform.h"

#include <QCheckBox>
#include <QLineEdit>

#include "models/session/workspace/connectiontester.h"

namespace OpsDeck::Widgets {

McpConnectionForm::McpConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
    , m_url(addField(tr("&Address:"), QStringLiteral("mcpUrl")))
    , m_user(addField(tr("&User:"), QStringLiteral("mcpUser")))
    , m_password(addField(tr("&Password:"), QStringLiteral("mcpPassword"), true))
    , m_verify(addVerifyTls(QStringLiteral("mcpVerifyTls")))
{
    m_url->setPlaceholderText(QStringLiteral("https://mcp.example.net"));
    addTestRows();
    connect(m_tester, &Models::ConnectionTester::mcpFinished, this, [this](const Result<Mcp::ProbeResult> &r) {
        showVerdict(r.ok(), r ? Models::ConnectionTester::describe(*r) : r.error().detail);
    });
}

void McpConnectionForm::setConfig(const Workspace::McpConfig &config, bool passwordStored)
{
    m_base = config;
    m_url->setText(config.url);
    m_user->setText(config.username);
    m_password->clear();
    m_password->setPlaceholderText(passwordStored ? tr("Stored in the vault as %1; type to replace")
                                                        .arg(config.password.path)
                                                  : QString());
    m_verify->setChecked(config.verifyTls);
}

Workspace::McpConfig McpConnectionForm::config() const
{
    Workspace::McpConfig c = m_base;
    c.url = m_url->text().trimmed();
    c.username = m_user->text().trimmed();
    c.verifyTls = m_verify->isChecked();
    if (!m_password->text().isEmpty() && !c.password.isSet())
        c.password.path = QStringLiteral("mcp/password");
    return c;
}

Vault::Secret McpConnectionForm::password() const
{
    return Vault::Secret::fromString(m_password->text());
}

bool McpConnectionForm::hasUrl() const
{
    return !m_url->text().trimmed().isEmpty();
}

void McpConnectionForm::test()
{
    if (!hasUrl()) {
        refuse(tr("Type the address of your Ciena MCP first."));
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        refuse(tr("Type the user name and the password to test the connection."));
        return;
    }
    Workspace::WorkspaceConfig probe;
    probe.connections.mcp = config();
    if (const QList<Workspace::ConfigIssue> issues = probe.validate(); !issues.isEmpty()) {
        showVerdict(false, issues.first().toString());
        return;
    }
    asking(m_url->text().trimmed());
    m_tester->testMcp(config(), password());
}

} // namespace OpsDeck::Widgets
