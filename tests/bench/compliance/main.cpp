// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// compliance: OpsDeck's compliance engine over an estate the benchmark
// generates deterministically (10,000 IOS-like configurations of 2,000
// lines, 50 rules mixing literal and regular expression must/must-not
// rules, section matches and NetBox placeholders, and for every device an
// intended configuration with a few scattered differences): the wall time
// of the whole evaluation (rules and drift) on all cores. Then LineDiff on
// two 20,000-line configurations with a few hundred scattered changes
// (side-by-side rows, as the history browser shows them). Peers in the same
// run: GNU diff -u on the same two files, and grep -c -F -x -f over the
// 10,000 configurations written out, for the literal rules.
#include <algorithm>
#include <cstdio>
#include <thread>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "backend/compliance/complianceengine.h"
#include "backend/compliance/compliancereport.h"
#include "backend/core/linediff.h"
#include "estategenerator.h"

using namespace OpsDeck;

namespace {

constexpr int kLines = 2000;
constexpr int kEdits = 4;
constexpr int kDiffLines = 20000;
constexpr int kDiffChanges = 300;
constexpr qint64 kGoalEstateMs = 5000;
constexpr qint64 kGoalDiffMs = 200;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Wall time of a process run to its end, or -1.
qint64 timeProcess(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    QByteArray out;
    while (!p.waitForFinished(100))
        out += p.readAllStandardOutput();
    out += p.readAllStandardOutput();
    const qint64 ms = t.elapsed();
    if (output)
        *output = out;
    return p.exitStatus() == QProcess::NormalExit ? ms : -1;
}

// Two 20,000-line configurations: ten estate configurations end to end, and
// a copy with scattered changes.
std::pair<QString, QString> diffPair(const Bench::EstateGenerator &gen)
{
    QString before;
    for (int i = 0; i < kDiffLines / kLines; ++i)
        before += gen.running(90000 + i, kLines);
    QStringList lines = Core::LineDiff::splitLines(before);
    lines = lines.mid(0, kDiffLines);
    QStringList after = lines;
    quint64 state = 12345;
    for (int c = 0; c < kDiffChanges; ++c) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const qsizetype at = qsizetype((state >> 33) % quint64(after.size()));
        if (c % 3 == 0)
            after.removeAt(at);
        else if (c % 3 == 1)
            after.insert(at, QStringLiteral(" description changed %1").arg(c));
        else
            after[at] = QStringLiteral("ip route 10.%1.0.0 255.255.0.0 10.1.1.1").arg(c);
    }
    return {lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), after.join(QLatin1Char('\n')) + QLatin1Char('\n')};
}

// CPU time of the process so far (all threads, user and system).
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           qint64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 medianMs(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The whole estate through the engine on all cores: rules and drift.
qint64 measureEstate(const Bench::EstateGenerator &gen, int kDevices, quint64 seed)
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    QStringList ruleErrors;
    Compliance::RuleSet rules = Compliance::RuleSet::fromJson(
        QJsonDocument::fromJson(Bench::EstateGenerator::rulesJson()).array(), &ruleErrors);
    for (const QString &e : ruleErrors)
        std::printf("rule error: %s\n", qPrintable(e));

    QElapsedTimer timer;
    timer.start();
    std::vector<Compliance::DeviceInput> devices(kDevices);
    qint64 lineCount = 0;
    for (int i = 0; i < kDevices; ++i) {
        Compliance::DeviceInput &d = devices[size_t(i)];
        d.facts = gen.facts(i);
        d.running = gen.running(i, kLines);
        d.intended = gen.intended(*d.running, i, kEdits);
        d.softwareVersion = i % 4 ? QStringLiteral("15.2(7)E8") : QStringLiteral("15.2(4)M3");
        lineCount += d.running->count(QLatin1Char('\n'));
    }
    std::printf("estate (seed %llu): %d devices, %.0f lines per configuration, %d rules, generated in %lld ms\n",
                static_cast<unsigned long long>(seed), kDevices, double(lineCount) / kDevices, rules.size(),
                static_cast<long long>(timer.elapsed()));

    Compliance::VersionPolicy versions;
    versions.addTarget({QStringLiteral("ios"), QString(), QStringLiteral("15.2(7)E8"), QString(), {}});
    const Compliance::ComplianceEngine engine(std::move(rules), Compliance::VolatileRules::defaults(), versions);

    const qint64 cpuBefore = cpuMs();
    timer.restart();
    const auto reports = engine.run(devices);
    const qint64 estateMs = timer.elapsed();
    const qint64 estateCpuMs = cpuMs() - cpuBefore;
    const auto summary = Compliance::ComplianceReport::summarize(reports);
    int drifted = 0;
    for (const auto &r : reports)
        drifted += r.drift.state == Compliance::CheckState::NonCompliant ? 1 : 0;
    std::printf("opsdeck estate   %6lld ms on %u threads (%lld ms CPU): devices %d compliant, %d non-compliant, "
                "%d unknown; %d drifted; rule results %lld\n",
                static_cast<long long>(estateMs), cores, static_cast<long long>(estateCpuMs), summary.devices.compliant,
                summary.devices.nonCompliant, summary.devices.unknown, drifted,
                static_cast<long long>(qint64(kDevices) * engine.rules().size()));
    for (const char *id : {"vlans", "x-public", "r-x-telnet", "s-access", "s-vlan-name", "drift"}) {
        const auto c = summary.byCheck.value(QLatin1String(id));
        std::printf("  %-12s compliant %5d  non-compliant %5d  n/a %5d\n", id, c.compliant, c.nonCompliant,
                    c.notApplicable);
    }
    return estateMs;
}

