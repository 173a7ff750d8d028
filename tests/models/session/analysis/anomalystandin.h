// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// anomaly.list and anomaly.band as opsdeckd's analysis service answers
// them, with fixed verdicts, on a real IpcServer in the test's own process:
// for the console's anomaly session, dashboard and chart tests.

#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "backend/ipc/ipcpaths.h"
#include "backend/ipc/ipcserver.h"

namespace OpsDeck::Test {

class AnomalyStandIn final
{
public:
    /// Points of every band; the detector learns over the first two and
    /// finds points 8 and 9 anomalous.
    static constexpr int kBandPoints = 12;
    static constexpr int kLearningPoints = 2;
    static constexpr int kFirstAnomalous = 8;
    static constexpr int kAnomalousPoints = 2;
    /// A device the service does not know (anomaly.band: NotFound).
    static inline const QString kUnknownDevice = QStringLiteral("missing");
    /// A device whose bands have nothing unusual.
    static inline const QString kQuietDevice = QStringLiteral("quiet");

    /// One verdict as the service sends it.
    static QJsonObject anomaly(const QString &device, const QString &name, const QString &object, const QString &metric,
                               double score, double value, double low, double high, const QString &kind,
                               const QString &since)
    {
        return {{QStringLiteral("device"), device},
                {QStringLiteral("deviceName"), name},
                {QStringLiteral("object"), object},
                {QStringLiteral("metric"), metric},
                {QStringLiteral("score"), score},
                {QStringLiteral("value"), value},
                {QStringLiteral("expected"), (low + high) / 2},
                {QStringLiteral("low"), low},
                {QStringLiteral("high"), high},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("since"), since.isEmpty() ? QJsonValue() : QJsonValue(since)},
                {QStringLiteral("at"), QStringLiteral("2026-12-08T04:20:00.000Z")}};
    }

    /// Every series' latest verdict, most anomalous first.
    static QJsonArray verdicts()
    {
        const QString since = QStringLiteral("2026-12-08T04:10:00.000Z");
        return {anomaly(QStringLiteral("17"), QStringLiteral("leaf-1"), QStringLiteral("ifIndex:3"),
                        QStringLiteral("if.in.bps"), 0.93, 9.1e9, 1.1e9, 2.9e9, QStringLiteral("high"), since),
                anomaly(QStringLiteral("17"), QStringLiteral("leaf-1"), QStringLiteral("ifIndex:5"),
                        QStringLiteral("if.out.bps"), 0.61, 1.0e6, 2.0e8, 6.0e8, QStringLiteral("low"), since),
                anomaly(QStringLiteral("23"), QStringLiteral("leaf-2"), QString(), QStringLiteral("icmp.rtt.ms"), 0.4,
                        18.0, 2.0, 9.0, QStringLiteral("high"), QString()),
                anomaly(QStringLiteral("23"), QStringLiteral("leaf-2"), QStringLiteral("sensor:9"),
                        QStringLiteral("optical.dbm"), 0.1, -7.4, -8.0, -6.8, QString(), QString())};
    }

    /// Starts the server on a socket in @p dir; an empty string, or what failed.
    QString start(const QTemporaryDir &dir)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("run"))));
        auto token = Ipc::IpcPaths::token(true);
        if (!token)
            return token.error().toString();
        server = std::make_unique<Ipc::IpcServer>(*token);
        if (auto st = server->listen(dir.filePath(QStringLiteral("analysis.sock"))); !st)
            return st.error().toString();
        server->registerMethod(QStringLiteral("anomaly.list"),
                               [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                                   ++listCalls;
                                   return QJsonValue(list(params));
                               });
        server->registerMethod(
            QStringLiteral("anomaly.band"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                ++bandCalls;
                lastBandParams = params;
                if (params.value(QStringLiteral("device")).toString() == kUnknownDevice)
                    return Error(ErrorCode::NotFound, QStringLiteral("no such series"));
                return QJsonValue(band(params, params.value(QStringLiteral("device")).toString() != kQuietDevice));
            });
        return {};
    }

    /// The topic's message for a verdict.
    void publishChange(const QJsonObject &anomaly)
    {
        server->publish(QStringLiteral("anomalies"),
                        {{QStringLiteral("type"), QStringLiteral("changed")}, {QStringLiteral("anomaly"), anomaly}});
    }

    std::unique_ptr<Ipc::IpcServer> server;
    QJsonArray current = verdicts();
    int listCalls = 0;
    int bandCalls = 0;
    QJsonObject lastBandParams;

private:
    QJsonObject list(const QJsonObject &params) const
    {
        const QString device = params.value(QStringLiteral("device")).toString();
        const double minScore = params.value(QStringLiteral("minScore")).toDouble(0.2);
        const int limit = params.value(QStringLiteral("limit")).toInt(50);
        QJsonArray out;
        for (const QJsonValue &v : current) {
            const QJsonObject a = v.toObject();
            if ((device.isEmpty() || a.value(QStringLiteral("device")).toString() == device) &&
                a.value(QStringLiteral("score")).toDouble() >= minScore && out.size() < limit)
                out.append(a);
        }
        return {{QStringLiteral("anomalies"), out}};
    }

    // Evenly over the window: a steady value of 100 in a band of 80..120,
    // then a jump to 300 at the anomalous points.
    static QJsonObject band(const QJsonObject &params, bool withAnomalies)
    {
        const qint64 from = QDateTime::fromString(params.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs)
                                .toMSecsSinceEpoch();
        const qint64 to =
            QDateTime::fromString(params.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QJsonArray points;
        for (int i = 0; i < kBandPoints; ++i) {
            const qint64 t = from + (to - from) * (2 * i + 1) / (2 * kBandPoints);
            const bool learning = i < kLearningPoints;
            const bool anomalous = withAnomalies && i >= kFirstAnomalous && i < kFirstAnomalous + kAnomalousPoints;
            points.append(QJsonObject{
                {QStringLiteral("t"), QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("value"), anomalous ? 300.0 : 100.0},
                {QStringLiteral("expected"), learning ? QJsonValue() : QJsonValue(100.0)},
                {QStringLiteral("low"), learning ? QJsonValue() : QJsonValue(80.0)},
                {QStringLiteral("high"), learning ? QJsonValue() : QJsonValue(120.0)},
                {QStringLiteral("score"), anomalous ? 0.9 : 0.05}});
        }
        return {{QStringLiteral("points"), points}, {QStringLiteral("learning"), false}};
    }
};

} // namespace OpsDeck::Test
