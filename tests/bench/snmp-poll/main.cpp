// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// snmp-poll: one snmpd serving 512 agent addresses (127.0.1.1 upward) with a
// 49-row ifTable/ifXTable (lo plus 24 veth pairs); one full poll of ifTable
// and ifXTable (walks of ifEntry and ifXEntry, GETBULK max-repetitions 25) of
// every agent by
//   - OpsDeck's SnmpPoller (steady state: the sessions of a first poll open),
//   - prometheus-snmp-exporter scraping /snmp?target=...&module=if_bench with
//     an equivalent module, at several concurrency levels (best one counts),
//   - snmp_poll_loadgen, replaying the same GETBULK requests with a deep
//     window of independent requests: the agent's ceiling.
// Everything runs in a private network namespace of its own (unshare -rn),
// so the interface table can be built without privileges and every port is
// free; the benchmark re-executes itself inside it.
#include <cstdio>
#include <cstdlib>
#include <functional>

#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include "backend/snmp/oidtable.h"
#include "backend/snmp/snmpengine.h"
#include "backend/snmp/snmppoller.h"

using namespace OpsDeck;
using namespace OpsDeck::Snmp;

namespace {

constexpr int kAgents = 512;
constexpr int kVethPairs = 24;
constexpr quint16 kSnmpPort = 16100;
constexpr quint16 kExporterPort = 9116;
constexpr int kMaxRepetitions = 25;
const char *const kInnerMarker = "OPSDECK_SNMP_POLL_NETNS";

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "snmp-poll: %s\n", qPrintable(message));
    std::exit(1);
}

QStringList agentAddresses()
{
    QStringList out;
    for (int i = 0; i < kAgents; ++i)
        out << QStringLiteral("127.0.%1.%2").arg(1 + i / 254).arg(1 + i % 254);
    return out;
}

void run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        fail(QStringLiteral("cannot start %1").arg(program));
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        fail(QStringLiteral("%1 %2 failed: %3").arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll())));
}

// lo up (127.0.0.0/8 local) and 24 veth pairs, up: 49 rows in ifTable.
void buildInterfaces()
{
    QByteArray batch = "link set lo up\n";
    for (int i = 0; i < kVethPairs; ++i) {
        batch += QStringLiteral("link add eth%1 type veth peer name eth%2\n").arg(2 * i).arg(2 * i + 1).toLatin1();
        batch += QStringLiteral("link set eth%1 up\nlink set eth%2 up\n").arg(2 * i).arg(2 * i + 1).toLatin1();
    }
    run(QStringLiteral("ip"), {QStringLiteral("-batch"), QStringLiteral("-")}, batch);
}

SnmpTarget target(const QString &host)
{
    SnmpTarget t;
    t.host = host;
    t.port = kSnmpPort;
    t.version = SnmpVersion::V2c;
    t.community = Vault::Secret::fromString(u"public");
    t.timeoutMs = 2000;
    t.retries = 2;
    t.maxRepetitions = kMaxRepetitions;
    return t;
}

void waitForAgent(const QString &host)
{
    SnmpEngine engine;
    for (int attempt = 0; attempt < 40; ++attempt) {
        bool answered = false;
        engine.submit(target(host), Operation::Get, {Oids::sysUpTime},
                      [&](Result<VarBindList> r) { answered = r.ok(); });
        engine.runUntilIdle(5000);
        if (answered)
            return;
    }
    fail(QStringLiteral("snmpd does not answer on %1").arg(host));
}

struct PollResult
{
    qint64 varbinds = 0;
    int errors = 0;
    double seconds = 0;
};

PollResult pollWithOpsDeck(SnmpPoller &poller, const QStringList &agents)
{
    PollResult result;
    int outstanding = 0;
    QEventLoop loop;
    const auto connection = QObject::connect(&poller, &SnmpPoller::finished, &loop,
                                             [&](quint64, const Result<VarBindList> &r) {
                                                 if (r.ok())
                                                     result.varbinds += r.value().size();
                                                 else
                                                     ++result.errors;
                                                 if (--outstanding == 0)
                                                     loop.quit();
                                             });
    QElapsedTimer timer;
    timer.start();
    for (const QString &a : agents) {
        const SnmpTarget t = target(a);
        poller.walk(t, Oids::ifEntry);
        poller.walk(t, Oids::ifXEntry);
        outstanding += 2;
    }
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    QObject::disconnect(connection);
    return result;
}

