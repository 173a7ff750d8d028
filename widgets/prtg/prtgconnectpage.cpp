// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgconnectpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/session/prtg/prtgimportsession.h"
#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

using Models::PrtgImportSession;

PrtgConnectPage::PrtgConnectPage(PrtgImportWizard *wizard, PrtgImportSession *session)
    : m_wizard(wizard)
    , m_session(session)
    , m_url(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_passhash(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_verify(new QCheckBox(PrtgImportWizard::tr("Verify the server's TLS certificate"), this))
    , m_connect(new QPushButton(PrtgImportWizard::tr("Connect"), this))
    , m_cancel(new QPushButton(PrtgImportWizard::tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(PrtgImportWizard::tr("Connect to PRTG"));
    setSubTitle(PrtgImportWizard::tr("The passhash or API token is kept in the workspace vault."));
    m_url->setObjectName(QStringLiteral("prtgUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://prtg.example.net"));
    m_username->setObjectName(QStringLiteral("prtgUsername"));
    m_passhash->setObjectName(QStringLiteral("prtgPasshash"));
    m_passhash->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("prtgApiToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_verify->setChecked(true);
    m_connect->setObjectName(QStringLiteral("prtgConnect"));
    m_cancel->setObjectName(QStringLiteral("prtgConnectCancel"));
    m_cancel->setEnabled(false);
    m_status->setObjectName(QStringLiteral("prtgStatus"));
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(PrtgImportWizard::tr("Server URL:"), m_url);
    form->addRow(PrtgImportWizard::tr("Username:"), m_username);
    form->addRow(PrtgImportWizard::tr("Passhash:"), m_passhash);
    form->addRow(PrtgImportWizard::tr("or API token:"), m_token);
    form->addRow(QString(), m_verify);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_connect, &QPushButton::clicked, this, &PrtgConnectPage::start);
    connect(m_cancel, &QPushButton::clicked, m_session, &PrtgImportSession::cancel);
    connect(m_session, &PrtgImportSession::progress, this, [this](const QString &stage, int step, int steps) {
        m_progress->setRange(0, qMax(1, steps));
        m_progress->setValue(step);
        m_status->setText(PrtgImportWizard::tr("Reading PRTG (%1)…").arg(stage));
    });
    connect(m_session, &PrtgImportSession::planReady, this, [this](const Result<Prtg::ImportPlan> &plan) {
        m_progress->setVisible(false);
        m_connect->setEnabled(true);
        m_cancel->setEnabled(false);
        if (!plan) {
            m_status->setText(PrtgImportWizard::tr("Could not read PRTG: %1").arg(plan.error().detail));
            return;
        }
        m_wizard->setPlan(*plan);
        QSet<qint64> all;
        for (const Prtg::DeviceMapping &m : plan->devices)
            all.insert(m.prtgDeviceId);
        m_wizard->setSelectedDevices(all);
        m_ready = true;
        m_status->setText(PrtgImportWizard::tr("Read %n device(s)", nullptr, int(plan->devices.size()))
                          + QLatin1Char(' ')
                          + PrtgImportWizard::tr("and %n sensor(s).", nullptr, int(plan->sensors.size())));
        emit completeChanged();
    });
}

PrtgConnectPage::~PrtgConnectPage() = default;

void PrtgConnectPage::start()
{
    m_ready = false;
    emit completeChanged();
    Models::PrtgConnectionInput input;
    input.url = QUrl(m_url->text().trimmed());
    input.username = m_username->text().trimmed();
    input.passhash = Vault::Secret::fromString(m_passhash->text());
    input.apiToken = Vault::Secret::fromString(m_token->text());
    input.verifyTls = m_verify->isChecked();
    // The secrets leave the fields: they live in the vault from now on.
    m_passhash->clear();
    m_token->clear();
    m_connect->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(PrtgImportWizard::tr("Connecting…"));
    m_session->connectAndPlan(input);
}

} // namespace OpsDeck::Widgets
