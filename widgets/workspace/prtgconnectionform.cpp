// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/prtgconnectionform.h"

#include <QCheckBox>
#include <QLineEdit>

#include "models/session/workspace/connectiontester.h"

namespace OpsDeck::Widgets {

PrtgConnectionForm::PrtgConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
    , m_url(addField(tr("&Address:"), QStringLiteral("prtgUrl")))
    , m_token(addField(tr("API &token:"), QStringLiteral("prtgToken"), true))
    , m_user(addField(tr("or &user:"), QStringLiteral("prtgUser")))
    , m_passhash(addField(tr("with &passhash:"), QStringLiteral("prtgPasshash"), true))
    , m_verify(addVerifyTls(QStringLiteral("prtgVerifyTls")))
{
    m_url->setPlaceholderText(QStringLiteral("https://prtg.example.net"));
    m_token->setPlaceholderText(tr("Setup › Account Settings › API Keys in PRTG"));
    addTestRows();
    connect(m_tester, &Models::ConnectionTester::prtgFinished, this, [this](const Result<Prtg::ProbeResult> &r) {
        showVerdict(r.ok(), r ? Models::ConnectionTester::describe(*r) : r.error().detail);
    });
}

void PrtgConnectionForm::setConfig(const Workspace::PrtgConfig &config, bool secretStored)
{
    m_base = config;
    m_url->setText(config.url);
    m_user->setText(config.username);
    m_token->clear();
    m_passhash->clear();
    const QString stored = tr("Stored in the vault as %1; type to replace");
    m_token->setPlaceholderText(secretStored && config.apiToken.isSet() ? stored.arg(config.apiToken.path)
                                                                        : tr("Setup › Account Settings › API Keys in PRTG"));
    m_passhash->setPlaceholderText(secretStored && config.passhash.isSet() ? stored.arg(config.passhash.path) : QString());
    m_verify->setChecked(config.verifyTls);
}

Workspace::PrtgConfig PrtgConnectionForm::config() const
{
    Workspace::PrtgConfig c = m_base;
    c.url = m_url->text().trimmed();
    c.username = m_user->text().trimmed();
    c.verifyTls = m_verify->isChecked();
    if (!m_token->text().isEmpty()) {
        if (!c.apiToken.isSet())
            c.apiToken.path = QStringLiteral("prtg/token");
        c.passhash = {};
    } else if (!m_passhash->text().isEmpty()) {
        if (!c.passhash.isSet())
            c.passhash.path = QStringLiteral("prtg/passhash");
        c.apiToken = {};
    }
    return c;
}

Vault::Secret PrtgConnectionForm::secret() const
{
    return Vault::Secret::fromString(!m_token->text().isEmpty() ? m_token->text() : m_passhash->text());
}

bool PrtgConnectionForm::hasUrl() const
{
    return !m_url->text().trimmed().isEmpty();
}

void PrtgConnectionForm::test()
{
    if (!hasUrl()) {
        refuse(tr("Type the address of your PRTG first."));
        return;
    }
    if (m_token->text().isEmpty() && (m_user->text().trimmed().isEmpty() || m_passhash->text().isEmpty())) {
        refuse(tr("Type an API token, or a user and its passhash, to test the connection."));
        return;
    }
    Workspace::WorkspaceConfig probe;
    probe.connections.prtg = config();
    if (const QList<Workspace::ConfigIssue> issues = probe.validate(); !issues.isEmpty()) {
        showVerdict(false, issues.first().toString());
        return;
    }
    asking(m_url->text().trimmed());
    m_tester->testPrtg(config(), secret());
}

} // namespace OpsDeck::Widgets
