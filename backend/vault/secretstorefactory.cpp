// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/secretstorefactory.h"

#include "backend/core/logging.h"
#include "backend/vault/filevault.h"
#ifdef OPSDECK_HAVE_KEYCHAIN
#include "backend/vault/keychainstore.h"
#endif

using namespace Qt::StringLiterals;

namespace OpsDeck::Vault {

bool isKeychainSupported()
{
#ifdef OPSDECK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString keychainServiceName(const QString &workspaceId)
{
    return u"OpsDeck/"_s + workspaceId;
}

Result<std::unique_ptr<SecretStore>> createSecretStore(const SecretStoreOptions &options)
{
#ifdef OPSDECK_HAVE_KEYCHAIN
    if (options.preferred == SecretBackend::Keychain) {
        if (options.workspaceId.isEmpty())
            return Error(ErrorCode::InvalidInput, u"a keychain store needs a workspace id"_s);
        qCDebug(lcVault).noquote() << "using the OS keychain, service" << keychainServiceName(options.workspaceId);
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainStore>(options.workspaceId));
    }
#else
    if (options.preferred == SecretBackend::Keychain)
        qCInfo(lcVault) << "this build has no OS keychain support; using the vault file";
#endif
    if (options.vaultFilePath.isEmpty())
        return Error(ErrorCode::InvalidInput, u"a file vault needs a file path"_s);
    return std::unique_ptr<SecretStore>(std::make_unique<FileVault>(options.vaultFilePath));
}

} // namespace OpsDeck::Vault
