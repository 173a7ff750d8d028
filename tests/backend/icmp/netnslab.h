// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace OpsDeck::Test {

/// A small lab of network namespaces (root only): the test thread moves into
/// "main", which reaches 192.0.2.2 (namespace "peer", answers pings) and
/// 192.0.2.10 (namespace "drop", ignores every echo request); 192.0.2.3 is in
/// main's subnet but nobody has it. Nothing leaves these namespaces. Removed
/// by the destructor.
class NetnsLab final
{
public:
    NetnsLab()
    {
        const QString tag = QString::number(QCoreApplication::applicationPid());
        m_main = QStringLiteral("odk-icmp-%1-m").arg(tag);
        m_peer = QStringLiteral("odk-icmp-%1-p").arg(tag);
        m_drop = QStringLiteral("odk-icmp-%1-d").arg(tag);
        const QString a = QStringLiteral("oi%1a").arg(tag), b = QStringLiteral("oi%1b").arg(tag);
        const QString c = QStringLiteral("oi%1c").arg(tag), d = QStringLiteral("oi%1d").arg(tag);
        const QList<QStringList> steps = {
            {QStringLiteral("netns"), QStringLiteral("add"), m_main},
            {QStringLiteral("netns"), QStringLiteral("add"), m_peer},
            {QStringLiteral("netns"), QStringLiteral("add"), m_drop},
            {QStringLiteral("link"), QStringLiteral("add"), a, QStringLiteral("netns"), m_main, QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), b, QStringLiteral("netns"), m_peer},
            {QStringLiteral("link"), QStringLiteral("add"), c, QStringLiteral("netns"), m_main, QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), d, QStringLiteral("netns"), m_drop},
            ns(m_main, {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.1/29"), QStringLiteral("dev"), a}),
            ns(m_main, {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.9/29"), QStringLiteral("dev"), c}),
            ns(m_peer, {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.2/29"), QStringLiteral("dev"), b}),
            ns(m_drop, {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.10/29"), QStringLiteral("dev"), d}),
            ns(m_main, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}),
            ns(m_main, {QStringLiteral("link"), QStringLiteral("set"), a, QStringLiteral("up")}),
            ns(m_main, {QStringLiteral("link"), QStringLiteral("set"), c, QStringLiteral("up")}),
            ns(m_peer, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}),
            ns(m_peer, {QStringLiteral("link"), QStringLiteral("set"), b, QStringLiteral("up")}),
            ns(m_drop, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}),
            ns(m_drop, {QStringLiteral("link"), QStringLiteral("set"), d, QStringLiteral("up")}),
            {QStringLiteral("netns"), QStringLiteral("exec"), m_drop, QStringLiteral("sysctl"), QStringLiteral("-qw"),
             QStringLiteral("net.ipv4.icmp_echo_ignore_all=1")},
        };
        for (const QStringList &step : steps) {
            if (!run(step))
                return;
        }
        m_original = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        const QByteArray path = QStringLiteral("/run/netns/%1").arg(m_main).toLocal8Bit();
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (m_original < 0 || fd < 0 || ::setns(fd, CLONE_NEWNET) != 0) {
            m_error = QStringLiteral("cannot enter namespace %1").arg(m_main);
            if (fd >= 0)
                ::close(fd);
            return;
        }
        ::close(fd);
        m_ready = true;
    }

    ~NetnsLab()
    {
        if (m_original >= 0) {
            (void)::setns(m_original, CLONE_NEWNET);
            ::close(m_original);
        }
        for (const QString &name : {m_main, m_peer, m_drop})
            QProcess::execute(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name});
    }

    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString mainNamespace() const { return m_main; }

    /// Runs `ip netns exec <main> sysctl -qw <setting>`.
    bool sysctlInMain(const QString &setting)
    {
        return run({QStringLiteral("netns"), QStringLiteral("exec"), m_main, QStringLiteral("sysctl"),
                    QStringLiteral("-qw"), setting});
    }

private:
    static QStringList ns(const QString &name, QStringList args)
    {
        args.prepend(name);
        args.prepend(QStringLiteral("-n"));
        return args;
    }

    bool run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ip"), args);
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("ip %1 failed: %2").arg(args.join(QLatin1Char(' ')),
                                                               QString::fromLocal8Bit(p.readAll()).trimmed());
            return false;
        }
        return true;
    }

    QString m_main, m_peer, m_drop, m_error;
    int m_original = -1;
    bool m_ready = false;
};

} // namespace OpsDeck::Test
