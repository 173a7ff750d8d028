// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Vault {

class SecretStore;

/// The passphrase of a workspace's vault file, held by the operating
/// system's keychain (Secret Service on Linux desktops, macOS Keychain,
/// Windows Credential Manager) so that the workspace's service can unlock the
/// vault by itself when it starts.
///
/// The credentials themselves stay in the vault file: one encrypted store
/// that the console, the service and the CLI share, that can list its entries
/// and that works the same on a headless server. The keychain entry is filed
/// under the service keychainServiceName(workspaceId), account
/// "vault-passphrase". Where no keychain answers (a build without QtKeychain,
/// no session bus, no Secret Service on the bus, a keychain that does not
/// reply within the timeout), every call completes with
/// ErrorCode::Unsupported and a detail saying why; the vault is then unlocked
/// with its passphrase as before.
///
/// Calls are asynchronous and complete on this object's thread, never before
/// they return; the thread needs an event loop.
class VaultKeyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultKeyring)

public:
    using RecallCallback = std::function<void(Result<Secret>)>;
    using StatusCallback = std::function<void(Status)>;

    /// Entry name of the passphrase in the keychain.
    static constexpr const char *EntryName = "vault-passphrase";

    /// @p timeoutMs bounds each call: a keychain that does not answer by then
    /// counts as absent (ErrorCode::Unsupported).
    explicit VaultKeyring(const QString &workspaceId, int timeoutMs = 8000, QObject *parent = nullptr);
    ~VaultKeyring() override;

    /// The remembered passphrase; NotFound when the keychain answers but holds
    /// none for this workspace; Unsupported when no keychain answers.
    void recall(RecallCallback done);
    /// Stores @p passphrase, replacing any earlier one.
    void remember(const Secret &passphrase, StatusCallback done);
    /// Removes the entry; succeeds when there was none.
    void forget(StatusCallback done);

private:
    template<typename R>
    std::function<void(R)> guarded(std::function<void(R)> done);

    std::unique_ptr<SecretStore> m_store; ///< null when this build has no keychain
    int m_timeoutMs;
};

} // namespace OpsDeck::Vault
