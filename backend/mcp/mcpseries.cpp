// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpseries.h"

namespace OpsDeck::Mcp {

namespace {

bool isErrorCount(const QString &parameter)
{
    const QString p = parameter.toUpper();
    return p.contains(QLatin1String("ERR")) || p.startsWith(QLatin1String("CV")) || p.startsWith(QLatin1String("ES"))
           || p.startsWith(QLatin1String("SES")) || p.startsWith(QLatin1String("UAS"));
}

} // namespace

QString McpSeries::deviceKey(qint64 deviceId, const QString &networkElementId)
{
    return deviceId ? QString::number(deviceId) : QStringLiteral("mcp:") + networkElementId;
}

QString McpSeries::portObject(const QString &facility)
{
    return QStringLiteral("port:") + facility;
}

QString McpSeries::rxObject(const QString &facility)
{
    return portObject(facility) + QStringLiteral(":rx");
}

QString McpSeries::txObject(const QString &facility)
{
    return portObject(facility) + QStringLiteral(":tx");
}

McpSeries::Series McpSeries::series(const QString &parameter, const QString &facility, const QString &granularity)
{
    const QString p = parameter.toUpper();
    if (p == QLatin1String("RX_OPTICAL_POWER"))
        return {rxObject(facility), QStringLiteral("optical.dbm")};
    if (p == QLatin1String("TX_OPTICAL_POWER"))
        return {txObject(facility), QStringLiteral("optical.dbm")};
    if (p == QLatin1String("SPAN_LOSS"))
        return {portObject(facility), QStringLiteral("optical.span_loss.db")};
    if (isErrorCount(p)) {
        // Counts per bin become a rate, as the interface error series are.
        const double binSeconds = granularity == QLatin1String("1_HOUR") ? 3600.0 : 900.0;
        const bool tx = p.startsWith(QLatin1String("TX")) || p.contains(QLatin1String("_TX"));
        return {portObject(facility), tx ? QStringLiteral("if.out.errors") : QStringLiteral("if.in.errors"),
                1.0 / binSeconds};
    }
    return {portObject(facility), QStringLiteral("mcp.") + parameter.toLower()};
}

Domain::MetricSample McpSeries::sample(const PmSample &pm, const QString &device)
{
    const Series s = series(pm.parameter, pm.facility, pm.granularity);
    return Domain::MetricSample{device, s.object, s.metric, pm.timestampMs, pm.value * s.factor};
}

Domain::MetricThreshold McpSeries::threshold(const PmThreshold &threshold, const QString &device,
                                             const QString &granularity)
{
    const Series s = series(threshold.parameter, threshold.facility, granularity);
    return Domain::MetricThreshold{device, s.object, s.metric, threshold.level, threshold.value * s.factor};
}

} // namespace OpsDeck::Mcp
