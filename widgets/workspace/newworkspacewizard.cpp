// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/newworkspacewizard.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "backend/store/store.h"
#include "widgets/workspace/mcpconnectionform.h"
#include "widgets/workspace/netboxconnectionform.h"
#include "widgets/workspace/prtgconnectionform.h"

namespace OpsDeck::Widgets {

namespace {

/// A page whose completeness is a predicate over its fields.
class CheckedPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    [[nodiscard]] bool isComplete() const override { return !complete || complete(); }
    void recheck() { emit completeChanged(); }
};

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

NewWorkspaceWizard::NewWorkspaceWizard(const QStringList &names, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newWorkspaceWizard"));
    setWindowTitle(tr("New Workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setPage(NamePage, createNamePage(names));
    setPage(StorePage, createStorePage());
    setPage(NetboxPage, createNetboxPage());
    setPage(SourcesPage, createSourcesPage());
    setPage(VaultPage, createVaultPage());
    setPage(SummaryPage, createSummaryPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            m_summary->setText(summary());
    });
    resize(640, 520);
}

bool NewWorkspaceWizard::validateCurrentPage()
{
    if (currentId() != SummaryPage || !m_creator)
        return QWizard::validateCurrentPage();
    const Status created = m_creator();
    if (!created) {
        QMessageBox::warning(this, windowTitle(), tr("The workspace was not created: %1").arg(created.error().detail));
        return false;
    }
    return true;
}

QWizardPage *NewWorkspaceWizard::createNamePage(const QStringList &names)
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Name the workspace"));
    page->setSubTitle(tr("A workspace is one estate: its connections, credentials, inventory and plans."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setPlaceholderText(tr("e.g. Amsterdam DC or Customer X"));
    m_folder = new QLineEdit(page);
    m_folder->setPlaceholderText(tr("In OpsDeck's data folder (recommended)"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Empty Folder for the Workspace"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *problem = new QLabel(page);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(QString(), problem);
    page->complete = [this, names, problem] {
        const QString name = m_name->text().trimmed();
        const bool taken = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return n.compare(name, Qt::CaseInsensitive) == 0;
        });
        problem->setText(taken ? tr("A workspace named %1 exists already.").arg(name) : QString());
        return !name.isEmpty() && !taken;
    };
    connect(m_name, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage *NewWorkspaceWizard::createStorePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Where the inventory is kept"));
    auto *sqlite = new QRadioButton(tr("&Embedded (SQLite in the workspace folder; nothing to set up)"), page);
    m_postgres = new QRadioButton(tr("&PostgreSQL server shared by a team"), page);
    sqlite->setChecked(true);
    m_pgHost = new QLineEdit(QStringLiteral("127.0.0.1"), page);
    m_pgPort = new QSpinBox(page);
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    m_pgDatabase = new QLineEdit(page);
    m_pgUser = new QLineEdit(page);
    m_pgPassword = new QLineEdit(page);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgResult = new QLabel(page);
    m_pgResult->setWordWrap(true);
    auto *test = new QPushButton(tr("Test"), page);
    auto *pgBox = new QWidget(page);
    auto *pg = new QFormLayout(pgBox);
    pg->addRow(tr("Host:"), m_pgHost);
    pg->addRow(tr("Port:"), m_pgPort);
    pg->addRow(tr("Database:"), m_pgDatabase);
    pg->addRow(tr("User:"), m_pgUser);
    pg->addRow(tr("Password:"), m_pgPassword);
    pg->addRow(test, m_pgResult);
    pgBox->setEnabled(false);
    connect(m_postgres, &QRadioButton::toggled, pgBox, &QWidget::setEnabled);
    connect(test, &QPushButton::clicked, this, [this, test] {
        Store::PostgresParams params;
        params.host = m_pgHost->text().trimmed();
        params.port = m_pgPort->value();
        params.database = m_pgDatabase->text().trimmed();
        params.user = m_pgUser->text().trimmed();
        params.password = m_pgPassword->text();
        test->setEnabled(false);
        m_pgResult->setText(tr("Connecting…"));
        QPointer<NewWorkspaceWizard> self(this);
        // Connecting blocks: off the GUI thread, the answer posted back.
        QThread *worker = QThread::create([self, params, test] {
            auto store = Store::Store::openPostgres(params, false);
            const QString text = store ? tr("✔ Connected to %1 on %2").arg(params.database, params.host)
                                       : QStringLiteral("✖ ") + store.error().detail;
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, text, test] {
                if (!self)
                    return;
                self->m_pgResult->setText(text);
                test->setEnabled(true);
            });
        });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        worker->start();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(sqlite);
    layout->addWidget(m_postgres);
    layout->addWidget(pgBox);
    layout->addStretch(1);
    return page;
}

QWizardPage *NewWorkspaceWizard::createNetboxPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Connect to NetBox"));
    page->setSubTitle(tr("NetBox is the source of truth: OpsDeck mirrors its sites, racks, devices, cables and "
                         "addresses. Releases 3.0 to 4.6 are supported."));
    m_netbox = new NetboxConnectionForm(page);
    m_netboxLater = new QCheckBox(tr("&Connect to NetBox later"), page);
    m_netboxLater->setObjectName(QStringLiteral("netboxLater"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_netbox);
    layout->addWidget(m_netboxLater);
    layout->addStretch(1);
    connect(m_netboxLater, &QCheckBox::toggled, m_netbox, &QWidget::setDisabled);
    page->complete = [this] { return m_netboxLater->isChecked() || (m_netbox->hasUrl() && !m_netbox->token().isEmpty()); };
    connect(m_netboxLater, &QCheckBox::toggled, page, &CheckedPage::recheck);
    connect(m_netbox, &NetboxConnectionForm::changed, page, &CheckedPage::recheck);
    return page;
}

QWizardPage *NewWorkspaceWizard::createSourcesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Optical and monitoring sources (optional)"));
    page->setSubTitle(tr("Leave empty what you do not use; Workspace › Connections… changes it later."));
    m_mcp = new McpConnectionForm(page);
    m_mcp->setObjectName(QStringLiteral("mcpForm"));
    m_prtg = new PrtgConnectionForm(page);
    m_prtg->setObjectName(QStringLiteral("prtgForm"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("<b>Ciena MCP</b> (optical inventory, alarms and PM)"), page));
    layout->addWidget(m_mcp);
    layout->addWidget(note(tr("<b>PRTG</b> (import of devices and history)"), page));
    layout->addWidget(m_prtg);
    layout->addStretch(1);
    return page;
}

QWizardPage *NewWorkspaceWizard::createVaultPage()
{
    auto *page = new CheckedPage(this);
    page->setTitle(tr("Protect the credentials"));
    page->setSubTitle(tr("Tokens and passwords are kept encrypted in the workspace's vault, opened with this "
                         "passphrase. It is never stored in clear; the login keychain can keep it for you."));
    m_pass1 = new QLineEdit(page);
    m_pass1->setObjectName(QStringLiteral("vaultPassphrase"));
    m_pass1->setEchoMode(QLineEdit::Password);
    m_pass2 = new QLineEdit(page);
    m_pass2->setObjectName(QStringLiteral("vaultPassphraseRepeat"));
    m_pass2->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(page);
    m_rememberPass = new QCheckBox(tr("Re&member it in the login keychain, so that the service unlocks the vault "
                                      "by itself"),
                                   page);
    m_rememberPass->setObjectName(QStringLiteral("vaultRemember"));
    m_rememberPass->setChecked(true);
    m_rememberPass->setToolTip(tr("Where no keychain answers (a server or a minimal desktop), the passphrase is "
                                  "asked when the service starts."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Passphrase:"), m_pass1);
    form->addRow(tr("&Repeat:"), m_pass2);
    form->addRow(QString(), problem);
    form->addRow(QString(), m_rememberPass);
    page->complete = [this, problem] {
        const bool same = m_pass1->text() == m_pass2->text();
        problem->setText(!m_pass2->text().isEmpty() && !same ? tr("The two passphrases differ.") : QString());
        return !m_pass1->text().isEmpty() && same;
    };
    connect(m_pass1, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    connect(m_pass2, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage *NewWorkspaceWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Ready"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    return page;
}

QString NewWorkspaceWizard::summary() const
{
    QStringList lines;
    const Models::WorkspacePlan p = plan();
    lines << tr("<b>%1</b> in %2").arg(p.name.toHtmlEscaped(),
                                       p.folder.isEmpty() ? tr("OpsDeck's data folder") : p.folder.toHtmlEscaped());
    lines << (p.config.store.driver == Workspace::StoreDriver::Postgres
                  ? tr("Inventory on PostgreSQL %1/%2").arg(p.config.store.host, p.config.store.database).toHtmlEscaped()
                  : tr("Inventory in the embedded store"));
    if (syncNetbox())
        lines << tr("NetBox %1: a full sync runs right after creation (you can cancel it)")
                     .arg(p.config.connections.netbox.url.toHtmlEscaped());
    else
        lines << tr("NetBox: later, from Workspace › Connections…");
    if (!p.config.connections.mcp.url.isEmpty())
        lines << tr("Ciena MCP %1").arg(p.config.connections.mcp.url.toHtmlEscaped());
    if (!p.config.connections.prtg.url.isEmpty())
        lines << tr("PRTG %1").arg(p.config.connections.prtg.url.toHtmlEscaped());
    lines << tr("%n secret(s) go into the vault", nullptr, int(secrets().size()));
    if (rememberPassphrase())
        lines << tr("The login keychain remembers the vault's passphrase, where one answers");
    return lines.join(QStringLiteral("<br>"));
}

Models::WorkspacePlan NewWorkspaceWizard::plan() const
{
    Models::WorkspacePlan p;
    p.name = m_name->text().trimmed();
    p.folder = m_folder->text().trimmed();
    Workspace::WorkspaceConfig &c = p.config;
    c.name = p.name;
    if (m_postgres->isChecked()) {
        c.store.driver = Workspace::StoreDriver::Postgres;
        c.store.host = m_pgHost->text().trimmed();
        c.store.port = m_pgPort->value();
        c.store.database = m_pgDatabase->text().trimmed();
        c.store.user = m_pgUser->text().trimmed();
        if (!m_pgPassword->text().isEmpty())
            c.store.password.path = QStringLiteral("store/password");
    }
    if (!m_netboxLater->isChecked())
        c.connections.netbox = m_netbox->config();
    if (m_mcp->hasUrl())
        c.connections.mcp = m_mcp->config();
    if (m_prtg->hasUrl())
        c.connections.prtg = m_prtg->config();
    return p;
}

QList<Models::PendingSecret> NewWorkspaceWizard::secrets() const
{
    QList<Models::PendingSecret> out;
    const Models::WorkspacePlan p = plan();
    if (p.config.connections.netbox.token.isSet() && !m_netbox->token().isEmpty())
        out.append({p.config.connections.netbox.token.path, m_netbox->token()});
    if (p.config.store.password.isSet())
        out.append({p.config.store.password.path, Vault::Secret::fromString(m_pgPassword->text())});
    if (p.config.connections.mcp.password.isSet())
        out.append({p.config.connections.mcp.password.path, m_mcp->password()});
    const Workspace::PrtgConfig &prtg = p.config.connections.prtg;
    if (prtg.apiToken.isSet() || prtg.passhash.isSet())
        out.append({prtg.apiToken.isSet() ? prtg.apiToken.path : prtg.passhash.path, m_prtg->secret()});
    return out;
}

Vault::Secret NewWorkspaceWizard::passphrase() const
{
    return Vault::Secret::fromString(m_pass1->text());
}

bool NewWorkspaceWizard::rememberPassphrase() const
{
    return m_rememberPass->isChecked();
}

bool NewWorkspaceWizard::syncNetbox() const
{
    return !m_netboxLater->isChecked() && m_netbox->hasUrl();
}

} // namespace OpsDeck::Widgets