// An exporter module equivalent to the poll: the same two walks, every
// column a metric indexed by ifIndex, no label lookups.
QByteArray exporterConfig()
{
    struct Column
    {
        const char *entry;
        int column;
        const char *name;
        const char *type;
    };
    const char *const ifE = "1.3.6.1.2.1.2.2.1";
    const char *const ifX = "1.3.6.1.2.1.31.1.1.1";
    const Column columns[] = {
        {ifE, 1, "ifIndex", "gauge"}, {ifE, 2, "ifDescr", "DisplayString"}, {ifE, 3, "ifType", "gauge"},
        {ifE, 4, "ifMtu", "gauge"}, {ifE, 5, "ifSpeed", "gauge"}, {ifE, 6, "ifPhysAddress", "PhysAddress48"},
        {ifE, 7, "ifAdminStatus", "gauge"}, {ifE, 8, "ifOperStatus", "gauge"}, {ifE, 9, "ifLastChange", "gauge"},
        {ifE, 10, "ifInOctets", "counter"}, {ifE, 11, "ifInUcastPkts", "counter"},
        {ifE, 12, "ifInNUcastPkts", "counter"}, {ifE, 13, "ifInDiscards", "counter"},
        {ifE, 14, "ifInErrors", "counter"}, {ifE, 15, "ifInUnknownProtos", "counter"},
        {ifE, 16, "ifOutOctets", "counter"}, {ifE, 17, "ifOutUcastPkts", "counter"},
        {ifE, 18, "ifOutNUcastPkts", "counter"}, {ifE, 19, "ifOutDiscards", "counter"},
        {ifE, 20, "ifOutErrors", "counter"}, {ifE, 21, "ifOutQLen", "gauge"},
        {ifX, 1, "ifName", "DisplayString"}, {ifX, 2, "ifInMulticastPkts", "counter"},
        {ifX, 3, "ifInBroadcastPkts", "counter"}, {ifX, 4, "ifOutMulticastPkts", "counter"},
        {ifX, 5, "ifOutBroadcastPkts", "counter"}, {ifX, 6, "ifHCInOctets", "counter"},
        {ifX, 7, "ifHCInUcastPkts", "counter"}, {ifX, 8, "ifHCInMulticastPkts", "counter"},
        {ifX, 9, "ifHCInBroadcastPkts", "counter"}, {ifX, 10, "ifHCOutOctets", "counter"},
        {ifX, 11, "ifHCOutUcastPkts", "counter"}, {ifX, 12, "ifHCOutMulticastPkts", "counter"},
        {ifX, 13, "ifHCOutBroadcastPkts", "counter"}, {ifX, 14, "ifLinkUpDownTrapEnable", "gauge"},
        {ifX, 15, "ifHighSpeed", "gauge"}, {ifX, 16, "ifPromiscuousMode", "gauge"},
        {ifX, 17, "ifConnectorPresent", "gauge"}, {ifX, 18, "ifAlias", "DisplayString"},
        {ifX, 19, "ifCounterDiscontinuityTime", "gauge"},
    };
    QByteArray y = "if_bench:\n  walk:\n  - 1.3.6.1.2.1.2.2.1\n  - 1.3.6.1.2.1.31.1.1.1\n  metrics:\n";
    for (const Column &c : columns) {
        y += "  - name: " + QByteArray(c.name) + "\n    oid: " + QByteArray(c.entry) + '.'
            + QByteArray::number(c.column) + "\n    type: " + QByteArray(c.type) + "\n    help: "
            + QByteArray(c.name) + "\n    indexes:\n    - labelname: ifIndex\n      type: gauge\n";
    }
    y += "  version: 2\n  max_repetitions: " + QByteArray::number(kMaxRepetitions)
        + "\n  retries: 2\n  timeout: 2s\n  auth:\n    community: public\n";
    return y;
}

