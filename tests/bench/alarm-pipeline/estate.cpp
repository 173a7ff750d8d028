// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "estate.h"

namespace OpsDeck::Bench {

namespace {

constexpr int kSites = 20;
constexpr int kSingleDowns = 100;
constexpr int kDownAggregation = 6; ///< the aggregation switch that fails with its access switches

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

Domain::DeviceLabels labels(int index, const QString &name, int site, const QString &role)
{
    Domain::DeviceLabels l;
    l.deviceId = index + 1;
    l.device = name;
    l.siteSlug = QStringLiteral("site-%1").arg(site, 2, 10, QLatin1Char('0'));
    l.siteName = l.siteSlug;
    l.roleSlug = role;
    l.roleName = role;
    return l;
}

void addRules(Estate &e)
{
    e.rules = Alarms::AlarmRulesConfig::defaults();
    for (const Domain::DeviceLabels &d : std::as_const(e.devices)) {
        Alarms::AlarmRule bandwidth;
        bandwidth.id = QStringLiteral("bw-") + d.device;
        bandwidth.kind = Alarms::RuleKind::Threshold;
        bandwidth.severity = Alarms::Severity::Major;
        bandwidth.scope.device = d.device;
        bandwidth.metric = QStringLiteral("if.in.bps");
        bandwidth.object = QStringLiteral("ifIndex:*");
        bandwidth.above = 9e9;
        bandwidth.hysteresis = 1e9;
        e.rules.rules << bandwidth;

        Alarms::AlarmRule errors;
        errors.id = QStringLiteral("err-") + d.device;
        errors.kind = Alarms::RuleKind::Threshold;
        errors.severity = Alarms::Severity::Minor;
        errors.scope.device = d.device;
        errors.metric = QStringLiteral("if.in.errors");
        errors.above = 100;
        errors.hysteresis = 50;
        errors.forSeconds = 30;
        e.rules.rules << errors;
        e.thresholdRules += 2;
    }
}

void planDowns(Estate &e, qint64 liveRunMs)
{
    const int firstAccess = Estate::kCores + Estate::kAggregations;
    // The aggregation switch and everything single-homed behind it, at once.
    const qint64 groupAt = liveRunMs * 35 / 100;
    e.downDevices << Estate::kCores + kDownAggregation;
    e.downAtMs << groupAt;
    for (int i = firstAccess; i < Estate::kDevices; ++i) {
        if ((i - firstAccess) % Estate::kAggregations == kDownAggregation) {
            e.downDevices << i;
            e.downAtMs << groupAt;
        }
    }
    e.expectedRootCauses = 1;
    // Single access switches elsewhere, spread over the run.
    for (int k = 0, chosen = 0; chosen < kSingleDowns; ++k) {
        const int j = 37 + 97 * k;
        if (j % Estate::kAggregations == kDownAggregation)
            continue;
        e.downDevices << firstAccess + j;
        e.downAtMs << liveRunMs / 10 + liveRunMs * 65 / 100 * chosen / kSingleDowns;
        ++chosen;
        ++e.expectedRootCauses;
    }
}

} // namespace

Estate Estate::generate(qint64 liveRunMs)
{
    Estate e;
    for (int i = 1; i <= kInterfaces; ++i)
        e.objects << QStringLiteral("ifIndex:%1").arg(i);
    e.metrics = {QStringLiteral("if.in.bps"), QStringLiteral("if.out.bps"), QStringLiteral("if.in.errors")};

    const auto link = [&](const QString &a, const QString &ai, const QString &b, const QString &bi) {
        e.links << Alarms::TopologyLink{a, ai, b, bi};
    };
    for (int c = 0; c < kCores; ++c)
        e.devices << labels(c, QStringLiteral("core-%1").arg(c + 1), 0, QStringLiteral("core"));
    link(e.devices.at(0).device, QStringLiteral("et-0/0/0"), e.devices.at(1).device, QStringLiteral("et-0/0/0"));
    for (int a = 0; a < kAggregations; ++a) {
        const QString name = QStringLiteral("agg-%1").arg(a + 1, 3, 10, QLatin1Char('0'));
        e.devices << labels(int(e.devices.size()), name, a % kSites, QStringLiteral("aggregation"));
        for (int c = 0; c < kCores; ++c)
            link(e.devices.at(c).device, QStringLiteral("et-0/0/%1").arg(a + 1), name,
                 QStringLiteral("uplink-%1").arg(c + 1));
    }
    for (int j = 0; e.devices.size() < kDevices; ++j) {
        const QString name = QStringLiteral("acc-%1").arg(j + 1, 5, 10, QLatin1Char('0'));
        const int aggregation = j % kAggregations;
        e.devices << labels(int(e.devices.size()), name, aggregation % kSites, QStringLiteral("access"));
        link(e.devices.at(kCores + aggregation).device, QStringLiteral("ge-0/0/%1").arg(j / kAggregations), name,
             QStringLiteral("uplink-1"));
    }
    addRules(e);
    planDowns(e, liveRunMs);
    return e;
}

double Estate::value(qsizetype s, int step) const
{
    const quint64 h = mix(quint64(s));
    const int metric = int(s % kMetrics);
    const int hotFrom = 1 + int((h >> 20) % 12);
    const double jitter = double((quint64(step) * 7919 + h) % 1000);
    if (metric == 2) // if.in.errors per second
        return h % 4000 == 11 && step >= hotFrom ? 500 + jitter / 100 : double(h % 10) + jitter / 1000;
    const double base = 1e8 * double(5 + h % 55) + jitter * 1e5; // 0.5 to 6 Gb/s
    return metric == 0 && h % 4000 == 7 && step >= hotFrom ? 9.5e9 + jitter * 1e5 : base;
}

} // namespace OpsDeck::Bench
