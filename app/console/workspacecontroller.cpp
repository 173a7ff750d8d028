// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/workspacecontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

#include "backend/ipc/ipcclient.h"
#include "backend/settings/settings.h"
#include "backend/store/store.h"
#include "backend/workspace/workspaceregistry.h"
#include "models/session/inventory/inventoryservice.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/workspace/servicevault.h"
#include "models/session/workspace/workspacesetup.h"
#include "widgets/console/mainwindow.h"
#include "widgets/workspace/connectionsdialog.h"
#include "widgets/workspace/credentialsdialog.h"
#include "widgets/workspace/newworkspacewizard.h"
#include "widgets/workspace/unlockvaultdialog.h"
#include "widgets/workspace/welcomepage.h"

namespace OpsDeck::Console {

WorkspaceController::WorkspaceController(Widgets::MainWindow *window, Models::JobServiceConnection *connection,
                                         Models::InventoryService *inventory, Settings::Settings *settings,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connection(connection)
    , m_inventory(inventory)
    , m_settings(settings)
    , m_vault(new Models::ServiceVault(connection, this))
    , m_firstSync(new Models::FirstSync(connection, this))
{
    createMenus();
    m_notice = new QFrame(window);
    m_notice->setObjectName(QStringLiteral("vaultNotice"));
    m_notice->setStyleSheet(QStringLiteral("#vaultNotice { background: #fff4ce; border-bottom: 1px solid #e0c870; }"
                                           " #vaultNotice QLabel { color: #5c4400; }"));
    auto *layout = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    auto *unlock = new QPushButton(tr("Unlock…"), m_notice);
    unlock->setObjectName(QStringLiteral("noticeUnlock"));
    connect(unlock, &QPushButton::clicked, this, &WorkspaceController::unlockVault);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(unlock);
    m_notice->hide();
    window->addNotice(m_notice);

    connect(m_vault, &Models::ServiceVault::stateChanged, this, &WorkspaceController::updateNotice);
    connect(m_vault, &Models::ServiceVault::keychainAnswered, this, [this](bool ok, const QString &message) {
        if (ok)
            m_window->statusBar()->showMessage(tr("Keychain: %1").arg(message), 8000);
        else
            QMessageBox::information(m_window, tr("Keychain"),
                                     tr("The vault is unlocked, but %1. Its passphrase will be asked again "
                                        "when the service restarts.")
                                         .arg(message));
    });
    connect(inventory, &Models::InventoryService::workspaceOpened, this, &WorkspaceController::handleOpened);
    rebuildRecentMenu();
}

void WorkspaceController::createMenus()
{
    QMenu *file = m_window->menu(Widgets::MainWindow::Menu::File);
    m_newAction = new QAction(tr("&New Workspace…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewWorkspace"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a workspace for your estate and connect it to NetBox"));
    connect(m_newAction, &QAction::triggered, this, &WorkspaceController::newWorkspace);
    QAction *first = file->actions().value(0);
    file->insertAction(first, m_newAction);
    m_recentMenu = new QMenu(tr("Recent &Workspaces"), file);
    m_recentMenu->setObjectName(QStringLiteral("menuRecentWorkspaces"));
    file->insertMenu(file->actions().value(2), m_recentMenu);

    auto *workspace = new QMenu(tr("&Workspace"), m_window);
    workspace->setObjectName(QStringLiteral("menuWorkspace"));
    m_connectionsAction = workspace->addAction(tr("&Connections…"), this, &WorkspaceController::editConnections);
    m_connectionsAction->setObjectName(QStringLiteral("actionConnections"));
    m_credentialsAction = workspace->addAction(tr("C&redentials…"), this, &WorkspaceController::editCredentials);
    m_credentialsAction->setObjectName(QStringLiteral("actionCredentials"));
    m_unlockAction = workspace->addAction(tr("&Unlock Vault…"), this, &WorkspaceController::unlockVault);
    m_unlockAction->setObjectName(QStringLiteral("actionUnlockVault"));
    m_window->menuBar()->insertMenu(m_window->menu(Widgets::MainWindow::Menu::Object)->menuAction(), workspace);
}

QString WorkspaceController::currentFolder() const
{
    return m_inventory->isOpen() ? m_inventory->workspace().folder : QString();
}

void WorkspaceController::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new Widgets::WelcomePage;
        connect(m_welcome, &Widgets::WelcomePage::demoRequested, this, [this] { m_inventory->openDemoWorkspace(); });
        connect(m_welcome, &Widgets::WelcomePage::newWorkspaceRequested, this, &WorkspaceController::newWorkspace);
        connect(m_welcome, &Widgets::WelcomePage::openFolderRequested, this, [this] {
            const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Workspace"));
            if (!folder.isEmpty())
                m_inventory->openWorkspace(folder);
        });
        connect(m_welcome, &Widgets::WelcomePage::workspaceRequested, m_inventory,
                &Models::InventoryService::openWorkspace);
    }
    QList<std::pair<QString, QString>> existing;
    const QList<Workspace::WorkspaceEntry> entries = Workspace::WorkspaceRegistry().list();
    for (const Workspace::WorkspaceEntry &e : entries) {
        if (!e.error)
            existing.append({e.name, e.folder});
    }
    m_welcome->setWorkspaces(existing);
    m_window->showStartPage(m_welcome);
}

void WorkspaceController::handleOpened(const Models::WorkspaceInfo &info)
{
    // The service and the CLI follow the console's choice.
    if (auto st = Workspace::WorkspaceRegistry().setLastUsed(info.folder); !st)
        qWarning("%s", qPrintable(st.error().toString()));
    rememberRecent(info.folder);
    m_vault->refresh();
    updateNotice();
}

void WorkspaceController::rememberRecent(const QString &folder)
{
    m_settings->addRecentWorkspace(folder);
    rebuildRecentMenu();
}

void WorkspaceController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentWorkspaces();
    for (const QString &folder : recent) {
        if (!Workspace::Workspace::isWorkspace(folder))
            continue;
        QAction *a = m_recentMenu->addAction(QDir(folder).dirName() + QStringLiteral("  —  ") + folder);
        connect(a, &QAction::triggered, this, [this, folder] { m_inventory->openWorkspace(folder); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void WorkspaceController::updateNotice()
{
    using State = Models::ServiceVault::State;
    const bool locked = m_vault->state() == State::Locked;
    m_unlockAction->setEnabled(m_vault->state() == State::Locked || m_vault->state() == State::None);
    m_noticeText->setText(tr("The vault of this workspace is locked: its service cannot sync with NetBox, poll "
                             "devices or run jobs that need credentials until it is unlocked."));
    m_notice->setVisible(locked);
}

void WorkspaceController::unlockVault()
{
    Widgets::UnlockVaultDialog dialog(m_vault->state() == Models::ServiceVault::State::None, m_vault->keychain(),
                                      m_vault->keychainDetail(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_vault->unlock(dialog.passphrase(), dialog.remember(), [this](Status st) {
        if (st)
            return;
        QMessageBox::warning(m_window, tr("Unlock Vault"),
                             st.error().code == ErrorCode::WrongPassphrase
                                 ? tr("That is not the passphrase of this vault; it stays locked.")
                                 : st.error().detail);
    });
}

void WorkspaceController::newWorkspace()
{
    QStringList names;
    const QList<Workspace::WorkspaceEntry> entries = Workspace::WorkspaceRegistry().list();
    for (const Workspace::WorkspaceEntry &e : entries)
        names << e.name;
    Widgets::NewWorkspaceWizard wizard(names, m_window);
    QString created;
    wizard.setCreator([&wizard, &created]() -> Status {
        auto ws = Models::createWorkspace(wizard.plan(), Workspace::WorkspaceRegistry());
        if (!ws)
            return ws.error();
        created = ws->folder();
        return {};
    });
    if (wizard.exec() != QDialog::Accepted || created.isEmpty())
        return;
    const Vault::Secret passphrase = wizard.passphrase();
    const QList<Models::PendingSecret> secrets = wizard.secrets();
    const bool sync = wizard.syncNetbox();
    m_inventory->openWorkspace(created);
    m_firstSync->setRememberPassphrase(wizard.rememberPassphrase());
    runFirstSync(passphrase, secrets, sync);
}

void WorkspaceController::runFirstSync(const Vault::Secret &passphrase, const QList<Models::PendingSecret> &secrets,
                                       bool sync)
{
    m_progress = new QProgressDialog(tr("Starting the workspace's service…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_progress->setWindowTitle(tr("First Sync"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_firstSync, &Models::FirstSync::cancel);
    connect(m_firstSync, &Models::FirstSync::progress, m_progress,
            [this](const QString &text, int value, int maximum) {
                m_progress->setLabelText(text);
                m_progress->setMaximum(maximum);
                m_progress->setValue(value);
            });
    connect(m_firstSync, &Models::FirstSync::finished, this, [this, sync](const Status &st) {
        if (m_progress) {
            m_firstSync->disconnect(m_progress);
            m_progress->close();
        }
        m_vault->refresh();
        if (!st) {
            QMessageBox::warning(m_window, tr("First Sync"),
                                 tr("The workspace is created, but the first sync did not complete: %1\n\nFix the "
                                    "connection in Workspace › Connections… and sync again from Tools › NetBox "
                                    "Sync.")
                                     .arg(st.error().detail));
        } else if (sync) {
            m_window->reloadInventory();
        }
    }, Qt::SingleShotConnection);
    m_progress->show();
    m_firstSync->start(passphrase, secrets, sync);
}

void WorkspaceController::editConnections()
{
    auto ws = Workspace::Workspace::open(currentFolder());
    if (!ws) {
        QMessageBox::warning(m_window, tr("Connections"), ws.error().detail);
        return;
    }
    Widgets::ConnectionsDialog dialog(*ws, m_window);
    // The profile rules offer the store's sites, roles and tags once read.
    if (m_inventory->isOpen() && m_inventory->workspace().folder == ws->folder()) {
        m_inventory->withStore(&dialog, [dialog = &dialog](Store::Store &store) -> std::function<void()> {
            auto found = store.labelChoices();
            if (!found)
                return {};
            return [dialog, choices = *found] { dialog->setLabelChoices(choices); };
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeSecrets(dialog.newSecrets());
    if (m_connection->state() == Models::JobServiceConnection::State::Connected)
        m_connection->client()->call(QStringLiteral("workspace.reload"), {}, this, [](Result<QJsonValue>) {});
    m_inventory->openWorkspace(ws->folder()); // the status line shows the new address
}

void WorkspaceController::storeSecrets(const QList<Models::PendingSecret> &secrets)
{
    if (secrets.isEmpty())
        return;
    // The service answers requests in order: an unlock asked here goes
    // before the secrets.
    if (m_vault->state() != Models::ServiceVault::State::Unlocked)
        unlockVault();
    for (const Models::PendingSecret &s : secrets) {
        m_vault->store(s.key, s.value, [this, key = s.key](Status st) {
            if (!st)
                QMessageBox::warning(m_window, tr("Credentials"),
                                     tr("%1 was not stored: %2").arg(key, st.error().detail));
        });
    }
}

void WorkspaceController::editCredentials()
{
    Widgets::CredentialsDialog dialog(m_vault, m_window);
    dialog.exec();
}

} // namespace OpsDeck::Console
