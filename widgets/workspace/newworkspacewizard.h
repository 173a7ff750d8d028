// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QWizard>

#include "models/session/workspace/firstsync.h"
#include "models/session/workspace/workspacesetup.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace OpsDeck::Widgets {

class McpConnectionForm;
class NetboxConnectionForm;
class PrtgConnectionForm;

/// File › New Workspace…: name and folder; store (embedded SQLite, or a
/// PostgreSQL team store with a test); NetBox (address, token, TLS, with a
/// test that shows the release and the counts); optional Ciena MCP and
/// PRTG, each with its own test; the vault passphrase. Nothing is written while the wizard is open:
/// Create hands the plan, the secrets and the passphrase to the caller,
/// which creates the workspace and runs the first sync; Cancel leaves no
/// trace.
class NewWorkspaceWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { NamePage, StorePage, NetboxPage, SourcesPage, VaultPage, SummaryPage };

    /// @p names: the workspaces that exist (a name is refused twice).
    explicit NewWorkspaceWizard(const QStringList &names, QWidget *parent = nullptr);

    [[nodiscard]] Models::WorkspacePlan plan() const;
    [[nodiscard]] QList<Models::PendingSecret> secrets() const;
    [[nodiscard]] Vault::Secret passphrase() const;
    /// The user asked the login keychain to remember the passphrase.
    [[nodiscard]] bool rememberPassphrase() const;
    /// A first full NetBox sync after creation.
    [[nodiscard]] bool syncNetbox() const;

    [[nodiscard]] NetboxConnectionForm *netboxForm() const { return m_netbox; }
    [[nodiscard]] McpConnectionForm *mcpForm() const { return m_mcp; }
    [[nodiscard]] PrtgConnectionForm *prtgForm() const { return m_prtg; }

    /// Called by Create: makes the workspace. On an error the wizard shows it
    /// and stays open with everything typed.
    void setCreator(std::function<Status()> creator) { m_creator = std::move(creator); }

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *createNamePage(const QStringList &names);
    QWizardPage *createStorePage();
    QWizardPage *createNetboxPage();
    QWizardPage *createSourcesPage();
    QWizardPage *createVaultPage();
    QWizardPage *createSummaryPage();
    [[nodiscard]] QString summary() const;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_pgHost = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_pgDatabase = nullptr;
    QLineEdit *m_pgUser = nullptr;
    QLineEdit *m_pgPassword = nullptr;
    QLabel *m_pgResult = nullptr;
    NetboxConnectionForm *m_netbox = nullptr;
    QCheckBox *m_netboxLater = nullptr;
    McpConnectionForm *m_mcp = nullptr;
    PrtgConnectionForm *m_prtg = nullptr;
    QLineEdit *m_pass1 = nullptr;
    QLineEdit *m_pass2 = nullptr;
    QCheckBox *m_rememberPass = nullptr;
    QLabel *m_summary = nullptr;
    std::function<Status()> m_creator;
};

} // namespace OpsDeck::Widgets
