// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QObject>

#include "backend/core/result.h"
#include "backend/service/snmpvaultcredentials.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Vault {
class FileVault;
class VaultKeyring;
}

namespace OpsDeck::Ipc {
class IpcServer;
} // namespace OpsDeck::Ipc

namespace OpsDeck::Service {

/// The workspace's secrets in the service. They live in the workspace's
/// vault file, which the console or the CLI unlock over the user-only socket
/// (never through an environment variable or a command line); the service's
/// parts read them through lookup(). Values go in and never come out: no
/// method returns one. Methods:
///   vault.status {} -> {"exists", "unlocked", "file", "keychain", "keychainDetail",
///       "remembered"}; keychain: "probing" | "available" | "unavailable" (with
///       the reason in keychainDetail); remembered: the keychain holds the
///       passphrase, so the service unlocks the vault by itself when it starts.
///   vault.unlock {"passphrase", "create": bool, "remember": bool}
///       -> {"unlocked": true, "created", "remember": "pending" | "unavailable"}
///       create: a new vault when the workspace has none (Conflict when it has);
///       WrongPassphrase leaves the vault locked and the file untouched.
///       remember: also hand the passphrase to the OS keychain; the outcome
///       follows as a "keychain" event.
///   vault.lock {} -> {"unlocked": false}
///   vault.forget {} -> {"pending": true}: remove the passphrase from the
///       keychain; the outcome follows as a "keychain" event.
///   secret.list {} -> [{"key", "modified", "usedBy": ["NetBox token", ...]}]
///   secret.set {"key", "value"} -> {"key"}
///   secret.delete {"key"} -> {"key"}
/// Topic "vault": {"type": "unlocked" | "locked" | "changed", "key"?};
/// {"type": "keychain", "remembered", "ok", "message"} after remember/forget;
/// {"type": "keychainProbed"} once the keychain's first answer is known.
/// unlock runs the key derivation (a fraction of a second) on the service's
/// thread. Lives on the service's main thread.
class VaultService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultService)

public:
    /// @p config returns the workspace's current configuration (for
    /// "usedBy"); @p vault and @p keyring (may be null: no keychain) must
    /// outlive this service.
    VaultService(Vault::FileVault *vault, Vault::VaultKeyring *keyring,
                 std::function<Workspace::WorkspaceConfig()> config, Ipc::IpcServer *server, QObject *parent = nullptr);

    /// Asks the keychain for a remembered passphrase and, when the vault is
    /// locked, unlocks it with that; records whether a keychain answers.
    void start();

    /// Reads one secret for the service's parts; Locked while locked.
    [[nodiscard]] SecretLookup lookup() const;

signals:
    void unlocked();
    void secretChanged(const QString &key);

private:
    enum class Keychain { Probing, Available, Unavailable };

    [[nodiscard]] Result<QJsonValue> unlock(const QJsonObject &params);
    [[nodiscard]] Result<QJsonValue> status() const;
    [[nodiscard]] Result<QJsonValue> forget();
    void recalled(Result<Vault::Secret> passphrase);
    void remember(const Vault::Secret &passphrase);
    void keychainAnswered(Status st, bool remembered, const QString &done);
    void announceUnlocked();
    [[nodiscard]] Result<QJsonValue> list() const;

    Vault::FileVault *m_vault;
    Vault::VaultKeyring *m_keyring;
    Keychain m_keychain = Keychain::Probing;
    QString m_keychainDetail;
    bool m_remembered = false;
    std::function<Workspace::WorkspaceConfig()> m_config;
    Ipc::IpcServer *m_server;
};

} // namespace OpsDeck::Service
