// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/demometrics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QFile>
#include <QSaveFile>

#include "backend/core/logging.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"

namespace OpsDeck::Demo {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 3600 * 1000;

// FNV-1a over the UTF-16 text, then a splitmix finaliser with the salt: the
// same numbers on every run and machine (qHash is seeded per process).
quint64 mix(const QString &text, quint64 salt)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    quint64 z = h + salt * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A number in [0, 1) from a text and a salt.
double unit(const QString &text, quint64 salt)
{
    return double(mix(text, salt) >> 11) / double(1ULL << 53);
}

// The daily swing: 0 at 04:00 UTC, 1 at 16:00 UTC.
double diurnal(qint64 ms)
{
    const double phase = double((ms - 4 * 3600 * 1000) % kDay) / double(kDay);
    return 0.5 - 0.5 * std::cos(2 * std::numbers::pi * phase);
}

bool isOpticalType(const QString &type)
{
    return type.contains(QLatin1String("base-x")) || type.contains(QLatin1String("sfp"));
}

bool isNetworkRole(const QString &role)
{
    static const QStringList roles{QStringLiteral("Core Switch"), QStringLiteral("Edge Router"),
                                   QStringLiteral("Firewall"), QStringLiteral("Leaf Switch")};
    return roles.contains(role);
}

struct DemoSeries
{
    Domain::SeriesKey key;
    qint64 speedKbps = 0;
};

// The devices that get history: the first `maxDevices` active network devices by id.
Result<QList<Domain::Device>> demoDevices(Store::Store &store, const DemoMetricsOptions &options)
{
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    QList<Domain::Device> picked;
    for (const Domain::Device &d : std::as_const(*devices)) {
        if (isNetworkRole(d.roleName) && d.status == QLatin1String("active"))
            picked << d;
    }
    std::sort(picked.begin(), picked.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return picked.mid(0, options.maxDevices);
}

// Demo ifIndex of an interface: its 1-based position among the device's
// interfaces in NetBox id order; its optics are sensors k01 (Rx) and k02 (Tx).
qint64 demoRxSensor(int ordinal)
{
    return qint64(ordinal) * 100 + 1;
}

qint64 demoTxSensor(int ordinal)
{
    return qint64(ordinal) * 100 + 2;
}

// The demo's "poll": every interface of a picked device matched to its
// ordinal ifIndex, written where the stored matches differ.
Status ensureDemoMatches(Store::Store &store, const QList<Domain::Device> &picked)
{
    for (const Domain::Device &d : picked) {
        auto interfaces = store.interfaces(d.id);
        if (!interfaces)
            return interfaces.error();
        QList<Domain::InterfaceMatch> matches;
        bool same = true;
        for (qsizetype i = 0; i < interfaces->size(); ++i) {
            const Domain::Interface &itf = interfaces->at(i);
            const int ordinal = int(i) + 1;
            Domain::InterfaceMatch m;
            m.ifIndex = ordinal;
            m.interfaceId = itf.id;
            m.matchedBy = QStringLiteral("demo");
            if (isOpticalType(itf.type)) {
                m.rxSensor = demoRxSensor(ordinal);
                m.txSensor = demoTxSensor(ordinal);
            }
            same = same && itf.polledIfIndex == m.ifIndex && itf.matchedBy == m.matchedBy
                && itf.rxSensorIndex == m.rxSensor && itf.txSensorIndex == m.txSensor;
            matches << m;
        }
        if (same)
            continue;
        if (auto st = store.replaceInterfaceMatches(d.id, matches); !st)
            return st;
    }
    return {};
}

// The series of the demo: see ensureDemoMetrics() for the key layout.
Result<QList<DemoSeries>> demoSeries(Store::Store &store, const QList<Domain::Device> &picked,
                                     const DemoMetricsOptions &options)
{
    QList<DemoSeries> out;
    static const char *const interfaceMetrics[] = {"if.in.bps",      "if.out.bps",      "if.in.errors", "if.out.errors",
                                                   "if.in.discards", "if.out.discards", "if.oper.status"};
    for (const Domain::Device &d : std::as_const(picked)) {
        const QString device = QString::number(d.id);
        for (const char *metric : {"icmp.rtt.ms", "icmp.jitter.ms", "icmp.loss.percent"})
            out << DemoSeries{{device, QString(), QLatin1String(metric)}, 0};
        out << DemoSeries{{device, QStringLiteral("sensor:1"), QStringLiteral("temperature.celsius")}, 0};
        auto interfaces = store.interfaces(d.id);
        if (!interfaces)
            return interfaces.error();
        int taken = 0;
        for (qsizetype i = 0; i < interfaces->size() && taken < options.maxInterfaces; ++i) {
            const Domain::Interface &itf = interfaces->at(i);
            if (itf.mgmtOnly || !itf.enabled || !itf.cableId || itf.peerDevice.isEmpty())
                continue;
            ++taken;
            const int ordinal = int(i) + 1;
            const QString object = QStringLiteral("ifIndex:%1").arg(ordinal);
            for (const char *metric : interfaceMetrics)
                out << DemoSeries{{device, object, QLatin1String(metric)}, itf.speedKbps};
            if (isOpticalType(itf.type)) {
                for (const qint64 sensor : {demoRxSensor(ordinal), demoTxSensor(ordinal)})
                    out << DemoSeries{{device, QStringLiteral("sensor:%1").arg(sensor), QStringLiteral("optical.dbm")}, 0};
            }
        }
    }
    return out;
}

qint64 readMarker(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

Status writeMarker(const QString &path, qint64 lastMs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, file.errorString(), {{QStringLiteral("path"), path}});
    file.write(QByteArray::number(lastMs) + '\n');
    if (!file.commit())
        return Error(ErrorCode::Io, file.errorString(), {{QStringLiteral("path"), path}});
    return {};
}

} // namespace

QString metricStorePath(const QString &workspaceFolder)
{
    return workspaceFolder + QStringLiteral("/metrics.sqlite");
}

double demoMetricValue(const Domain::SeriesKey &key, qint64 timestampMs, qint64 speedKbps)
{
    const QString series = key.device + u'|' + key.object;
    const QString full = series + u'|' + key.metric;
    const quint64 minute = quint64(timestampMs / kMinute);
    const double base = unit(series, 1);
    const double noise = unit(full, minute) - 0.5; // -0.5 .. 0.5
    const QString &m = key.metric;

    if (key.object.startsWith(QLatin1String("ifIndex:"))) {
        // An interface flaps now and then: a 20-minute slot it spends down.
        const bool down = unit(series, 1000 + quint64(timestampMs / (20 * kMinute))) < 0.03;
        if (m == QLatin1String("if.oper.status"))
            return down ? 2 : 1;
        if (down)
            return 0;
        if (m == QLatin1String("if.in.bps") || m == QLatin1String("if.out.bps")) {
            const double speed = double(speedKbps > 0 ? speedKbps : 1000000) * 1000.0;
            const bool in = m == QLatin1String("if.in.bps");
            const double level = (0.04 + 0.30 * base) * (in ? 1.0 : 0.7 + 0.5 * unit(series, 2));
            const double burst = unit(full, 5000 + minute / 7) < 0.06 ? 0.25 : 0.0;
            const double u = level * (0.45 + 0.55 * diurnal(timestampMs)) * (1.0 + 0.25 * noise) + burst * base;
            return std::round(std::clamp(u, 0.0, 0.97) * speed);
        }
        // Errors and discards: mostly none, short bursts on a few links.
        const double chance = m.contains(QLatin1String("errors")) ? 0.02 : 0.04;
        if (unit(full, 9000 + minute) < chance * (0.5 + base))
            return std::round((0.5 + 12.0 * unit(full, 9500 + minute)) * 100.0) / 100.0;
        return 0;
    }
    if (m == QLatin1String("optical.dbm")) {
        const bool rx = key.object.endsWith(u'1');
        const double level = rx ? -2.5 - 6.0 * base : -1.0 - 1.5 * base;
        return std::round((level + 0.3 * noise) * 100.0) / 100.0;
    }
    if (m == QLatin1String("temperature.celsius"))
        return std::round((27.0 + 9.0 * base + 3.0 * diurnal(timestampMs) + 0.6 * noise) * 10.0) / 10.0;
    if (m == QLatin1String("icmp.rtt.ms"))
        return std::round((0.35 + 1.8 * base + 0.6 * diurnal(timestampMs) + 0.25 * noise) * 1000.0) / 1000.0;
    if (m == QLatin1String("icmp.jitter.ms"))
        return std::round((0.04 + 0.2 * base + 0.08 * (noise + 0.5)) * 1000.0) / 1000.0;
    if (m == QLatin1String("icmp.loss.percent"))
        return unit(full, 7000 + minute) < 0.02 ? std::round(1.0 + 9.0 * unit(full, 7500 + minute)) : 0.0;
    return 0;
}

Result<DemoMetricsReport> ensureDemoMetrics(Store::Store &store, const QString &metricsPath, qint64 nowMs,
                                            const DemoMetricsOptions &options)
{
    DemoMetricsReport report;
    auto picked = demoDevices(store, options);
    if (!picked)
        return picked.error();
    // The demo's stand-in for the poller's interface match: kept even when
    // the history is up to date (e.g. after the inventory was imported again).
    if (auto st = ensureDemoMatches(store, *picked); !st)
        return st.error();
    const qint64 step = std::max<qint64>(options.stepMs, 1000);
    const QString markerPath = metricsPath + QStringLiteral(".demo");
    const qint64 last = QFile::exists(metricsPath) ? readMarker(markerPath) : 0;
    const qint64 end = nowMs - nowMs % step;
    qint64 from = std::max(last + step, end - options.spanMs + step);
    from -= from % step;
    if (from > end)
        return report; // up to date

    const int devices = int(picked->size());
    auto series = demoSeries(store, *picked, options);
    if (!series)
        return series.error();
    auto metrics = Metrics::MetricStore::openSqlite(metricsPath);
    if (!metrics)
        return metrics.error();
    Metrics::MetricStore &m = **metrics;
    for (const DemoSeries &s : std::as_const(*series)) {
        auto id = m.seriesId(s.key);
        if (!id)
            return id.error();
        for (qint64 t = from; t <= end; t += step) {
            if (auto st = m.append(*id, t, demoMetricValue(s.key, t, s.speedKbps)); !st)
                return st.error();
            ++report.samples;
        }
    }
    if (auto st = m.flush(); !st)
        return st.error();
    if (auto st = writeMarker(markerPath, end); !st)
        return st.error();
    report.devices = devices;
    report.series = int(series->size());
    report.fromMs = from;
    report.toMs = end;
    qCInfo(lcDemo) << "demo metrics:" << report.samples << "samples of" << report.series << "series on"
                   << report.devices << "devices";
    return report;
}

} // namespace OpsDeck::Demo
