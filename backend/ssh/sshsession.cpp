// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ssh/sshsession.h"

#include <mutex>

#include <libssh/libssh.h>

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSsh, "opsdeck.ssh")

namespace OpsDeck::Ssh {

namespace {

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QVariantMap contextFor(const SshTarget &t)
{
    return {{QStringLiteral("device"), t.device},
            {QStringLiteral("host"), QStringLiteral("%1:%2").arg(t.host).arg(t.port)}};
}

Error sessionError(const SshTarget &t, ErrorCode code, const QString &detail)
{
    return Error(code, detail, contextFor(t));
}

/// Connection options: the target only, never the user's ~/.ssh/config or
/// the system's known hosts.
void setOptions(ssh_session s, const SshTarget &t)
{
    const QByteArray host = t.host.toUtf8();
    const QByteArray user = t.user.toUtf8();
    const QByteArray knownHosts = QFileInfo(t.knownHostsFile).absoluteFilePath().toUtf8();
    const unsigned int port = unsigned(t.port);
    const long timeoutSec = std::max(1, t.connectTimeoutMs / 1000);
    const long timeoutUsec = long(t.connectTimeoutMs % 1000) * 1000;
    const int noConfig = 0;
    const char *devNull = "/dev/null";
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, devNull);
}

/// Checks the server's host key against the known-hosts file (recording it
/// on first use where the target allows that).
Status verifyHost(ssh_session s, const SshTarget &t)
{
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return sessionError(t, ErrorCode::Conflict,
                            QStringLiteral("host key of %1 (%2:%3) does not match the key in %4: it changed, or "
                                           "someone is intercepting the connection; login refused")
                                .arg(t.device, t.host)
                                .arg(t.port)
                                .arg(t.knownHostsFile));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (t.hostKeyPolicy != HostKeyPolicy::TrustOnFirstUse) {
            return sessionError(t, ErrorCode::Conflict,
                                QStringLiteral("host key of %1 (%2:%3) is not in %4 and trust on first use is off; "
                                               "login refused")
                                    .arg(t.device, t.host)
                                    .arg(t.port)
                                    .arg(t.knownHostsFile));
        }
        if (ssh_session_update_known_hosts(s) != SSH_OK) {
            return sessionError(t, ErrorCode::Io,
                                QStringLiteral("cannot record the host key of %1 in %2: %3")
                                    .arg(t.device, t.knownHostsFile, QString::fromUtf8(ssh_get_error(s))));
        }
        qCInfo(lcSsh) << "trusted the host key of" << t.device << "on first use";
        return {};
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return sessionError(
        t, ErrorCode::Io,
        QStringLiteral("cannot check the host key of %1: %2").arg(t.device, QString::fromUtf8(ssh_get_error(s))));
}

/// Logs in with the key, then with the password if the key is missing or refused.
Status authenticate(ssh_session s, const SshTarget &t)
{
    QString authDetail;
    bool ok = false;
    if (!t.credentials.privateKey.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray keyText = t.credentials.privateKey.revealBytes();
        const QByteArray passphrase = t.credentials.keyPassphrase.revealBytes();
        if (ssh_pki_import_privkey_base64(keyText.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                          nullptr, nullptr, &key) != SSH_OK) {
            authDetail = QStringLiteral("the private key could not be read");
        } else {
            const int rc = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            ok = rc == SSH_AUTH_SUCCESS;
            if (!ok)
                authDetail = QStringLiteral("key refused");
        }
    }
    if (!ok && !t.credentials.password.isEmpty()) {
        const QByteArray password = t.credentials.password.revealBytes();
        ok = ssh_userauth_password(s, nullptr, password.constData()) == SSH_AUTH_SUCCESS;
        if (!ok)
            authDetail +=
                (authDetail.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("password refused");
    }
    if (!ok) {
        return sessionError(t, ErrorCode::Auth,
                            QStringLiteral("authentication as %1 on %2 failed: %3").arg(t.user, t.device, authDetail));
    }
    return {};
}

} // namespace

struct SshSession::Impl
{
    ssh_session session = nullptr;
    bool authenticated = false;

    ~Impl() { reset(); }
    void reset()
    {
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
        authenticated = false;
    }
};

SshSession::SshSession(SshTarget target)
    : m_target(std::move(target))
    , m_impl(std::make_unique<Impl>())
{
    initLibssh();
}

SshSession::~SshSession() = default;

void SshSession::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancel = flag;
}

bool SshSession::isOpen() const
{
    return m_impl->session && m_impl->authenticated;
}

void SshSession::close()
{
    m_impl->reset();
}

