// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/rulepreview.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include "backend/alarms/alarmengine.h"

namespace OpsDeck::Alarms {

QJsonObject PreviewHit::toJson() const
{
    const auto time = [](qint64 ms) {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                      : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("device"), device},           {QStringLiteral("object"), object},
            {QStringLiteral("metric"), metric},           {QStringLiteral("raised"), time(raisedMs)},
            {QStringLiteral("cleared"), time(clearedMs)}, {QStringLiteral("summary"), summary}};
}

Result<QList<PreviewHit>> RulePreview::run(const AlarmRule &rule, const QList<PreviewSeries> &series,
                                           const QList<Domain::DeviceLabels> &devices,
                                           const QList<Domain::MetricThreshold> &thresholds)
{
    if (!rule.isSeriesRule())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("rule %1 is a %2 rule: only threshold, rate-of-change and optical power rules "
                                    "can be tried on stored metrics")
                         .arg(rule.id, ruleKindName(rule.kind)));
    AlarmRulesConfig config;
    AlarmRule only = rule;
    only.enabled = true;
    config.rules = {only};
    config.flap.transitions = 1000000; // every raise is listed, none folded into flapping

    qint64 now = 0;
    AlarmEngine engine;
    engine.setClock([&now] { return now; });
    engine.setRules(config);
    engine.setDevices(devices);
    engine.setSeriesThresholds(thresholds);

    QList<PreviewHit> hits;
    QHash<qint64, qsizetype> open; // alarm id -> index in hits
    QObject::connect(&engine, &AlarmEngine::transition, [&](const AlarmTransition &t) {
        if (t.kind == TransitionKind::Raised) {
            open.insert(t.alarm.id, hits.size());
            hits << PreviewHit{t.alarm.device, t.alarm.object, t.alarm.metric, t.atMs, 0, t.alarm.summary};
        } else if (t.kind == TransitionKind::Cleared) {
            if (const auto it = open.constFind(t.alarm.id); it != open.cend())
                hits[*it].clearedMs = t.atMs;
            open.remove(t.alarm.id);
        }
    });

    // Every point of every series in time order, as the service saw them.
    struct Point
    {
        qint64 timeMs;
        double value;
        int series;
    };
    std::vector<Point> points;
    for (int s = 0; s < series.size(); ++s) {
        for (const auto &[timeMs, value] : series.at(s).points)
            points.push_back(Point{timeMs, value, s});
    }
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.timeMs < b.timeMs; });
    for (const Point &p : points) {
        now = p.timeMs;
        if (auto st = engine.onSample(series.at(p.series).key, p.timeMs, p.value); !st)
            return st.error();
    }
    return hits;
}

} // namespace OpsDeck::Alarms
