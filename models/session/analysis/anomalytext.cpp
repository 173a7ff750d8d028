// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/analysis/anomalytext.h"

#include <cmath>

#include <QDateTime>
#include <QLocale>

namespace OpsDeck::Models {

namespace {

// Two decimals, one from 100 up (as the charts' readout); @p magnitude
// decides, so that both ends of a range read alike.
QString number(double v, double magnitude)
{
    return QLocale().toString(v, 'f', std::abs(magnitude) >= 100 ? 1 : 2);
}

QString number(double v)
{
    return number(v, v);
}

bool isNaN(double v)
{
    return v != v;
}

} // namespace

ValueFormat AnomalyText::formatOf(const QString &metric)
{
    if (metric.endsWith(u".bps"))
        return ValueFormat::BitsPerSecond;
    if (metric.endsWith(u".dbm"))
        return ValueFormat::Dbm;
    if (metric.endsWith(u".ms"))
        return ValueFormat::Milliseconds;
    if (metric.endsWith(u".percent"))
        return ValueFormat::Percent;
    if (metric.endsWith(u".celsius"))
        return ValueFormat::Celsius;
    return ValueFormat::Plain;
}

QString AnomalyText::metricLabel(const QString &metric)
{
    if (metric == u"if.in.bps")
        return tr("Traffic in");
    if (metric == u"if.out.bps")
        return tr("Traffic out");
    if (metric == u"optical.dbm")
        return tr("Optical power");
    if (metric == u"icmp.rtt.ms")
        return tr("Round trip");
    return metric;
}

QString AnomalyText::value(ValueFormat format, double v)
{
    if (isNaN(v))
        return QStringLiteral("—");
    const ScaledUnit unit = scaledUnit(format, v);
    const QString n = number(v / unit.divisor);
    return unit.unit.isEmpty() ? n : tr("%1 %2", "value and unit").arg(n, unit.unit);
}

QString AnomalyText::range(ValueFormat format, double low, double high)
{
    if (isNaN(low) || isNaN(high))
        return QStringLiteral("—");
    const double magnitude = std::max(std::abs(low), std::abs(high));
    const ScaledUnit unit = scaledUnit(format, magnitude);
    const double m = magnitude / unit.divisor;
    const QString span =
        tr("%1–%2", "range of values").arg(number(low / unit.divisor, m), number(high / unit.divisor, m));
    return unit.unit.isEmpty() ? span : tr("%1 %2", "value and unit").arg(span, unit.unit);
}

QString AnomalyText::since(qint64 sinceMs, qint64 nowMs)
{
    if (sinceMs <= 0)
        return QString();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(sinceMs);
    const QLocale locale;
    if (at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return locale.toString(at.time(), QStringLiteral("HH:mm"));
    return locale.toString(at, QStringLiteral("ddd HH:mm"));
}

QString AnomalyText::explanation(const Anomaly &a, ValueFormat format, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(a.atMs > 0 ? a.atMs : nowMs);
    const QLocale locale;
    const QString hour = tr("%1 %2", "weekday and hour")
                             .arg(locale.dayName(at.date().dayOfWeek()),
                                  locale.toString(QTime(at.time().hour(), 0), QStringLiteral("HH:mm")));
    const QString score = locale.toString(a.score, 'f', 2);
    QString text;
    if (a.kind == AnomalyKind::Flat) {
        text = tr("Unusual for %1: the same value again and again (%2), where it normally moves (score %3)")
                   .arg(hour, value(format, a.value), score);
    } else {
        text = tr("Unusual for %1: expected %2, observed %3 (score %4)")
                   .arg(hour, range(format, a.low, a.high), value(format, a.value), score);
    }
    if (a.sinceMs > 0)
        text = tr("%1 since %2", "explanation and when it began").arg(text, since(a.sinceMs, nowMs));
    return text;
}

Anomaly AnomalyText::atPoint(const AnomalyBand &band, qsizetype index)
{
    Anomaly a;
    a.series = band.series;
    if (index < 0 || index >= band.points.size())
        return a;
    const AnomalyBandPoint &p = band.points.at(index);
    a.score = p.score;
    a.value = p.value;
    a.expected = p.expected;
    a.low = p.low;
    a.high = p.high;
    a.atMs = p.timeMs;
    a.sinceMs = band.runStart(index);
    if (p.hasBand())
        a.kind = p.value > p.high ? AnomalyKind::High : p.value < p.low ? AnomalyKind::Low : AnomalyKind::Flat;
    return a;
}

} // namespace OpsDeck::Models
