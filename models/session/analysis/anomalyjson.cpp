// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/analysis/anomalyjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace OpsDeck::Models {

namespace {

qint64 timeOf(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty())
        return 0;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

// null (the detector was learning) and absent both read as NaN.
double numberOf(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isDouble() ? v.toDouble() : Anomaly::kNaN;
}

AnomalyKind kindOf(const QString &name)
{
    if (name == u"high")
        return AnomalyKind::High;
    if (name == u"low")
        return AnomalyKind::Low;
    if (name == u"flat")
        return AnomalyKind::Flat;
    return AnomalyKind::None;
}

} // namespace

Anomaly Anomaly::fromJson(const QJsonObject &json)
{
    Anomaly a;
    a.series.device = json.value(QStringLiteral("device")).toString();
    a.series.object = json.value(QStringLiteral("object")).toString();
    a.series.metric = json.value(QStringLiteral("metric")).toString();
    a.deviceName = json.value(QStringLiteral("deviceName")).toString();
    a.score = json.value(QStringLiteral("score")).toDouble();
    a.value = numberOf(json, QStringLiteral("value"));
    a.expected = numberOf(json, QStringLiteral("expected"));
    a.low = numberOf(json, QStringLiteral("low"));
    a.high = numberOf(json, QStringLiteral("high"));
    a.kind = kindOf(json.value(QStringLiteral("kind")).toString());
    a.sinceMs = timeOf(json, QStringLiteral("since"));
    a.atMs = timeOf(json, QStringLiteral("at"));
    return a;
}

qint64 AnomalyBand::runStart(qsizetype index) const
{
    if (index < 0 || index >= points.size() || !points.at(index).isAnomalous())
        return 0;
    while (index > 0 && points.at(index - 1).isAnomalous())
        --index;
    return points.at(index).timeMs;
}

AnomalyBand AnomalyBand::fromJson(const QJsonObject &json)
{
    AnomalyBand band;
    band.learning = json.value(QStringLiteral("learning")).toBool();
    const QJsonArray points = json.value(QStringLiteral("points")).toArray();
    band.points.reserve(points.size());
    for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        AnomalyBandPoint point;
        point.timeMs = timeOf(p, QStringLiteral("t"));
        if (point.timeMs == 0)
            continue;
        point.value = numberOf(p, QStringLiteral("value"));
        point.expected = numberOf(p, QStringLiteral("expected"));
        point.low = numberOf(p, QStringLiteral("low"));
        point.high = numberOf(p, QStringLiteral("high"));
        point.score = p.value(QStringLiteral("score")).toDouble();
        band.points.append(point);
    }
    return band;
}

bool isAnalysedMetric(const QString &metric)
{
    return metric == u"if.in.bps" || metric == u"if.out.bps" || metric == u"optical.dbm" || metric == u"icmp.rtt.ms";
}

} // namespace OpsDeck::Models
