// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/session/analysis/anomalyjson.h"
#include "models/session/charts/valueunit.h"

namespace OpsDeck::Models {

/// The sentences and values the console shows for anomalies, in the units
/// the charts use (valueunit). Pure; any thread (the translator must be
/// installed before use, as for every tr()).
class AnomalyText final
{
    Q_DECLARE_TR_FUNCTIONS(OpsDeck::Models::AnomalyText)

public:
    AnomalyText() = delete;

    /// How values of @p metric are shown (bit/s, dBm, ms; plain for others).
    [[nodiscard]] static ValueFormat formatOf(const QString &metric);
    /// What @p metric measures, for a list ("Traffic in", "Round trip").
    [[nodiscard]] static QString metricLabel(const QString &metric);
    /// "9.10 Gbit/s", "-7.40 dBm"; an em dash for NaN.
    [[nodiscard]] static QString value(ValueFormat format, double value);
    /// "1.10–2.90 Gbit/s": both ends in the unit of the larger; an em dash while unknown.
    [[nodiscard]] static QString range(ValueFormat format, double low, double high);
    /// A time of day, with the weekday when it is not today ("04:10", "Mon 22:10").
    [[nodiscard]] static QString since(qint64 sinceMs, qint64 nowMs);
    /// Why @p anomaly is unusual: "Unusual for Tuesday 04:00: expected
    /// 1.10–2.90 Gbit/s, observed 9.10 Gbit/s (score 0.93) since 04:10". The
    /// hour is the hour of the week the verdict was made in (local time).
    [[nodiscard]] static QString explanation(const Anomaly &anomaly, ValueFormat format, qint64 nowMs);
    /// The verdict on point @p index of @p band, as an anomaly of its series.
    [[nodiscard]] static Anomaly atPoint(const AnomalyBand &band, qsizetype index);
};

} // namespace OpsDeck::Models
