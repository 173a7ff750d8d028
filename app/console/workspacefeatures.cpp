// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/workspacefeatures.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScrollArea>
#include <QTableView>

#include "app/console/alarmfeature.h"
#include "app/console/backupfeature.h"
#include "app/console/compliancefeature.h"
#include "backend/ipc/ipcclient.h"
#include "backend/mcp/mcprunner.h"
#include "backend/mcp/metricstoresink.h"
#include "backend/metrics/metricstore.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/netboxrunner.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "backend/vault/secretstorefactory.h"
#include "backend/workspace/workspace.h"
#include "models/events/eventlistmodel.h"
#include "models/session/analysis/anomalysession.h"
#include "models/session/changeset/changesetsession.h"
#include "models/session/inventory/inventoryservice.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/prtg/prtgimportsession.h"
#include "models/session/sync/mcpsyncsource.h"
#include "models/session/sync/netboxsyncsource.h"
#include "models/session/sync/servicesyncsource.h"
#include "widgets/changeset/changesetpanel.h"
#include "widgets/console/consoleshell.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/mcp/mcpmatchreviewwidget.h"
#include "widgets/prtg/prtgimportwizard.h"
#include "widgets/sync/syncpanel.h"
#include "widgets/sync/syncstatuswidget.h"

Q_LOGGING_CATEGORY(lcFeatures, "opsdeck.console.features")

namespace OpsDeck::Console {

using Widgets::ConsoleShell;

namespace {

// Keeps the stores a PRTG import session writes to alive as long as its wizard.
class ImportResources final : public QObject
{
public:
    using QObject::QObject;
    std::unique_ptr<Store::Store> store;
    std::unique_ptr<Metrics::MetricStore> metrics;
    std::unique_ptr<Mcp::MetricStoreSink> sink;
};

} // namespace

WorkspaceFeatures::WorkspaceFeatures(ConsoleShell *shell)
    : QObject(shell->shellWidget())
    , m_shell(shell)
    , m_window(shell->shellWidget())
    , m_connection(new Models::JobServiceConnection(this))
    , m_jobsDock(new Widgets::JobsDock(m_window))
    , m_eventsDock(new QDockWidget(tr("Device Events"), m_window))
    , m_events(new Models::EventListModel(this))
    , m_eventsView(new QTableView(m_eventsDock))
{
    createDocks();
    createCommands();

    // The alarms, tabbed with the device events.
    m_alarms = new AlarmFeature(m_shell, m_connection, this);
    m_backups = new BackupFeature(m_shell, m_connection, this);
    m_compliance = new ComplianceFeature(m_shell, m_connection, m_jobsDock->model(), this);
    connect(m_compliance, &ComplianceFeature::jobRequested, this, [this](const QString &jobId) {
        m_jobsDock->show();
        m_jobsDock->raise();
        m_jobsDock->selectJob(jobId);
    });
    m_anomalies = new Models::AnomalySession(m_connection, this);
    m_shell->tabifyDocks(m_eventsDock, m_alarms->dock());
    if (QDockWidget *devices = m_shell->dock(ConsoleShell::Dock::Devices))
        devices->raise();

    // The pending NetBox edits of the workspace, listed whether or not NetBox is reachable.
    // At the bottom, tabbed with the jobs that push them: wide enough for
    // the local, remote and synced values side by side.
    m_changesDock = new QDockWidget(tr("NetBox Changes"), m_window);
    m_changesDock->setObjectName(QStringLiteral("netboxChangesDock"));
    m_shell->addFeatureDock(m_changesDock, Qt::BottomDockWidgetArea);
    m_shell->tabifyDocks(m_eventsDock, m_changesDock);
    m_changesDock->hide();

    if (Models::InventoryService *inventory = m_shell->inventoryService()) {
        connect(inventory, &Models::InventoryService::workspaceOpened, this, &WorkspaceFeatures::open);
        if (inventory->isOpen())
            open(inventory->workspace());
    }
}

// The jobs and device events docks, tabbed with the device table and the log.
void WorkspaceFeatures::createDocks()
{
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setConnection(m_connection);
    connect(m_jobsDock, &Widgets::JobsDock::notification, m_window,
            [this](const QString &message) { m_shell->showStatusMessage(message, 10000); });
    // The dock holds a list, filters and a details pane: scrolled rather
    // than forcing its full height on the window.
    if (QWidget *content = m_jobsDock->widget()) {
        auto *scroll = new QScrollArea(m_jobsDock);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        m_jobsDock->setWidget(scroll);
    }
    m_shell->addFeatureDock(m_jobsDock, Qt::BottomDockWidgetArea);

    m_eventsDock->setObjectName(QStringLiteral("eventsDock"));
    m_eventsView->setModel(m_events);
    m_eventsView->setAccessibleName(tr("Device events"));
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    m_eventsView->verticalHeader()->hide();
    m_eventsDock->setWidget(m_eventsView);
    m_shell->addFeatureDock(m_eventsDock, Qt::BottomDockWidgetArea);
    connect(m_eventsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 device = index.data(Models::EventListModel::DeviceIdRole).toLongLong();
        if (device > 0)
            m_shell->selectDevice(device);
    });
    connect(m_connection, &Models::JobServiceConnection::stateChanged, this,
            [this](Models::JobServiceConnection::State state) {
                if (state == Models::JobServiceConnection::State::Connected)
                    m_events->setClient(m_connection->client());
            });

