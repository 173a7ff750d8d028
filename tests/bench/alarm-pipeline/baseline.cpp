// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "baseline.h"

#include <QHashFunctions>

namespace OpsDeck::Bench {

namespace {

/// Above the level (held long enough): raise; back below level - hysteresis:
/// clear; in between: unchanged. True when this sample raised.
bool apply(PlainState &s, const PlainRule &r, qint64 t, double v)
{
    if (v > r.above) {
        if (s.active)
            return false;
        if (s.pendingSinceMs < 0)
            s.pendingSinceMs = t;
        if (t - s.pendingSinceMs < r.forMs)
            return false;
        s.active = true;
        s.pendingSinceMs = -1;
        return true;
    }
    if (v <= r.above - r.hysteresis)
        s.active = false;
    if (!s.active)
        s.pendingSinceMs = -1;
    return false;
}

bool objectMatches(const PlainRule &r, const QString &object)
{
    return r.objectPrefix.isEmpty() || object.startsWith(r.objectPrefix);
}

} // namespace

std::vector<PlainRule> plainRules(const Alarms::AlarmRulesConfig &config)
{
    std::vector<PlainRule> out;
    for (const Alarms::AlarmRule &r : config.rules) {
        if (r.kind != Alarms::RuleKind::Threshold || !r.enabled || !r.hasAbove())
            continue;
        QString prefix = r.object;
        if (prefix.endsWith(QLatin1Char('*')))
            prefix.chop(1);
        out.push_back({r.scope.device, r.metric, prefix, r.above, r.hysteresis, qint64(r.forSeconds) * 1000});
    }
    return out;
}

NaiveScanEvaluator::NaiveScanEvaluator(std::vector<PlainRule> rules)
    : m_rules(std::move(rules))
{}

void NaiveScanEvaluator::onSample(const Domain::SeriesKey &key, qint64 timeMs, double value)
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        const PlainRule &r = m_rules[i];
        if (r.metric != key.metric || (!r.device.isEmpty() && r.device != key.device) || !objectMatches(r, key.object))
            continue;
        const QString stateKey = QString::number(i) + QLatin1Char('|') + key.device + QLatin1Char('|') + key.object +
                                 QLatin1Char('|') + key.metric;
        if (apply(m_state[stateKey], r, timeMs, value))
            ++m_raises;
    }
}

size_t CycleBatchEvaluator::KeyHash::operator()(const Domain::SeriesKey &k) const noexcept
{
    return qHashMulti(0, k.device, k.object, k.metric);
}

CycleBatchEvaluator::CycleBatchEvaluator(std::vector<PlainRule> rules)
    : m_rules(std::move(rules))
{
    for (size_t i = 0; i < m_rules.size(); ++i)
        m_rulesByDeviceMetric[m_rules[i].device + QLatin1Char('\n') + m_rules[i].metric] << int(i);
}

void CycleBatchEvaluator::onSample(const Domain::SeriesKey &key, qint64, double value)
{
    m_latest[key].value = value;
}

void CycleBatchEvaluator::evaluateAll(qint64 timeMs)
{
    for (auto &[key, latest] : m_latest) {
        const QList<int> rules = m_rulesByDeviceMetric.value(key.device + QLatin1Char('\n') + key.metric);
        latest.states.resize(size_t(rules.size()));
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const PlainRule &r = m_rules[size_t(rules.at(i))];
            if (objectMatches(r, key.object) && apply(latest.states[size_t(i)], r, timeMs, latest.value))
                ++m_raises;
        }
    }
}

} // namespace OpsDeck::Bench
