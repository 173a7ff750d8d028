// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// ssh-backup: configuration backup of 200 targets on the loopback sshd with
// 16 parallel libssh sessions (connect, verify host key, key login, `show
// running-config`, normalise, checksum), against the OpenSSH client fetching
// the same output under `xargs -P16`, in one run. Goal: ours / theirs <= 1.0.
#include <atomic>
#include <cstdio>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThreadPool>

#include "backend/ssh/configdiff.h"
#include "backend/ssh/sshsession.h"
#include "tests/rig/rigenv.h"

using namespace OpsDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kTargets = 200;
    constexpr int kParallel = 16;
    constexpr double kGoalRatio = 1.0;

    QString error;
    const auto env = Test::readRigEnv(QStringLiteral("sshd"), &error);
    if (env.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile keyFile(env.value(QStringLiteral("SSHD_KEY")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the rig key\n");
        return 1;
    }
    Ssh::SshTarget base;
    base.host = env.value(QStringLiteral("SSHD_HOST"));
    base.port = env.value(QStringLiteral("SSHD_PORT")).toInt();
    base.user = env.value(QStringLiteral("SSHD_USER"));
    base.knownHostsFile = env.value(QStringLiteral("SSHD_KNOWN_HOSTS"));
    base.credentials.privateKey = Vault::Secret::fromBytes(keyFile.readAll());

    // Ours.
    std::atomic_int failures{0};
    std::atomic_llong bytes{0};
    QThreadPool pool;
    pool.setMaxThreadCount(kParallel);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kTargets; ++i) {
        pool.start([&, i] {
            Ssh::SshTarget t = base;
            t.device = QStringLiteral("bench-sw%1").arg(i);
            auto r = Ssh::SshSession::runOnce(t, QStringLiteral("show running-config"));
            if (!r || r->exitStatus != 0) {
                if (!r)
                    std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                ++failures;
                return;
            }
            const QString config = Ssh::ConfigDiff::normalize(QString::fromUtf8(r->standardOutput));
            (void)QCryptographicHash::hash(config.toUtf8(), QCryptographicHash::Sha256);
            bytes += r->standardOutput.size();
        });
    }
    pool.waitForDone();
    const double ours = double(timer.nsecsElapsed()) / 1e9;

    // Theirs: the OpenSSH client, same host key checking and key login.
    const QString sshCommand =
        QStringLiteral("ssh -F /dev/null -p %1 -l %2 -i %3 -o IdentitiesOnly=yes -o IdentityAgent=none -o BatchMode=yes "
                       "-o PasswordAuthentication=no -o StrictHostKeyChecking=yes -o UserKnownHostsFile=%4 "
                       "-o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR %5 'show running-config'")
            .arg(base.port)
            .arg(base.user, env.value(QStringLiteral("SSHD_KEY")), base.knownHostsFile, base.host);
    const QString script = QStringLiteral("seq %1 | xargs -P%2 -I{} sh -c \"%3 > /dev/null\"")
                               .arg(kTargets)
                               .arg(kParallel)
                               .arg(sshCommand);
    QProcess openssh;
    timer.restart();
    openssh.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    openssh.waitForFinished(600000);
    const double theirs = double(timer.nsecsElapsed()) / 1e9;
    const bool theirsOk = openssh.exitStatus() == QProcess::NormalExit && openssh.exitCode() == 0;

    const double ratio = theirs > 0 ? ours / theirs : 0;
    const bool met = failures == 0 && theirsOk && ratio <= kGoalRatio;
    std::printf("BENCH ssh-backup: targets=%d parallel=%d ours_s=%.2f openssh_s=%.2f failures=%d openssh_ok=%s "
                "bytes=%lld ratio=%.2f goal_ratio=%.1f met=%s\n",
                kTargets, kParallel, ours, theirs, failures.load(), theirsOk ? "yes" : "no", bytes.load(), ratio,
                kGoalRatio, met ? "yes" : "no");
    return 0;
}
