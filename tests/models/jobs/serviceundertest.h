// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include "backend/ipc/ipcclient.h"
#include "backend/ipc/ipcpaths.h"
#include "backend/jobs/job.h"
#include "backend/workspace/workspace.h"
#include "tests/rig/rigenv.h"

namespace OpsDeck::Test {

/// A real opsdeckd for one test: a new workspace under @p root with an
/// approval policy (ssh.command needs one approval, two at site
/// "two-site"), started on a socket in the runtime folder the test process
/// uses ($OPSDECK_RUNTIME_DIR, set by the test before start()), with HOME
/// pointing into @p root. SSH targets point at the rig's sshd.
class ServiceUnderTest
{
public:
    explicit ServiceUnderTest(QString root) : m_root(std::move(root)) {}
    ~ServiceUnderTest() { stop(); }
    ServiceUnderTest(const ServiceUnderTest &) = delete;
    ServiceUnderTest &operator=(const ServiceUnderTest &) = delete;

    /// Creates the workspace (once) and starts the service; @p socket
    /// overrides the per-workspace socket path. False with @p error set when
    /// the service did not come up.
    bool start(QString *error, const QString &socket = {})
    {
        if (m_env.isEmpty()) {
            m_env = readRigEnv(QStringLiteral("sshd"), error);
            if (m_env.isEmpty())
                return false;
        }
        if (m_workspace.isEmpty() && !createWorkspace(error))
            return false;
        m_socket = socket.isEmpty() ? *Ipc::IpcPaths::socketName(m_workspaceId) : socket;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir(m_root).filePath(QStringLiteral("home")));
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--workers"), QStringLiteral("2"),
                         QStringLiteral("--known-hosts"), m_env.value(QStringLiteral("SSHD_KNOWN_HOSTS"))};
        if (!socket.isEmpty())
            args << QStringLiteral("--socket") << socket;
        m_process.start(QStringLiteral(OPSDECKD_PATH), args);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("opsdeckd did not start: %1").arg(m_process.errorString());
            return false;
        }
        QByteArray out;
        const bool up = QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains("listening on") || m_process.state() != QProcess::Running;
            },
            15000);
        if (!up || m_process.state() != QProcess::Running) {
            *error = QStringLiteral("opsdeckd did not listen: %1").arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        auto token = Ipc::IpcPaths::token(false);
        if (!token) {
            *error = token.error().toString();
            return false;
        }
        m_client.connectToService(m_socket, *token, QStringLiteral("test-submitter"));
        if (!m_client.waitForConnected(10000)) {
            *error = QStringLiteral("cannot connect to opsdeckd on %1").arg(m_socket);
            return false;
        }
        return true;
    }

    void stop()
    {
        m_client.disconnectFromService();
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    [[nodiscard]] QString socketName() const { return m_socket; }
    [[nodiscard]] QString workspaceFolder() const { return m_workspace; }
    [[nodiscard]] QString workspaceId() const { return m_workspaceId; }
    [[nodiscard]] Ipc::IpcClient &client() { return m_client; }

    /// A unique device name, so jobs of parallel tests never share backups.
    [[nodiscard]] static QString uniqueDevice(const QString &prefix)
    {
        return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

    [[nodiscard]] QJsonObject target(const QString &device, const QString &site = QStringLiteral("lab")) const
    {
        return {{QStringLiteral("device"), device},
                {QStringLiteral("host"), m_env.value(QStringLiteral("SSHD_HOST"))},
                {QStringLiteral("port"), m_env.value(QStringLiteral("SSHD_PORT")).toInt()},
                {QStringLiteral("user"), m_env.value(QStringLiteral("SSHD_USER"))},
                {QStringLiteral("keyFile"), m_env.value(QStringLiteral("SSHD_KEY"))},
                {QStringLiteral("site"), site},
                {QStringLiteral("role"), QStringLiteral("switch")}};
    }

    /// Submits a job through the submitter connection; the job's id, or
    /// empty with a warning.
    QString submit(const QString &kind, const QJsonObject &target, const QString &requester,
                   const QJsonObject &parameters = {}, const QString &intent = QStringLiteral("test"))
    {
        Jobs::JobRequest r;
        r.kind = kind;
        r.targets = QJsonArray{target};
        r.parameters = parameters;
        r.requester = requester;
        r.intent = intent;
        auto reply = m_client.callBlocking(QStringLiteral("job.submit"), r.toJson(), 10000);
        if (!reply) {
            qWarning("submit failed: %s", qPrintable(reply.error().toString()));
            return {};
        }
        return reply->toObject().value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString();
    }

private:
    bool createWorkspace(QString *error)
    {
        const QString name = QStringLiteral("jobs-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        auto ws = Workspace::Workspace::create(QDir(m_root).filePath(name), name,
                                               QDir(m_root).filePath(QStringLiteral("userconf")));
        if (!ws) {
            *error = ws.error().toString();
            return false;
        }
        Workspace::WorkspaceConfig config = ws->workspaceConfig();
        Workspace::ApprovalRule two;
        two.kind = Jobs::Kind::sshCommand();
        two.site = QStringLiteral("two-site");
        two.required = 2;
        Workspace::ApprovalRule one;
        one.kind = Jobs::Kind::sshCommand();
        one.required = 1;
        config.approvals.rules = {two, one};
        if (auto st = ws->setWorkspaceConfig(config); !st) {
            *error = st.error().toString();
            return false;
        }
        if (auto st = ws->save(); !st) {
            *error = st.error().toString();
            return false;
        }
        m_workspace = ws->folder();
        m_workspaceId = ws->id();
        return true;
    }

    QString m_root;
    QHash<QString, QString> m_env;
    QString m_workspace;
    QString m_workspaceId;
    QString m_socket;
    QProcess m_process;
    Ipc::IpcClient m_client;
};

} // namespace OpsDeck::Test
