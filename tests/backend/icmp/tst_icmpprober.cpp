// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <memory>

#include <unistd.h>

#include <QSignalSpy>
#include <QTest>

#include "backend/icmp/icmpengine.h"
#include "backend/icmp/icmpprober.h"
#include "netnslab.h"

using namespace OpsDeck;
using namespace OpsDeck::Icmp;

namespace {

// Result<T> has no default constructor, which QVariant::value() needs.
Result<ProbeResults> resultOf(const QVariant &v)
{
    return *static_cast<const Result<ProbeResults> *>(v.constData());
}

Result<ProbeResults> runProbe(IcmpProber &prober, const QList<QHostAddress> &hosts, const ProbeOptions &options)
{
    QSignalSpy spy(&prober, &IcmpProber::finished);
    const quint64 id = prober.probe(hosts, options);
    if (!spy.wait(30000))
        return Error(ErrorCode::Timeout, QStringLiteral("no finished() signal"));
    if (spy.first().at(0).toULongLong() != id)
        return Error(ErrorCode::Unknown, QStringLiteral("finished() for another run"));
    return resultOf(spy.first().at(1));
}

QList<QHostAddress> loopbackHosts(int count)
{
    QList<QHostAddress> hosts;
    for (int i = 1; i <= count; ++i)
        hosts.append(QHostAddress(QStringLiteral("127.0.%1.%2").arg(i / 250).arg(i % 250 + 1)));
    return hosts;
}

} // namespace