// Scrapes /snmp for every agent with `concurrency` HTTP/1.0 requests in flight.
PollResult pollWithExporter(const QStringList &agents, int concurrency)
{
    PollResult result;
    int next = 0;
    int active = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (active < concurrency && next < agents.size()) {
            const QString agent = agents.at(next++);
            ++active;
            auto *socket = new QTcpSocket(&loop);
            auto *body = new QByteArray;
            QObject::connect(socket, &QTcpSocket::connected, socket, [socket, agent] {
                socket->write("GET /snmp?module=if_bench&target=" + agent.toLatin1() + ':'
                              + QByteArray::number(kSnmpPort) + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, body] { *body += socket->readAll(); });
            QObject::connect(socket, &QTcpSocket::disconnected, &loop, [&, socket, body] {
                *body += socket->readAll();
                const qsizetype at = body->indexOf("\nsnmp_scrape_pdus_returned ");
                if (body->startsWith("HTTP/1.0 200") && at >= 0) {
                    const qsizetype from = at + qsizetype(qstrlen("\nsnmp_scrape_pdus_returned "));
                    result.varbinds += body->mid(from, body->indexOf('\n', from) - from).toLongLong();
                } else {
                    ++result.errors;
                }
                delete body;
                socket->deleteLater();
                --active;
                if (active == 0 && next >= agents.size())
                    loop.quit();
                else
                    startNext();
            });
            socket->connectToHost(QStringLiteral("127.0.0.1"), kExporterPort);
        }
    };
    QElapsedTimer timer;
    timer.start();
    startNext();
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

void waitForPort(quint16 port)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (s.waitForConnected(100))
            return;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    fail(QStringLiteral("nothing listens on port %1").arg(port));
}

PollResult pollWithLoadgen(const QString &addressFile, int window)
{
    QProcess p;
    p.start(QStringLiteral(OPSDECK_SNMP_POLL_LOADGEN),
            {QString::number(kSnmpPort), QStringLiteral("public"), QString::number(kMaxRepetitions),
             QString::number(window), addressFile, Oids::ifEntry, Oids::ifXEntry});
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("the load generator failed (exit %1): %2 %3")
                 .arg(p.exitCode())
                 .arg(QString::fromLocal8Bit(p.readAllStandardError()), p.errorString()));
    PollResult result;
    for (const QByteArray &field : p.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = field.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "varbinds")
            result.varbinds = kv[1].toLongLong();
        else if (kv[0] == "timeouts")
            result.errors = kv[1].toInt();
        else if (kv[0] == "seconds")
            result.seconds = kv[1].toDouble();
    }
    return result;
}

double rate(const PollResult &r)
{
    return r.seconds > 0 ? double(r.varbinds) / r.seconds : 0;
}