    // By default they share the bottom area with the device table and the log, as tabs.
    if (QDockWidget *log = m_shell->dock(ConsoleShell::Dock::Log)) {
        m_shell->tabifyDocks(log, m_jobsDock);
        m_shell->tabifyDocks(m_jobsDock, m_eventsDock);
    }
    if (QDockWidget *devices = m_shell->dock(ConsoleShell::Dock::Devices))
        devices->raise();
}

// Tools › NetBox Sync…, Ciena MCP Sync…, Review Ciena MCP Matches…, Import from PRTG….
void WorkspaceFeatures::createCommands()
{
    auto *sync = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("NetBox &Sync…"), this);
    sync->setObjectName(QStringLiteral("netboxSyncAction"));
    connect(sync, &QAction::triggered, this, &WorkspaceFeatures::openSync);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, sync);
    auto *mcpSync = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Ciena MCP S&ync…"), this);
    mcpSync->setObjectName(QStringLiteral("mcpSyncAction"));
    connect(mcpSync, &QAction::triggered, this, &WorkspaceFeatures::openMcpSync);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, mcpSync);
    auto *review = new QAction(tr("Review Ciena &MCP Matches…"), this);
    review->setObjectName(QStringLiteral("mcpReviewAction"));
    connect(review, &QAction::triggered, this, &WorkspaceFeatures::openMcpReview);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, review);
    auto *prtg = new QAction(tr("Import from &PRTG…"), this);
    prtg->setObjectName(QStringLiteral("prtgImportAction"));
    connect(prtg, &QAction::triggered, this, &WorkspaceFeatures::openPrtgImport);
    m_shell->addMenuAction(ConsoleShell::Menu::Tools, prtg);
}

WorkspaceFeatures::~WorkspaceFeatures()
{
    m_events->setClient(nullptr);
    m_connection->close();
}

bool WorkspaceFeatures::serviceAutostart()
{
    return qEnvironmentVariable("OPSDECK_SERVICE_AUTOSTART") != QLatin1String("0");
}

void WorkspaceFeatures::open(const Models::WorkspaceInfo &info)
{
    if (info.folder == m_info.folder)
        return;
    m_info = info;
    closeSync();
    closeMcpSync();
    openChangeSet();
    m_vault.reset();
    auto workspace = Workspace::Workspace::open(info.folder);
    if (!workspace) {
        report(workspace.error());
        return;
    }
    m_workspaceId = workspace->id();
    m_events->setClient(nullptr);
    m_connection->close();
    Models::JobServiceEndpoint endpoint;
    endpoint.workspaceFolder = info.folder;
    endpoint.workspaceId = m_workspaceId;
    endpoint.startService = serviceAutostart();
    m_connection->open(endpoint);
}

void WorkspaceFeatures::report(const Error &error)
{
    qCWarning(lcFeatures) << error.toString();
    QMessageBox::warning(m_window, tr("OpsDeck"), error.detail.isEmpty() ? error.toString() : error.detail);
}