Status SshSession::open()
{
    close();
    const SshTarget &t = m_target;
    const auto fail = [this](const Error &error) {
        m_impl->reset();
        return Status(error);
    };
    if (t.host.isEmpty() || t.user.isEmpty())
        return fail(sessionError(t, ErrorCode::InvalidInput, QStringLiteral("SSH target needs a host and a user")));
    if (t.knownHostsFile.isEmpty())
        return fail(sessionError(t, ErrorCode::InvalidInput,
                                 QStringLiteral("no known-hosts file: host keys cannot be verified")));
    if (t.credentials.isEmpty())
        return fail(sessionError(t, ErrorCode::Auth, QStringLiteral("no SSH key or password for %1").arg(t.device)));

    ssh_session s = ssh_new();
    if (!s)
        return fail(sessionError(t, ErrorCode::Unknown, QStringLiteral("libssh could not create a session")));
    m_impl->session = s;
    setOptions(s, t);
    if (ssh_connect(s) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(s));
        const bool timedOut = why.contains(QLatin1String("imeout"));
        return fail(sessionError(
            t, timedOut ? ErrorCode::Timeout : ErrorCode::Network,
            QStringLiteral("cannot connect to %1 (%2:%3): %4").arg(t.device, t.host).arg(t.port).arg(why)));
    }
    // Verify the host before any credential leaves this machine.
    if (auto st = verifyHost(s, t); !st)
        return fail(st.error());
    if (auto st = authenticate(s, t); !st)
        return fail(st.error());
    m_impl->authenticated = true;
    return {};
}

Result<SshCommandResult> SshSession::run(const QString &command, const QByteArray &input)
{
    const SshTarget &t = m_target;
    if (!isOpen())
        return Error(ErrorCode::InvalidInput, QStringLiteral("SSH session is not open"), contextFor(t));
    ssh_session s = m_impl->session;
    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return Error(ErrorCode::Network, QStringLiteral("cannot open a channel"), contextFor(t));
    const auto failed = [&](ErrorCode code, const QString &what) {
        const QString why = QString::fromUtf8(ssh_get_error(s));
        ssh_channel_free(channel);
        return Error(code, QStringLiteral("%1 on %2: %3").arg(what, t.device, why), contextFor(t));
    };
    if (ssh_channel_open_session(channel) != SSH_OK)
        return failed(ErrorCode::Network, QStringLiteral("cannot open a session channel"));
    if (ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK)
        return failed(ErrorCode::Network, QStringLiteral("cannot run '%1'").arg(command));

    qsizetype written = 0;
    while (written < input.size()) {
        const int n = ssh_channel_write(channel, input.constData() + written, uint32_t(input.size() - written));
        if (n == SSH_ERROR)
            return failed(ErrorCode::Network, QStringLiteral("cannot send input"));
        written += n;
    }
    ssh_channel_send_eof(channel);

    SshCommandResult result;
    QDeadlineTimer deadline(t.commandTimeoutMs);
    char buffer[16384];
    // Poll both streams in short slices so that a cancel or the deadline is
    // noticed while the device is silent.
    for (;;) {
        if (m_cancel && m_cancel->load())
            return failed(ErrorCode::Cancelled, QStringLiteral("'%1' cancelled").arg(command));
        if (deadline.hasExpired())
            return failed(ErrorCode::Timeout, QStringLiteral("'%1' timed out").arg(command));
        bool progressed = false;
        for (int stream = 0; stream < 2; ++stream) {
            const int available = ssh_channel_poll(channel, stream);
            if (available == SSH_ERROR)
                return failed(ErrorCode::Network, QStringLiteral("reading the output of '%1' failed").arg(command));
            if (available > 0) {
                const int n = ssh_channel_read(channel, buffer, sizeof buffer, stream);
                if (n == SSH_ERROR)
                    return failed(ErrorCode::Network, QStringLiteral("reading the output of '%1' failed").arg(command));
                (stream ? result.standardError : result.standardOutput).append(buffer, n);
                progressed = progressed || n > 0;
            }
        }
        if (progressed)
            continue;
        if (ssh_channel_is_eof(channel))
            break;
        const int n =
            ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0,
                                     int(std::min<qint64>(200, std::max<qint64>(1, deadline.remainingTime()))));
        if (n == SSH_ERROR)
            return failed(ErrorCode::Network, QStringLiteral("reading the output of '%1' failed").arg(command));
        if (n > 0)
            result.standardOutput.append(buffer, n);
    }
    // Whatever stderr still holds after stdout ended.
    for (;;) {
        const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (n <= 0)
            break;
        result.standardError.append(buffer, n);
    }
    result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

Result<SshCommandResult> SshSession::runOnce(const SshTarget &target, const QString &command, const QByteArray &input,
                                             const std::atomic_bool *cancel)
{
    SshSession session(target);
    session.setCancelFlag(cancel);
    if (auto st = session.open(); !st)
        return st.error();
    auto result = session.run(command, input);
    session.close();
    return result;
}

} // namespace OpsDeck::Ssh