// LineDiff on two 20,000-line configurations, side-by-side rows included.
qint64 measureDiff(const QString &beforeText, const QString &afterText)
{
    QElapsedTimer timer;
    std::vector<qint64> runs;
    size_t rowCount = 0;
    Core::LineDiff::Stats stats;
    for (int round = 0; round < 5; ++round) {
        timer.restart();
        const QStringList a = Core::LineDiff::splitLines(beforeText);
        const QStringList b = Core::LineDiff::splitLines(afterText);
        const auto rows = Core::LineDiff::sideBySide(a, b);
        runs.push_back(timer.elapsed());
        rowCount = rows.size();
        if (round == 0)
            stats = Core::LineDiff::stats(Core::LineDiff::compute(a, b));
    }
    const qint64 diffMs = medianMs(runs);
    std::printf("opsdeck diff20k  %6lld ms (median of 5): %zu rows, %d deleted, %d inserted\n",
                static_cast<long long>(diffMs), rowCount, stats.deleted, stats.inserted);
    return diffMs;
}

// GNU diff on the same files; grep over the estate written out.
void measurePeers(const Bench::EstateGenerator &gen, int kDevices, const QString &beforeText, const QString &afterText,
                  qint64 &peerDiffMs, qint64 &peerGrepMs)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !writeFile(dir.filePath(QStringLiteral("a.cfg")), beforeText) ||
        !writeFile(dir.filePath(QStringLiteral("b.cfg")), afterText))
        return;
    std::vector<qint64> peer;
    for (int round = 0; round < 5; ++round)
        peer.push_back(timeProcess(QStringLiteral("diff"), {QStringLiteral("-u"), dir.filePath(QStringLiteral("a.cfg")),
                                                            dir.filePath(QStringLiteral("b.cfg"))}));
    peerDiffMs = medianMs(peer);
    std::printf("peer diff -u     %6lld ms (median of 5, process start included)\n",
                static_cast<long long>(peerDiffMs));

    // The estate on disk for grep, literal rules only (no placeholders, no
    // sections, no drift: what a shell script could do).
    QDir(dir.path()).mkdir(QStringLiteral("estate"));
    QStringList files;
    for (int i = 0; i < kDevices; ++i) {
        const QString path = dir.filePath(QStringLiteral("estate/%1.cfg").arg(i));
        if (!writeFile(path, gen.running(i, kLines)))
            break;
        files << QStringLiteral("estate/%1.cfg").arg(i);
    }
    writeFile(dir.filePath(QStringLiteral("patterns")),
              Bench::EstateGenerator::literalPatterns().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QProcess::execute(QStringLiteral("sync"), {});
    QStringList args{QStringLiteral("-c"), QStringLiteral("-F"), QStringLiteral("-x"), QStringLiteral("-f"),
                     QStringLiteral("patterns")};
    args += files;
    QDir::setCurrent(dir.path());
    peerGrepMs = timeProcess(QStringLiteral("grep"), args);
    std::printf("peer grep -cFxf  %6lld ms over %lld files (%d literal patterns, page cache warm)\n",
                static_cast<long long>(peerGrepMs), static_cast<long long>(files.size()),
                int(Bench::EstateGenerator::literalPatterns().size()));
    QDir::setCurrent(QCoreApplication::applicationDirPath());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint64 seed = qEnvironmentVariableIsSet("OPSDECK_BENCH_SEED")
                             ? qEnvironmentVariable("OPSDECK_BENCH_SEED").toULongLong()
                             : 20261207;
    // OPSDECK_BENCH_DEVICES runs a smaller estate (for profiling).
    const int devices = qEnvironmentVariableIsSet("OPSDECK_BENCH_DEVICES")
                            ? qEnvironmentVariableIntValue("OPSDECK_BENCH_DEVICES")
                            : 10000;
    const Bench::EstateGenerator gen(seed);
    const qint64 estateMs = measureEstate(gen, devices, seed);
    const auto [beforeText, afterText] = diffPair(gen);
    const qint64 diffMs = measureDiff(beforeText, afterText);
    qint64 peerDiffMs = -1;
    qint64 peerGrepMs = -1;
    measurePeers(gen, devices, beforeText, afterText, peerDiffMs, peerGrepMs);

    const bool met = estateMs < kGoalEstateMs && diffMs < kGoalDiffMs;
    std::printf("BENCH compliance: estate_ms=%lld diff20k_ms=%lld peer_diff_ms=%lld peer_grep_ms=%lld "
                "goal_estate_ms=%lld goal_diff20k_ms=%lld met=%s\n",
                static_cast<long long>(estateMs), static_cast<long long>(diffMs), static_cast<long long>(peerDiffMs),
                static_cast<long long>(peerGrepMs), static_cast<long long>(kGoalEstateMs),
                static_cast<long long>(kGoalDiffMs), met ? "yes" : "no");
    return 0;
}
