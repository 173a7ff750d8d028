// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/vault/secretstore.h"

namespace OpsDeck::Vault {

/// Secrets in the operating system's keychain (Secret Service or KWallet,
/// macOS Keychain, Windows Credential Manager) through QtKeychain.
///
/// Entries are filed under the service name keychainServiceName(workspaceId),
/// so workspaces never see each other's secrets; the key name is the
/// keychain account. QtKeychain's plain-text fallback is disabled. Each call
/// starts a QtKeychain job in the calling thread, which therefore needs an
/// event loop; delivery follows the SecretStore contract. When the platform
/// has no keychain service at run time, operations complete with
/// ErrorCode::Unsupported and the caller can fall back to a FileVault.
///
/// Only built when QtKeychain was found (OPSDECK_HAVE_KEYCHAIN); use
/// createSecretStore() rather than naming this class.
class KeychainStore final : public SecretStore
{
public:
    explicit KeychainStore(const QString &workspaceId);
    ~KeychainStore() override;

    [[nodiscard]] QString serviceName() const { return m_service; }

    [[nodiscard]] SecretBackend backend() const override { return SecretBackend::Keychain; }
    [[nodiscard]] bool isUnlocked() const override { return true; }
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const Secret &value, QObject *context, StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

private:
    const QString m_service;
};

} // namespace OpsDeck::Vault