class TestIcmpProber final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_root = ::geteuid() == 0;
        if (m_root) {
            m_lab = std::make_unique<Test::NetnsLab>();
            QVERIFY2(m_lab->isReady(), qPrintable(m_lab->error()));
        }
        const Result<QString> available = IcmpProber::checkAvailability();
        // Fails clearly, with the sysctl to change, when no ICMP socket can be opened.
        QVERIFY2(available.ok(), available.ok() ? "" : qPrintable(available.error().detail));
        qInfo("ICMP mechanism: %s", qPrintable(available.value()));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void loopbackHostsAllAnswer()
    {
        IcmpProber prober;
        ProbeOptions options;
        options.count = 3;
        options.intervalMs = 20;
        options.timeoutMs = 2000;
        const QList<QHostAddress> hosts = loopbackHosts(300);
        const auto result = runProbe(prober, hosts, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->size(), hosts.size());
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const ProbeResult &r = result->at(i);
            QCOMPARE(r.address, hosts.at(i));
            QVERIFY(r.reachable());
            QCOMPARE(r.stats.sent, 3);
            QCOMPARE(r.stats.received, 3);
            QCOMPARE(r.stats.lossPercent, 0.0);
            QCOMPARE(r.rttsMs.size(), 3);
            QVERIFY(r.stats.minMs >= 0);
            QVERIFY(r.stats.minMs <= r.stats.avgMs && r.stats.avgMs <= r.stats.maxMs);
            QVERIFY(r.stats.jitterMs >= 0 && r.stats.jitterMs <= r.stats.maxMs - r.stats.minMs);
            QVERIFY(r.error.isEmpty());
        }
        QCOMPARE(prober.pendingCount(), 0);
    }

    void ipv6Loopback()
    {
        IcmpProber prober;
        ProbeOptions options;
        options.count = 2;
        options.intervalMs = 10;
        const auto result = runProbe(prober, {QHostAddress(QHostAddress::LocalHostIPv6)}, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->first().stats.received, 2);
    }

    void severalRunsAtOnce()
    {
        IcmpProber prober;
        ProbeOptions options;
        options.count = 1;
        QSignalSpy spy(&prober, &IcmpProber::finished);
        const quint64 a = prober.probe(loopbackHosts(10), options);
        const quint64 b = prober.probe({QHostAddress(QHostAddress::LocalHost)}, options);
        const quint64 c = prober.probe({}, options);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 20000);
        QSet<quint64> ids;
        for (const QList<QVariant> &args : spy) {
            ids.insert(args.at(0).toULongLong());
            const auto r = resultOf(args.at(1));
            QVERIFY(r.ok());
            for (const ProbeResult &p : r.value())
                QCOMPARE(p.stats.received, 1);
        }
        QCOMPARE(ids, (QSet<quint64>{a, b, c}));
    }

    // The namespace lab: a peer that answers, one that drops every echo
    // request, and an address nobody has.
    void labAnsweringDroppingAndAbsentHosts()
    {
        if (!m_root) {
            qInfo("not root: the namespace lab cannot be built; loopback only");
            return loopbackHostsAllAnswer();
        }
        IcmpProber prober;
        ProbeOptions options;
        options.count = 3;
        options.intervalMs = 50;
        options.timeoutMs = 400;
        const QList<QHostAddress> hosts{QHostAddress(QStringLiteral("192.0.2.2")),
                                        QHostAddress(QStringLiteral("192.0.2.10")),
                                        QHostAddress(QStringLiteral("192.0.2.3")),
                                        QHostAddress(QStringLiteral("127.0.0.1"))};
        const auto result = runProbe(prober, hosts, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->at(0).stats.received, 3);
        QCOMPARE(result->at(0).stats.lossPercent, 0.0);
        QCOMPARE(result->at(1).stats.sent, 3);
        QCOMPARE(result->at(1).stats.received, 0);
        QCOMPARE(result->at(1).stats.lossPercent, 100.0);
        QVERIFY(!result->at(1).reachable());
        QCOMPARE(result->at(2).stats.received, 0);
        QVERIFY(!result->at(2).reachable());
        QCOMPARE(result->at(3).stats.received, 3);
    }

    void unroutableAddressReportsTheSendError()
    {
        if (!m_root) {
            qInfo("not root: no private namespace to hold an unroutable address");
            return ipv6Loopback();
        }
        // The lab's main namespace has no default route.
        IcmpProber prober;
        ProbeOptions options;
        options.count = 2;
        options.intervalMs = 10;
        options.timeoutMs = 200;
        const auto result = runProbe(prober, {QHostAddress(QStringLiteral("198.51.100.7"))}, options);
        QVERIFY(result.ok());
        const ProbeResult &r = result->first();
        QCOMPARE(r.stats.received, 0);
        QCOMPARE(r.stats.lossPercent, 100.0);
        QVERIFY2(!r.error.isEmpty(), "a send to an unroutable address names the error");
    }

    void datagramSocketsFollowTheSysctl()
    {
        if (!m_root) {
            const Result<QString> datagram = IcmpProber::checkAvailability(SocketMode::Datagram);
            if (!datagram.ok())
                QVERIFY(datagram.error().detail.contains(QLatin1String("net.ipv4.ping_group_range")));
            return;
        }
        // A fresh namespace starts with ping_group_range "1 0": nobody, root included.
        QVERIFY(m_lab->sysctlInMain(QStringLiteral("net.ipv4.ping_group_range=1 0")));
        const Result<QString> refused = IcmpProber::checkAvailability(SocketMode::Datagram);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY2(refused.error().detail.contains(QLatin1String("net.ipv4.ping_group_range")),
                 qPrintable(refused.error().detail));

        // A prober in that mode reports the same error for every run.
        {
            IcmpProber prober(SocketMode::Datagram);
            const auto result = runProbe(prober, {QHostAddress(QHostAddress::LocalHost)}, {});
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::Unsupported);
        }

        QVERIFY(m_lab->sysctlInMain(QStringLiteral("net.ipv4.ping_group_range=0 2147483647")));
        const Result<QString> allowed = IcmpProber::checkAvailability(SocketMode::Datagram);
        QVERIFY2(allowed.ok(), allowed.ok() ? "" : qPrintable(allowed.error().detail));
        QCOMPARE(allowed.value(), QStringLiteral("datagram"));

        IcmpProber prober(SocketMode::Datagram);
        ProbeOptions options;
        options.count = 2;
        options.intervalMs = 10;
        options.timeoutMs = 400;
        const QList<QHostAddress> hosts{QHostAddress(QStringLiteral("127.0.0.9")),
                                        QHostAddress(QStringLiteral("192.0.2.2")),
                                        QHostAddress(QStringLiteral("192.0.2.10")),
                                        QHostAddress(QHostAddress::LocalHostIPv6)};
        const auto result = runProbe(prober, hosts, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->at(0).stats.received, 2);
        QCOMPARE(result->at(1).stats.received, 2);
        QCOMPARE(result->at(2).stats.received, 0);
        QCOMPARE(result->at(3).stats.received, 2);
        QVERIFY(m_lab->sysctlInMain(QStringLiteral("net.ipv4.ping_group_range=1 0")));
    }

    void rawSocketsWhenPrivileged()
    {
        const Result<QString> raw = IcmpProber::checkAvailability(SocketMode::Raw);
        if (m_root) {
            QVERIFY(raw.ok());
            QCOMPARE(raw.value(), QStringLiteral("raw"));
        } else if (!raw.ok()) {
            QCOMPARE(raw.error().code, ErrorCode::Unsupported);
            QVERIFY(raw.error().detail.contains(QLatin1String("CAP_NET_RAW")));
        }
    }

    void engineCancelsPendingRuns()
    {
        auto engine = IcmpEngine::open(SocketMode::Auto);
        QVERIFY(engine->isOpen());
        int calls = 0;
        ErrorCode code = ErrorCode::Unknown;
        ProbeOptions options;
        options.count = 5;
        options.intervalMs = 1000;
        engine->submit({QHostAddress(QHostAddress::LocalHost)}, options, [&](Result<ProbeResults> r) {
            ++calls;
            code = r.ok() ? ErrorCode::Unknown : r.error().code;
        });
        engine->process(0);
        QCOMPARE(calls, 0);
        QCOMPARE(engine->pending(), 1);
        engine->cancelAll();
        QCOMPARE(calls, 1);
        QCOMPARE(code, ErrorCode::Cancelled);
        QCOMPARE(engine->pending(), 0);
    }

private:
    bool m_root = false;
    std::unique_ptr<Test::NetnsLab> m_lab;
};

QTEST_GUILESS_MAIN(TestIcmpProber)
#include "tst_icmpprober.moc"
