// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <limits>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "backend/domain/serieskey.h"

namespace OpsDeck::Models {

/// Why a series is unusual, as the service's detector says.
enum class AnomalyKind { None, High, Low, Flat };

/// The latest verdict on one analysed series (an entry of anomaly.list and
/// of the "anomalies" topic). Times in ms since the epoch (0: none); values
/// in the metric's unit, NaN where the detector gave none. Value type.
struct Anomaly
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    /// From this score a sample counts as anomalous (marked, listed as unusual now).
    static constexpr double kThreshold = 0.5;

    Domain::SeriesKey series; ///< the metric store's device key, object and metric
    QString deviceName;       ///< the inventory's name of the device
    double score = 0;
    double value = kNaN;
    double expected = kNaN;
    double low = kNaN;
    double high = kNaN;
    AnomalyKind kind = AnomalyKind::None;
    qint64 sinceMs = 0;
    qint64 atMs = 0;

    [[nodiscard]] bool isAnomalous() const { return score >= kThreshold; }
    [[nodiscard]] static Anomaly fromJson(const QJsonObject &json);
};

/// One sample of a series replayed through the detector (anomaly.band).
struct AnomalyBandPoint
{
    qint64 timeMs = 0;
    double value = Anomaly::kNaN;
    double expected = Anomaly::kNaN; ///< NaN while the detector was still learning
    double low = Anomaly::kNaN;
    double high = Anomaly::kNaN;
    double score = 0;

    [[nodiscard]] bool hasBand() const { return low == low && high == high; }
    [[nodiscard]] bool isAnomalous() const { return score >= Anomaly::kThreshold; }
};

/// The expected band of a series over a time window, oldest point first.
struct AnomalyBand
{
    Domain::SeriesKey series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool learning = false; ///< the detector has not seen enough of the series yet
    QList<AnomalyBandPoint> points;

    /// When the anomalous run that point @p index belongs to began (0 if it is not anomalous).
    [[nodiscard]] qint64 runStart(qsizetype index) const;
    [[nodiscard]] static AnomalyBand fromJson(const QJsonObject &json);
};

/// The metrics the service analyses by default.
[[nodiscard]] bool isAnalysedMetric(const QString &metric);

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::Anomaly)
Q_DECLARE_METATYPE(OpsDeck::Models::AnomalyBand)