void report(const char *what, const PollResult &r)
{
    std::printf("snmp-poll: %s: %lld varbinds in %.3f s = %.0f/s, %d errors\n", what, r.varbinds, r.seconds, rate(r),
                r.errors);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(kInnerMarker)) {
        // Into a private user + network namespace, then start over in there.
        setenv(kInnerMarker, "1", 1);
        char self[4096] = {};
        if (readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
            return 1;
        char unshare[] = "unshare";
        char flags[] = "-rn";
        char dashes[] = "--";
        char *args[] = {unshare, flags, dashes, self, nullptr};
        execvp(unshare, args);
        std::perror("snmp-poll: cannot run unshare -rn");
        return 1;
    }
    (void)argc;
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary directory"));
    buildInterfaces();

    const QStringList agents = agentAddresses();
    QStringList endpoints;
    for (const QString &a : agents)
        endpoints << QStringLiteral("udp:%1:%2").arg(a).arg(kSnmpPort);
    {
        QFile conf(dir.filePath(QStringLiteral("snmpd.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write the snmpd configuration"));
        conf.write("[snmp] persistentDir " + dir.filePath(QStringLiteral("persistent")).toLocal8Bit()
                   + "\nrocommunity public 127.0.0.0/8\ndontLogTCPWrappersConnects yes\n");
        QFile list(dir.filePath(QStringLiteral("agents.txt")));
        if (!list.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write the agent list"));
        list.write(agents.join(u'\n').toLatin1() + '\n');
    }
    QProcess snmpd;
    snmpd.setProcessChannelMode(QProcess::ForwardedChannels);
    snmpd.start(QStringLiteral("snmpd"),
                {QStringLiteral("-f"), QStringLiteral("-C"), QStringLiteral("-c"),
                 dir.filePath(QStringLiteral("snmpd.conf")), QStringLiteral("-m"), QString(), QStringLiteral("-Lf"),
                 dir.filePath(QStringLiteral("snmpd.log")), QStringLiteral("-I"), QStringLiteral("-smux"),
                 endpoints.join(u',')});
    if (!snmpd.waitForStarted(10000))
        fail(QStringLiteral("cannot start snmpd"));
    waitForAgent(agents.constFirst());
    waitForAgent(agents.constLast());

    // OpsDeck: a first poll opens the sessions, the second is measured.
    PollResult ours;
    PollResult oursFirst;
    {
        SnmpPoller poller;
        oursFirst = pollWithOpsDeck(poller, agents);
        report("opsdeck, first poll", oursFirst);
        ours = pollWithOpsDeck(poller, agents);
        report("opsdeck", ours);
    }
    const qint64 perAgent = ours.varbinds / kAgents;

    // prometheus-snmp-exporter at a few concurrency levels.
    {
        QFile yml(dir.filePath(QStringLiteral("snmp.yml")));
        if (!yml.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write snmp.yml"));
        yml.write(exporterConfig());
    }
    QProcess exporter;
    exporter.setProcessChannelMode(QProcess::ForwardedChannels);
    exporter.start(QStringLiteral("prometheus-snmp-exporter"),
                   {QStringLiteral("--config.file=%1").arg(dir.filePath(QStringLiteral("snmp.yml"))),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(kExporterPort),
                    QStringLiteral("--log.level=error")});
    if (!exporter.waitForStarted(10000))
        fail(QStringLiteral("cannot start prometheus-snmp-exporter"));
    waitForPort(kExporterPort);
    PollResult exporterBest;
    int exporterConcurrency = 0;
    for (int concurrency : {16, 64, 256}) {
        const PollResult r = pollWithExporter(agents, concurrency);
        report(qPrintable(QStringLiteral("exporter, concurrency %1").arg(concurrency)), r);
        if (r.errors == 0 && rate(r) > rate(exporterBest)) {
            exporterBest = r;
            exporterConcurrency = concurrency;
        }
    }
    exporter.terminate();
    exporter.waitForFinished(5000);

    // The ceiling: the same GETBULK requests, independent, deep windows.
    PollResult ceiling;
    int ceilingWindow = 0;
    for (int window : {128, 512}) {
        const PollResult r = pollWithLoadgen(dir.filePath(QStringLiteral("agents.txt")), window);
        report(qPrintable(QStringLiteral("load generator, window %1").arg(window)), r);
        if (rate(r) > rate(ceiling)) {
            ceiling = r;
            ceilingWindow = window;
        }
    }
    snmpd.terminate();
    snmpd.waitForFinished(5000);

    const double oursRate = rate(ours);
    const double exporterRate = rate(exporterBest);
    const double ceilingRate = rate(ceiling);
    const double vsExporter = exporterRate > 0 ? oursRate / exporterRate : 0;
    const double ofCeiling = ceilingRate > 0 ? oursRate / ceilingRate : 0;
    const bool complete = ours.errors == 0 && ours.varbinds == exporterBest.varbinds
        && ours.varbinds == ceiling.varbinds;
    std::printf("BENCH snmp-poll: agents=%d varbinds_per_agent=%lld ours_varbinds=%lld ours_s=%.3f "
                "ours_varbinds_per_s=%.0f ours_errors=%d exporter_varbinds=%lld exporter_s=%.3f "
                "exporter_varbinds_per_s=%.0f exporter_concurrency=%d ceiling_varbinds=%lld ceiling_s=%.3f "
                "ceiling_varbinds_per_s=%.0f ceiling_window=%d ceiling_timeouts=%d vs_exporter=%.2f "
                "of_ceiling=%.2f goal_vs_exporter>=3.0 goal_of_ceiling>=0.80 met=%s\n",
                kAgents, perAgent, ours.varbinds, ours.seconds, oursRate, ours.errors, exporterBest.varbinds,
                exporterBest.seconds, exporterRate, exporterConcurrency, ceiling.varbinds, ceiling.seconds,
                ceilingRate, ceilingWindow, ceiling.errors, vsExporter, ofCeiling,
                complete && vsExporter >= 3.0 && ofCeiling >= 0.8 ? "yes" : "no");
    return 0;
}
