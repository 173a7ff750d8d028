// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QObject>

#include "backend/core/result.h"
#include "backend/ipc/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Vault {
class FileVault;
}

namespace OpsDeck::Ipc {

class IpcServer;

/// The workspace's secrets in the service. They live in the workspace's
/// vault file, which the console or the CLI unlock over the user-only socket
/// (never through an environment variable or a command line); the service's
/// parts read them through lookup(). Values go in and never come out: no
/// method returns one. Methods:
///   vault.status {} -> {"exists", "unlocked", "file"}
///   vault.unlock {"passphrase", "create": bool} -> {"unlocked": true, "created"}
///       create: a new vault when the workspace has none (Conflict when it has);
///       WrongPassphrase leaves the vault locked and the file untouched.
///   vault.lock {} -> {"unlocked": false}
///   secret.list {} -> [{"key", "modified", "usedBy": ["NetBox token", ...]}]
///   secret.set {"key", "value"} -> {"key"}
///   secret.delete {"key"} -> {"key"}
/// Topic "vault": {"type": "unlocked" | "locked" | "changed", "key"?}.
/// unlock runs the key derivation (a fraction of a second) on the service's
/// thread. Lives on the service's main thread.
class VaultService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultService)

public:
    /// @p config returns the workspace's current configuration (for
    /// "usedBy"); @p vault must outlive this service.
    VaultService(Vault::FileVault *vault, std::function<Workspace::WorkspaceConfig()> config, IpcServer *server,
                 QObject *parent = nullptr);

    /// Reads one secret for the service's parts; Locked while locked.
    [[nodiscard]] SecretLookup lookup() const;

signals:
    void unlocked();
    void secretChanged(const QString &key);

private:
    [[nodiscard]] Result<QJsonValue> unlock(const QJsonObject &params);
    [[nodiscard]] Result<QJsonValue> list() const;

    Vault::FileVault *m_vault;
    std::function<Workspace::WorkspaceConfig()> m_config;
    IpcServer *m_server;
};

} // namespace OpsDeck::Ipc