void WorkspaceFeatures::withVault(const std::function<void(Vault::SecretStore *)> &done)
{
    if (!m_vault) {
        Vault::SecretStoreOptions options;
        options.workspaceId = m_workspaceId;
        options.vaultFilePath = QDir(m_info.folder).filePath(Workspace::Workspace::vaultFileName());
        // The workspace's secrets live in its vault file, which its service
        // reads too (Workspace › Credentials… writes them there).
        options.preferred = Vault::SecretBackend::File;
        auto store = Vault::createSecretStore(options);
        if (!store) {
            report(store.error());
            return;
        }
        m_vault = std::move(store).value();
    }
    if (Vault::FileVault *file = m_vault->fileVault(); file && !file->isUnlocked()) {
        bool ok = false;
        const bool exists = file->exists();
        const QString text = QInputDialog::getText(
            m_window, tr("Workspace Vault"),
            exists ? tr("Passphrase of the vault of workspace %1:").arg(m_info.name)
                   : tr("Choose a passphrase for the new vault of workspace %1:").arg(m_info.name),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const Vault::Secret passphrase = Vault::Secret::fromString(text);
        const Status st = exists ? file->unlock(passphrase) : file->create(passphrase);
        if (!st) {
            report(st.error());
            return;
        }
    }
    done(m_vault.get());
}

void WorkspaceFeatures::closeSync()
{
    delete m_syncStatus;
    delete m_syncDock;
    delete m_syncSource;
    delete m_runner;
}

void WorkspaceFeatures::openChangeSet()
{
    delete m_changesDock->widget();
    delete m_changes;
    m_changes = new Models::ChangeSetSession(m_shell->inventoryService()->storeAccess(), this);
    // Pushed as one job through opsdeckd while it is reachable (approvals,
    // audit); through the sync panel's runner otherwise.
    const auto attach = [this] {
        if (m_changes)
            m_changes->setJobService(m_connection->state() == Models::JobServiceConnection::State::Connected
                                         ? m_connection->client()
                                         : nullptr);
    };
    attach();
    connect(m_connection, &Models::JobServiceConnection::stateChanged, m_changes, attach);
    connect(m_changes, &Models::ChangeSetSession::journalRestored, this, [this] {
        if (m_changes && m_changes->entryCount() > 0)
            m_shell->showStatusMessage(tr("%n NetBox edit(s) from an earlier session wait in NetBox Changes.", nullptr,
                                          m_changes->entryCount()),
                                       10000);
    });
    // The inventory views show what the store holds after a push.
    connect(m_changes, &Models::ChangeSetSession::pushFinished, m_window, [this] { m_shell->reloadInventory(); });
    m_changesDock->setWidget(new Widgets::ChangeSetPanel(m_changes));
    m_changes->restoreJournal();
}

QDockWidget *WorkspaceFeatures::changesDock() const
{
    return m_changesDock;
}

Models::ChangeSetSession *WorkspaceFeatures::changeSet() const
{
    return m_changes;
}

void WorkspaceFeatures::recordEdits(const QList<NetBox::Edit> &edits)
{
    if (!m_changes || edits.isEmpty())
        return;
    m_changes->addEdits(edits);
    m_changesDock->show();
    m_changesDock->raise();
    m_shell->showStatusMessage(
        tr("%n edit(s) added to NetBox Changes; push them from there.", nullptr, int(edits.size())), 8000);
}

void WorkspaceFeatures::openSync()
{
    if (m_syncDock) {
        m_syncDock->show();
        m_syncDock->raise();
        return;
    }
    auto workspace = Workspace::Workspace::open(m_info.folder);
    if (!workspace) {
        report(workspace.error());
        return;
    }
    const Workspace::NetboxConfig config = workspace->config().connections.netbox;
    if (config.url.isEmpty()) {
        QMessageBox::information(m_window, tr("NetBox Sync"),
                                 tr("No NetBox server is configured for workspace %1. Add its URL and a vault "
                                    "reference for the API token to the workspace's configuration.")
                                     .arg(m_info.name));
        return;
    }
    // The workspace's service runs the sync when it answers (one engine for
    // the console, the CLI and the schedule); the console runs it itself
    // only while the service cannot be reached.
    if (m_connection->state() == Models::JobServiceConnection::State::Connected) {
        auto *source = new Models::ServiceSyncSource(m_connection, m_info.name, this);
        connect(source, &Models::SyncSource::finished, m_window, [this](Models::SyncSource::State state) {
            if (state == Models::SyncSource::State::Succeeded)
                m_shell->reloadInventory();
        });
        showSyncPanel(source);
        return;
    }
    withVault([this, config](Vault::SecretStore *vault) {
        vault->read(config.token.path, this, [this, config](Result<Vault::Secret> token) {
            if (!token) {
                report(token.error());
                return;
            }
            const QString storePath = m_info.storePath;
            m_runner = new NetBox::NetBoxRunner(
                NetBox::ClientSettings::fromConfig(config, *token),
                [storePath] { return Store::Store::openSqlite(storePath); }, this);
            if (m_changes)
                m_changes->setRunner(m_runner);
            showSyncPanel(new Models::NetBoxSyncSource(m_runner, m_info.name, this));
            // The inventory views show what the store holds after a sync or a push.
            connect(m_runner, &NetBox::NetBoxRunner::syncFinished, m_window, [this] { m_shell->reloadInventory(); });
        });
    });
}

void WorkspaceFeatures::showSyncPanel(Models::SyncSource *source)
{
    m_syncSource = source;
    m_syncDock = new QDockWidget(tr("NetBox Sync"), m_window);
    m_syncDock->setObjectName(QStringLiteral("netboxSyncDock"));
    m_syncDock->setWidget(new Widgets::SyncPanel(m_syncSource));
    m_shell->addFeatureDock(m_syncDock, Qt::RightDockWidgetArea);
    m_changesDock->show();
    m_syncDock->show();
    m_syncDock->raise();

    m_syncStatus = new Widgets::SyncStatusWidget(m_syncSource);
    m_shell->addStatusWidget(m_syncStatus);
    connect(m_syncStatus, &Widgets::SyncStatusWidget::activated, this, [this] {
        m_syncDock->show();
        m_syncDock->raise();
    });
}

void WorkspaceFeatures::closeMcpSync()
{
    delete m_mcpDock;
    delete m_mcpSource;
    delete m_mcpRunner;
}

void WorkspaceFeatures::openMcpSync()
{
    if (m_mcpDock) {
        m_mcpDock->show();
        m_mcpDock->raise();
        return;
    }
    auto workspace = Workspace::Workspace::open(m_info.folder);
    if (!workspace) {
        report(workspace.error());
        return;
    }
    const Workspace::McpConfig config = workspace->config().connections.mcp;
    if (config.url.isEmpty() || !config.password.isSet()) {
        QMessageBox::information(m_window, tr("Ciena MCP Sync"),
                                 tr("No Ciena MCP server is configured for workspace %1. Add its URL, the user "
                                    "name and a vault reference for the password to the workspace's "
                                    "configuration.")
                                     .arg(m_info.name));
        return;
    }
    // Through the workspace's service when it answers, as NetBox Sync.
    if (m_connection->state() == Models::JobServiceConnection::State::Connected) {
        m_mcpSource =
            new Models::ServiceSyncSource(m_connection, m_info.name, this, Models::ServiceSyncSource::Source::Mcp);
        connect(m_mcpSource, &Models::SyncSource::finished, m_window, [this] { m_shell->reloadInventory(); });
        showMcpPanel();
        return;
    }
    withVault([this, config](Vault::SecretStore *vault) {
        vault->read(config.password.path, this, [this, config](Result<Vault::Secret> password) {
            if (!password) {
                report(password.error());
                return;
            }
            if (m_mcpDock) // opened meanwhile
                return;
            const QString storePath = m_info.storePath;
            m_mcpRunner = new Mcp::McpRunner(
                Mcp::McpRunnerSettings::fromConfig(config, *password),
                [storePath] { return Store::Store::openSqlite(storePath); }, this);
            if (const QString metricsPath = m_info.metricsPath; !metricsPath.isEmpty()) {
                m_mcpRunner->setMetricSinkFactory(
                    [metricsPath](Store::Store &store) { return Mcp::openMetricStoreSink(metricsPath, &store); });
            }
            m_mcpSource = new Models::McpSyncSource(m_mcpRunner, m_info.name, this);
            showMcpPanel();
            // The inventory views show the optical inventory and matches the sync wrote.
            connect(m_mcpRunner, &Mcp::McpRunner::finished, m_window, [this] { m_shell->reloadInventory(); });
        });
    });
}

void WorkspaceFeatures::showMcpPanel()
{
    m_mcpDock = new QDockWidget(tr("Ciena MCP Sync"), m_window);
    m_mcpDock->setObjectName(QStringLiteral("mcpSyncDock"));
    m_mcpDock->setWidget(new Widgets::SyncPanel(m_mcpSource));
    m_shell->addFeatureDock(m_mcpDock, Qt::RightDockWidgetArea);
    if (m_syncDock)
        m_shell->tabifyDocks(m_syncDock, m_mcpDock);
    m_mcpDock->show();
    m_mcpDock->raise();
}

void WorkspaceFeatures::openMcpReview()
{
    const QString storePath = m_info.storePath;
    auto *review = new Widgets::McpMatchReviewWidget([storePath] { return Store::Store::openSqlite(storePath); });
    m_shell->addViewTab(review, QStringLiteral("mcp-review"), tr("Ciena MCP Matches"));
}

void WorkspaceFeatures::openPrtgImport()
{
    withVault([this](Vault::SecretStore *vault) {
        auto *resources = new ImportResources(nullptr);
        auto store = Store::Store::openSqlite(m_info.storePath);
        if (!store) {
            delete resources;
            report(store.error());
            return;
        }
        resources->store = std::move(store).value();
        if (!m_info.metricsPath.isEmpty()) {
            if (auto metrics = Metrics::MetricStore::openSqlite(m_info.metricsPath)) {
                resources->metrics = std::move(metrics).value();
                resources->sink =
                    std::make_unique<Mcp::MetricStoreSink>(resources->metrics.get(), resources->store.get());
            } else {
                qCWarning(lcFeatures) << "PRTG history import unavailable:" << metrics.error().toString();
            }
        }
        auto *session = new Models::PrtgImportSession(vault, resources->store.get(), resources->sink.get());
        auto *wizard = new Widgets::PrtgImportWizard(session, m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        session->setParent(wizard);
        // Destroyed after the session (children go in reverse order of creation).
        resources->setParent(wizard);
        connect(wizard, &QWizard::finished, m_window, [this] { m_shell->reloadInventory(); });
        wizard->open();
    });
}

} // namespace OpsDeck::Console
