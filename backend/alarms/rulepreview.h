// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/alarms/alarmrules.h"
#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/domain/metricsink.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Alarms {

/// Stored points of one series, oldest first.
struct PreviewSeries
{
    Domain::SeriesKey key;
    QList<std::pair<qint64, double>> points; ///< time (ms since the epoch), value
};

/// One alarm a rule would have raised.
struct PreviewHit
{
    QString device;
    QString object;
    QString metric;
    qint64 raisedMs = 0;
    qint64 clearedMs = 0; ///< 0: still active at the end of the data
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
};

/// What a series rule would have raised over stored history: the same
/// engine as the service's, fed the points in time order with its clock at
/// each point's time, with nothing stored and nothing notified. Pure; any
/// thread.
class RulePreview final
{
public:
    /// Only series rules (threshold, rate of change, optical power) can be
    /// previewed; InvalidInput for other kinds. @p thresholds: DOM/MCP levels
    /// for optical power rules without a range.
    [[nodiscard]] static Result<QList<PreviewHit>> run(const AlarmRule &rule, const QList<PreviewSeries> &series,
                                                       const QList<Domain::DeviceLabels> &devices,
                                                       const QList<Domain::MetricThreshold> &thresholds = {});
};

} // namespace OpsDeck::Alarms
