// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QString>

#include "backend/core/result.h"
#include "backend/vault/secretstore.h"

namespace OpsDeck::Vault {

/// What a workspace asks of its secret store.
struct SecretStoreOptions
{
    /// The keychain is used only when asked for here and built in.
    SecretBackend preferred = SecretBackend::File;
    /// Stable, unique id of the workspace; namespaces keychain entries.
    QString workspaceId;
    /// The workspace's vault file, used whenever the file vault is chosen.
    QString vaultFilePath;
};

/// True when this build includes the OS keychain (QtKeychain).
[[nodiscard]] bool isKeychainSupported();

/// The keychain service name for a workspace: "OpsDeck/<workspaceId>".
[[nodiscard]] QString keychainServiceName(const QString &workspaceId);

/// Creates the workspace's store: a KeychainStore when the keychain is
/// preferred and supported, otherwise a (locked) FileVault on
/// options.vaultFilePath, reachable through SecretStore::fileVault() to
/// create or unlock it. ErrorCode::InvalidInput when the chosen backend
/// lacks its workspaceId or vaultFilePath.
[[nodiscard]] Result<std::unique_ptr<SecretStore>> createSecretStore(const SecretStoreOptions &options);

} // namespace OpsDeck::Vault
