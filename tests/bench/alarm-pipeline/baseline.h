// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <unordered_map>
#include <vector>

#include <QHash>
#include <QString>

#include "backend/alarms/alarmrules.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Bench {

/// The threshold rules of a configuration as the baselines read them: device
/// scope, metric, an object prefix ("ifIndex:*" -> "ifIndex:"), the level,
/// its hysteresis and the hold time.
struct PlainRule
{
    QString device;
    QString metric;
    QString objectPrefix;
    double above = 0;
    double hysteresis = 0;
    qint64 forMs = 0;
};

[[nodiscard]] std::vector<PlainRule> plainRules(const Alarms::AlarmRulesConfig &config);

/// Per-(rule, series) state of a baseline: pending since, active.
struct PlainState
{
    qint64 pendingSinceMs = -1;
    bool active = false;
};

/// Baseline 1: each sample is checked against every rule (a linear scan of
/// the rule list), with the same above/hysteresis/hold semantics.
class NaiveScanEvaluator final
{
public:
    explicit NaiveScanEvaluator(std::vector<PlainRule> rules);
    void onSample(const Domain::SeriesKey &key, qint64 timeMs, double value);
    [[nodiscard]] int raises() const { return m_raises; }

private:
    std::vector<PlainRule> m_rules;
    QHash<QString, PlainState> m_state; ///< rule index '|' series
    int m_raises = 0;
};

/// Baseline 2, LibreNMS-like: samples only update a latest-value table;
/// every rule is evaluated over the table once per cycle (LibreNMS: once per
/// 5-minute poll), so a condition is seen up to a cycle late.
class CycleBatchEvaluator final
{
public:
    explicit CycleBatchEvaluator(std::vector<PlainRule> rules);
    void onSample(const Domain::SeriesKey &key, qint64 timeMs, double value);
    /// One cycle: every rule against the latest value of each of its series.
    void evaluateAll(qint64 timeMs);
    [[nodiscard]] int raises() const { return m_raises; }

private:
    struct Latest
    {
        double value = 0;
        std::vector<PlainState> states; ///< one per rule of the series' device and metric
    };
    struct KeyHash
    {
        size_t operator()(const Domain::SeriesKey &k) const noexcept;
    };
    struct KeyEqual
    {
        bool operator()(const Domain::SeriesKey &a, const Domain::SeriesKey &b) const noexcept
        {
            return a.device == b.device && a.object == b.object && a.metric == b.metric;
        }
    };
    std::vector<PlainRule> m_rules;
    QHash<QString, QList<int>> m_rulesByDeviceMetric;
    std::unordered_map<Domain::SeriesKey, Latest, KeyHash, KeyEqual> m_latest;
    int m_raises = 0;
};

} // namespace OpsDeck::Bench
