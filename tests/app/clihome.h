// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace OpsDeck::Test {

/// What one opsdeck-cli run did.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// An empty HOME for opsdeck-cli and the services it starts: runs the CLI
/// there, finds the services it left running, scans the processes and the
/// files for a secret in the clear.
class CliHome
{
public:
    CliHome() { QDir().mkpath(home()); }
    ~CliHome() { (void)stopServices(); }
    CliHome(const CliHome &) = delete;
    CliHome &operator=(const CliHome &) = delete;

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    /// The environment of every run: the system's without a session bus,
    /// with HOME and the runtime folder inside this directory, plus @p extra;
    /// @p drop names removed.
    void setExtraEnvironment(const QProcessEnvironment &extra, const QStringList &drop = {})
    {
        m_extra = extra;
        m_drop = drop;
    }

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), home());
        e.insert(QStringLiteral("OPSDECK_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        // Never the user's own session bus: a test that wants a keychain
        // passes the address of one it started.
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"})
            e.remove(QString::fromLatin1(name));
        for (const QString &name : m_drop)
            e.remove(name);
        const QStringList keys = m_extra.keys();
        for (const QString &k : keys)
            e.insert(k, m_extra.value(k));
        return e;
    }

    /// Runs opsdeck-cli with @p input on standard input, waiting with the
    /// event loop running (a fixture server may live on this thread).
    [[nodiscard]] CliRun cli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(OPSDECK_CLI_PATH), args);
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Pids of the opsdeckd processes serving a workspace under this HOME.
    [[nodiscard]] QList<qint64> servicePids() const
    {
        QList<qint64> pids;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            const QByteArray text = readAll(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (text.contains("opsdeckd") && text.contains(QFile::encodeName(m_dir.path())))
                pids << pid;
        }
        return pids;
    }

    /// Stops the services (SIGTERM); true once they are gone.
    bool stopServices() const
    {
        for (qint64 pid : servicePids())
            QProcess::execute(QStringLiteral("kill"), {QString::number(pid)});
        return QTest::qWaitFor([this] { return servicePids().isEmpty(); }, 15000);
    }

    /// The first of @p secrets found in a service's command line or
    /// environment or in a file under HOME, as "where"; empty when none is.
    /// @p scanned counts the files read.
    [[nodiscard]] QString findInClear(const QList<QByteArray> &secrets, int *scanned = nullptr) const
    {
        const auto holds = [&secrets](const QByteArray &bytes) {
            return std::any_of(secrets.begin(), secrets.end(),
                               [&bytes](const QByteArray &s) { return bytes.contains(s); });
        };
        for (qint64 pid : servicePids()) {
            for (const char *file : {"cmdline", "environ"}) {
                const QString where = QStringLiteral("/proc/%1/%2").arg(pid).arg(QString::fromLatin1(file));
                if (holds(readAll(where)))
                    return where;
            }
        }
        QDirIterator it(home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString where = it.next();
            ++files;
            if (holds(readAll(where)))
                return where;
        }
        if (scanned)
            *scanned = files;
        return {};
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_extra;
    QStringList m_drop;
};

} // namespace OpsDeck::Test
