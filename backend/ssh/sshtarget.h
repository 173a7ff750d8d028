// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QString>

#include "backend/vault/secret.h"

namespace OpsDeck::Ssh {

/// How an unknown host key is treated. A changed key is always refused.
enum class HostKeyPolicy {
    Strict,          ///< the key must already be in the known-hosts file
    TrustOnFirstUse, ///< an unknown host's key is added to the file and accepted
};

/// Login material from the vault. A private key (OpenSSH or PEM text, with
/// an optional passphrase) is tried first, then the password.
struct SshCredentials
{
    Vault::Secret privateKey;
    Vault::Secret keyPassphrase;
    Vault::Secret password;

    [[nodiscard]] bool isEmpty() const { return privateKey.isEmpty() && password.isEmpty(); }
};

/// One device to log in to. Plain value type, safe to copy across threads.
struct SshTarget
{
    QString device; ///< name used in messages, results and backups
    QString host;
    int port = 22;
    QString user;
    SshCredentials credentials;
    QString knownHostsFile; ///< OpenSSH known_hosts format; required
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Strict;
    int connectTimeoutMs = 10000;
    int commandTimeoutMs = 30000;
};

/// What a remote command produced.
struct SshCommandResult
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1;
};

} // namespace OpsDeck::Ssh
