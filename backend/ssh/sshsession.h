// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QString>

#include "backend/core/result.h"
#include "backend/ssh/sshtarget.h"

namespace OpsDeck::Ssh {

/// One blocking SSH connection to a device (libssh behind a pimpl). Verifies
/// the host key against the target's known-hosts file before sending any
/// credential, then authenticates with the key or password. Every call is
/// bounded by the target's timeouts.
///
/// Not a QObject and not thread-safe: create, use and destroy it on one
/// worker thread (never on the GUI thread). Errors carry the device name in
/// their context: ErrorCode::Network (unreachable, refused), Timeout,
/// Conflict (host key changed or unknown), Auth (credentials refused).
class SshSession final
{
public:
    explicit SshSession(SshTarget target);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    /// Connects, verifies the host key and logs in.
    [[nodiscard]] Status open();
    [[nodiscard]] bool isOpen() const;
    /// Runs one command on a new channel, writing @p input to its stdin and
    /// capturing all of its output. A non-zero exit status is not an error
    /// here: callers decide.
    [[nodiscard]] Result<SshCommandResult> run(const QString &command, const QByteArray &input = {});
    void close();

    /// When set and true, run() gives up between reads with ErrorCode::Cancelled.
    void setCancelFlag(const std::atomic_bool *flag);

    [[nodiscard]] const SshTarget &target() const { return m_target; }

    /// One-shot helper: open(), run(), close().
    [[nodiscard]] static Result<SshCommandResult> runOnce(const SshTarget &target, const QString &command,
                                                          const QByteArray &input = {},
                                                          const std::atomic_bool *cancel = nullptr);

private:
    struct Impl;
    SshTarget m_target;
    std::unique_ptr<Impl> m_impl;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace OpsDeck::Ssh
