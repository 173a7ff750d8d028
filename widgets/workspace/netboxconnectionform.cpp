// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/netboxconnectionform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

#include "models/session/workspace/connectiontester.h"

namespace OpsDeck::Widgets {

NetboxConnectionForm::NetboxConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenVersion(new QComboBox(this))
    , m_verify(new QCheckBox(tr("Verify the server's certificate"), this))
    , m_caFile(new QLineEdit(this))
    , m_pins(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_tester(new Models::ConnectionTester(this))
{
    m_url->setObjectName(QStringLiteral("netboxUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://netbox.example.net"));
    m_token->setObjectName(QStringLiteral("netboxToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("API token (Admin › API Tokens in NetBox)"));
    m_tokenVersion->addItem(tr("Recognise from the token"), int(Workspace::NetboxTokenVersion::Auto));
    m_tokenVersion->addItem(tr("v1 (Token …)"), int(Workspace::NetboxTokenVersion::V1));
    m_tokenVersion->addItem(tr("v2 (Bearer nbt_…, NetBox 4.5+)"), int(Workspace::NetboxTokenVersion::V2));
    m_verify->setChecked(true);
    m_caFile->setPlaceholderText(tr("Only for a private certificate authority"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pins->setPlaceholderText(tr("Optional: certificate SHA-256 fingerprints, comma-separated"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(tr("Token &kind:"), m_tokenVersion);
    form->addRow(QString(), m_verify);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(tr("&Pinned certificate:"), m_pins);
    form->addRow(QString(), m_testButton);
    form->addRow(QString(), m_result);

    for (QLineEdit *edit : {m_url, m_token, m_caFile, m_pins})
        connect(edit, &QLineEdit::textChanged, this, &NetboxConnectionForm::markUntested);
    connect(m_verify, &QCheckBox::toggled, this, &NetboxConnectionForm::markUntested);
    connect(m_tokenVersion, &QComboBox::currentIndexChanged, this, &NetboxConnectionForm::markUntested);
    connect(m_testButton, &QPushButton::clicked, this, &NetboxConnectionForm::test);
    connect(m_tester, &Models::ConnectionTester::finished, this, [this](const Result<NetBox::ProbeResult> &r) {
        m_testButton->setEnabled(true);
        m_passed = r.ok();
        m_result->setText(r ? QStringLiteral("✔ ") + Models::ConnectionTester::describe(*r)
                            : QStringLiteral("✖ ") + r.error().detail);
        m_result->setStyleSheet(r ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b3261e;"));
        emit tested(m_passed);
    });
}

void NetboxConnectionForm::setConfig(const Workspace::NetboxConfig &config, bool tokenStored)
{
    m_base = config;
    if (config.token.isSet())
        m_tokenRef = config.token.path;
    m_url->setText(config.url);
    m_token->clear();
    m_token->setPlaceholderText(tokenStored ? tr("Stored in the vault; type a new one to replace it")
                                            : tr("API token (Admin › API Tokens in NetBox)"));
    m_tokenVersion->setCurrentIndex(m_tokenVersion->findData(int(config.tokenVersion)));
    m_verify->setChecked(config.verifyTls);
    m_caFile->setText(config.caFile);
    m_pins->setText(config.pinnedSha256.join(QStringLiteral(", ")));
    markUntested();
}

Workspace::NetboxConfig NetboxConnectionForm::config() const
{
    Workspace::NetboxConfig c = m_base;
    c.url = m_url->text().trimmed();
    c.token.path = m_tokenRef;
    c.tokenVersion = Workspace::NetboxTokenVersion(m_tokenVersion->currentData().toInt());
    c.verifyTls = m_verify->isChecked();
    c.caFile = m_caFile->text().trimmed();
    c.pinnedSha256.clear();
    const QStringList pins = m_pins->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &pin : pins)
        c.pinnedSha256 << QString(pin).remove(QLatin1Char(':')).toLower();
    return c;
}

Vault::Secret NetboxConnectionForm::token() const
{
    return Vault::Secret::fromString(m_token->text().trimmed());
}

bool NetboxConnectionForm::hasUrl() const
{
    return !m_url->text().trimmed().isEmpty();
}

QString NetboxConnectionForm::testText() const
{
    return m_result->text();
}

void NetboxConnectionForm::test()
{
    if (!hasUrl()) {
        m_result->setText(tr("Type the address of your NetBox first."));
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        m_result->setText(tr("Type the API token to test the connection."));
        return;
    }
    const QList<Workspace::ConfigIssue> issues = [this] {
        Workspace::WorkspaceConfig probe;
        probe.connections.netbox = config();
        return probe.validate();
    }();
    if (!issues.isEmpty()) {
        m_result->setText(QStringLiteral("✖ ") + issues.first().toString());
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Asking %1…").arg(m_url->text().trimmed()));
    m_tester->testNetbox(config(), token());
}

void NetboxConnectionForm::markUntested()
{
    if (m_tester->isRunning()) {
        m_tester->cancel();
        m_testButton->setEnabled(true);
    }
    m_passed = false;
    m_result->clear();
    emit changed();
}

} // namespace OpsDeck::Widgets
