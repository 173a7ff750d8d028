// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QString>

#include "backend/core/result.h"
#include "backend/vault/secret.h"

class QObject;

namespace OpsDeck::Vault {

class FileVault;

/// Where a SecretStore keeps its secrets.
enum class SecretBackend {
    File,     ///< an encrypted file in the workspace (FileVault)
    Keychain, ///< the operating system's keychain (KeychainStore)
};

/// One interface for the secrets of a workspace (NetBox tokens, SNMP
/// communities and v3 keys, SSH passwords and keys, MCP/PRTG credentials),
/// keyed by a non-empty name such as "netbox/token" or "ssh/core1/password".
/// Key names are not secret and may appear in logs and errors; values never do.
///
/// The operations are asynchronous so that the GUI thread never blocks (the
/// OS keychain only has an asynchronous API). Contract for read(), write()
/// and remove():
/// - the callback runs exactly once, in the thread of \a context, from the
///   event loop: never before the call returns;
/// - if \a context is destroyed first, the callback is dropped (it then never
///   runs), so capturing members of the context object is safe;
/// - the calling thread and the context's thread need a running event loop;
/// - a null \a context is allowed but discouraged: the callback then runs
///   on whichever thread completed the operation.
/// A missing key completes with ErrorCode::NotFound, a locked file vault with
/// ErrorCode::Locked.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<Secret>)>;
    using StatusCallback = std::function<void(Status)>;

    SecretStore() = default;
    virtual ~SecretStore();
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    [[nodiscard]] virtual SecretBackend backend() const = 0;
    /// False while a file vault is locked; a keychain store is always open
    /// (the OS asks the user itself when it needs to).
    [[nodiscard]] virtual bool isUnlocked() const = 0;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const Secret &value, QObject *context, StatusCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, StatusCallback done) = 0;

    /// This store as a FileVault (to create, unlock or lock it), else nullptr.
    [[nodiscard]] virtual FileVault *fileVault() { return nullptr; }
};

} // namespace OpsDeck::Vault
