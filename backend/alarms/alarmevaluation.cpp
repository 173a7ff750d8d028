// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Rule evaluation of the alarm engine: binding series rules to series, the
// sample hot path, and the discrete inputs (reachability, interfaces, traps,
// MCP alarms, failed jobs).
#include <algorithm>
#include <cmath>

#include "backend/alarms/alarmengine.h"

namespace OpsDeck::Alarms {

namespace {

const QString kLinkDown = QStringLiteral("1.3.6.1.6.3.1.1.5.3");
const QString kLinkUp = QStringLiteral("1.3.6.1.6.3.1.1.5.4");
const QString kIfIndex = QStringLiteral("1.3.6.1.2.1.2.2.1.1");
const QString kIfAdminStatus = QStringLiteral("1.3.6.1.2.1.2.2.1.7");
const QString kAnomalyPrefix = QStringLiteral("anomaly:");

/// A '*'/'?' pattern as an anchored, case-insensitive expression ('*' also
/// matches '/', unlike file wildcards: interface names contain slashes).
QRegularExpression globPattern(const QString &glob)
{
    if (glob.isEmpty())
        return {};
    QString re;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption);
}

bool matchesPattern(const QRegularExpression &pattern, const QString &text)
{
    return pattern.pattern().isEmpty() || pattern.match(text).hasMatch();
}

QString withoutDot(const QString &oid)
{
    return oid.startsWith(QLatin1Char('.')) ? oid.mid(1) : oid;
}

bool oidUnder(const QString &oid, const QString &prefix)
{
    return oid == prefix || (oid.startsWith(prefix) && oid.at(prefix.size()) == QLatin1Char('.'));
}

QString levelsKey(const QString &device, const QString &object, const QString &metric)
{
    return device + QLatin1Char('\n') + object + QLatin1Char('\n') + metric;
}

Error badInput(const QString &what, QVariantMap context)
{
    return Error(ErrorCode::InvalidInput, what, std::move(context));
}

} // namespace

void AlarmEngine::setRules(const AlarmRulesConfig &config)
{
    m_config = config;
    compileRules();
    m_series.clear();
    m_anomalies.clear();
    m_bindings.clear();
    // Alarms of rules that are gone or turned off cannot clear by themselves.
    const qint64 t = now();
    QList<qint64> orphans;
    for (const auto &[id, a] : m_alarms) {
        const AlarmRule *rule = m_config.rule(a.ruleId);
        if (a.isActive() && (!rule || !rule->enabled))
            orphans << id;
    }
    for (qint64 id : std::as_const(orphans))
        clearAlarm(id, t, std::numeric_limits<double>::quiet_NaN(), {}, QStringLiteral("rule removed"));
    updateMaintenance(t);
    armDeadlineTimer();
}

void AlarmEngine::compileRules()
{
    m_rules.clear();
    for (QList<int> &list : m_rulesOfKind)
        list.clear();
    m_icmpRules.clear();
    m_seriesRulesByMetric.clear();
    m_seriesRulesByDevice.clear();
    m_anyMetricAnomalyRules.clear();
    for (const AlarmRule &r : std::as_const(m_config.rules)) {
        if (!r.enabled)
            continue;
        CompiledRule c;
        c.rule = r;
        if (r.kind == RuleKind::OpticalPower && c.rule.metric.isEmpty())
            c.rule.metric = QStringLiteral("optical.dbm");
        const QString &glob = r.kind == RuleKind::InterfaceDown ? r.interface
                              : r.kind == RuleKind::JobFailed   ? r.jobKind
                                                                : r.object;
        c.pattern = globPattern(glob);
        c.oid = withoutDot(r.trapOid);
        c.clearOid = withoutDot(r.clearTrapOid);
        for (const VarBindMatch &m : r.varBinds)
            c.varBindPatterns << QRegularExpression(m.matches);
        const int index = int(m_rules.size());
        m_rules.push_back(std::move(c));
        m_rulesOfKind[size_t(r.kind)] << index;
        if (r.kind == RuleKind::IcmpDown || r.kind == RuleKind::IcmpDegraded)
            m_icmpRules << index;
        const bool anomaly = r.kind == RuleKind::Anomaly;
        if (!r.isSeriesRule() && !anomaly)
            continue;
        const QString metric = (anomaly ? kAnomalyPrefix : QString()) + m_rules.back().rule.metric;
        if (anomaly && r.metric.isEmpty() && r.scope.device.isEmpty())
            m_anyMetricAnomalyRules << index;
        else if (r.scope.device.isEmpty())
            m_seriesRulesByMetric[metric] << index;
        else
            m_seriesRulesByDevice[metric + QLatin1Char('\n') + r.scope.device.toLower()] << index;
    }
}

void AlarmEngine::setDevices(const QList<Domain::DeviceLabels> &devices)
{
    m_devices = devices;
    m_deviceIndex.clear();
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        m_deviceIndex.insert(m_devices.at(i).device.toLower(), int(i));
        if (m_devices.at(i).deviceId)
            m_deviceIndex.insert(QString::number(m_devices.at(i).deviceId), int(i));
    }
    m_series.clear();
    m_anomalies.clear();
    m_bindings.clear();
}

void AlarmEngine::setTopology(const QList<TopologyLink> &links)
{
    m_links = links;
    regroup(now());
}

void AlarmEngine::setSeriesThresholds(const QList<Domain::MetricThreshold> &thresholds)
{
    m_levels.clear();
    for (const Domain::MetricThreshold &t : thresholds)
        m_levels[levelsKey(t.device, t.object, t.metric)].insert(t.level, t.value);
    m_series.clear();
    m_anomalies.clear();
    m_bindings.clear();
}

const Domain::DeviceLabels *AlarmEngine::labelsOf(const QString &device) const
{
    const auto it = m_deviceIndex.constFind(device.toLower());
    return it == m_deviceIndex.cend() ? nullptr : &m_devices.at(*it);
}

QString AlarmEngine::deviceName(const QString &device) const
{
    const Domain::DeviceLabels *labels = labelsOf(device);
    return labels ? labels->device : device;
}

bool AlarmEngine::inScope(const CompiledRule &rule, const QString &device) const
{
    return rule.rule.scope.isEmpty() || rule.rule.scope.matches(device, labelsOf(device));
}

qint64 AlarmEngine::activeAlarm(const QString &key) const
{
    const qint64 id = m_byKey.value(key);
    const auto it = id ? m_alarms.find(id) : m_alarms.end();
    return it != m_alarms.end() && it->second.isActive() ? id : 0;
}

AlarmEngine::Slot AlarmEngine::slotOf(SlotMap &map, const Domain::SeriesKey &key, bool anomaly)
{
    const size_t hash = SeriesIndex::hash(key);
    const qsizetype number = map.index.find(key, hash);
    return number == SeriesIndex::npos ? bind(map, key, hash, anomaly) : map.bound[size_t(number)];
}

AlarmEngine::Slot AlarmEngine::bind(SlotMap &map, const Domain::SeriesKey &key, size_t hash, bool anomaly)
{
    const Domain::DeviceLabels *labels = labelsOf(key.device);
    const QString device = labels ? labels->device : key.device;
    const QString metric = (anomaly ? kAnomalyPrefix : QString()) + key.metric;
    QList<int> candidates = m_seriesRulesByMetric.value(metric);
    candidates += m_seriesRulesByDevice.value(metric + QLatin1Char('\n') + key.device.toLower());
    if (labels) {
        candidates += m_seriesRulesByDevice.value(metric + QLatin1Char('\n') + labels->device.toLower());
        candidates += m_seriesRulesByDevice.value(metric + QLatin1Char('\n') + QString::number(labels->deviceId));
    }
    if (anomaly)
        candidates += m_anyMetricAnomalyRules;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    Slot slot{int(m_bindings.size()), 0};
    for (int index : std::as_const(candidates)) {
        const CompiledRule &rule = m_rules.at(size_t(index));
        if (!rule.rule.scope.matches(device, labels) && !rule.rule.scope.isEmpty())
            continue;
        if (!matchesPattern(rule.pattern, key.object))
            continue;
        Binding b;
        b.rule = index;
        b.device = device;
        b.object = key.object;
        b.metric = key.metric;
        b.key =
            rule.rule.id + QLatin1Char('|') + device + QLatin1Char('|') + key.object + QLatin1Char('|') + key.metric;
        if (rule.rule.kind == RuleKind::OpticalPower) {
            const QHash<QString, double> levels = m_levels.value(levelsKey(key.device, key.object, key.metric));
            b.low = !std::isnan(rule.rule.low) ? rule.rule.low : levels.value(QStringLiteral("lowAlarm"), -qInf());
            b.high = !std::isnan(rule.rule.high) ? rule.rule.high : levels.value(QStringLiteral("highAlarm"), qInf());
            if (std::isinf(b.low) && std::isinf(b.high))
                continue; // no range known for this series
        }
        b.alarmId = activeAlarm(b.key);
        b.active = b.alarmId != 0;
        m_bindings.push_back(std::move(b));
        ++slot.count;
    }
    map.index.insert(key, hash);
    map.bound.push_back(slot);
    return slot;
}

int AlarmEngine::condition(const CompiledRule &rule, Binding &b, qint64 t, double v) const
{
    const AlarmRule &r = rule.rule;
    switch (r.kind) {
    case RuleKind::RateOfChange: {
        const bool had = b.hasPrev && t > b.prevTimeMs;
        const double rate = had ? (v - b.prevValue) * 1000.0 / double(t - b.prevTimeMs) : 0;
        b.prevValue = v;
        b.prevTimeMs = t;
        b.hasPrev = true;
        if (!had)
            return -1;
        v = rate;
        break;
    }
    case RuleKind::OpticalPower:
        if (v < b.low || v > b.high)
            return 1;
        return v >= b.low + r.hysteresis && v <= b.high - r.hysteresis ? 0 : -1;
    default:
        break;
    }
    if (r.hasAbove())
        return v > r.above ? 1 : (v <= r.above - r.hysteresis ? 0 : -1);
    if (r.hasBelow())
        return v < r.below ? 1 : (v >= r.below + r.hysteresis ? 0 : -1);
    return -1;
}

void AlarmEngine::evaluate(Binding &b, qint64 t, double v, const QString &detail)
{
    const CompiledRule &rule = m_rules[size_t(b.rule)];
    if (b.active) {
        // Cleared meanwhile by an operator or a rule change.
        const auto it = m_alarms.find(b.alarmId);
        b.active = it != m_alarms.end() && it->second.isActive();
    }
    const int c = condition(rule, b, t, v);
    if (c == 1) {
        if (b.active) {
            touch(b.alarmId, t, v);
            return;
        }
        if (b.pendingSinceMs < 0)
            b.pendingSinceMs = t;
        if (t - b.pendingSinceMs < qint64(rule.rule.forSeconds) * 1000)
            return;
        const QString summary = detail.isEmpty() ? QStringLiteral("%1 %2 %3: %4 (%5)")
                                                       .arg(b.metric, b.object, b.device, ruleKindName(rule.rule.kind))
                                                       .arg(v)
                                                 : QStringLiteral("%1: unusual: %2").arg(b.device, detail);
        b.alarmId = raise({b.key, b.rule, b.device, b.object, b.metric, summary, rule.rule.severity}, t, v);
        b.active = true;
        b.pendingSinceMs = -1;
    } else if (c == 0) {
        b.pendingSinceMs = -1;
        if (b.active) {
            clearAlarm(b.alarmId, t, v, {}, QStringLiteral("back within %1").arg(rule.rule.id));
            b.active = false;
        }
    } else if (b.active) {
        touch(b.alarmId, t, v); // between the raise and clear levels: unchanged
    } else {
        b.pendingSinceMs = -1;
    }
}

Status AlarmEngine::onSample(const Domain::SeriesKey &key, qint64 timeMs, double value)
{
    if (!std::isfinite(value) || key.device.isEmpty() || key.metric.isEmpty())
        return badInput(QStringLiteral("a sample needs a device, a metric and a finite value"),
                        {{QStringLiteral("device"), key.device},
                         {QStringLiteral("object"), key.object},
                         {QStringLiteral("metric"), key.metric}});
    const Slot slot = slotOf(m_series, key, false);
    for (int i = slot.first; i < slot.first + slot.count; ++i)
        evaluate(m_bindings[size_t(i)], timeMs, value);
    return {};
}

Status AlarmEngine::onAnomaly(const Domain::SeriesKey &key, qint64 timeMs, double score, const QString &explanation)
{
    if (!std::isfinite(score) || key.device.isEmpty())
        return badInput(QStringLiteral("an anomaly needs a device and a finite score"),
                        {{QStringLiteral("device"), key.device}, {QStringLiteral("metric"), key.metric}});
    const Slot slot = slotOf(m_anomalies, key, true);
    for (int i = slot.first; i < slot.first + slot.count; ++i)
        evaluate(m_bindings[size_t(i)], timeMs, score, explanation);
    return {};
}

Status AlarmEngine::onReachability(const ReachabilityReport &report)
{
    return onReachability(QList<ReachabilityReport>{report});
}

Status AlarmEngine::onReachability(const QList<ReachabilityReport> &reports)
{
    QStringList bad;
    qint64 latest = 0;
    m_holding = true;
    for (const ReachabilityReport &r : reports) {
        if (r.device.isEmpty() || r.sent <= 0 || r.received < 0 || r.received > r.sent) {
            bad << (r.device.isEmpty() ? QStringLiteral("(no device)") : r.device);
            continue;
        }
        applyReachability(r);
        latest = std::max(latest, r.timeMs);
    }
    m_holding = false;
    regroup(latest ? latest : now());
    if (!bad.isEmpty())
        return badInput(
            QStringLiteral("%1 reachability report(s) need a device and 0 <= received <= sent > 0").arg(bad.size()),
            {{QStringLiteral("devices"), bad}});
    return {};
}

void AlarmEngine::applyReachability(const ReachabilityReport &r)
{
    const QString device = deviceName(r.device);
    const bool icmp = r.probe == ReachabilityReport::Probe::Icmp;
    const bool answered = r.received > 0;
    ProbeCounters &c = m_probes[device];
    int &lost = icmp ? c.icmpLost : c.snmpFailed;
    lost = answered ? 0 : lost + r.sent;
    if (answered)
        m_answering.insert(device);
    else
        m_answering.remove(device);
    // Only the rules of the probe's kinds, in rule order: a round reports
    // every device, and the other rules (thousands of thresholds) never apply.
    const QList<int> &candidates = icmp ? m_icmpRules : m_rulesOfKind[size_t(RuleKind::SnmpUnreachable)];
    for (const int i : candidates) {
        const AlarmRule &rule = m_rules[size_t(i)].rule;
        if (!inScope(m_rules[size_t(i)], device))
            continue;
        const QString key = rule.id + QLatin1Char('|') + device;
        const qint64 active = activeAlarm(key);
        bool raised = false;
        QString summary;
        if (rule.kind == RuleKind::IcmpDegraded) {
            if (!answered)
                continue; // no answer at all is icmpDown's
            const double loss = 100.0 * (r.sent - r.received) / r.sent;
            raised = loss > rule.lossPercent || (std::isfinite(r.avgRttMs) && r.avgRttMs > rule.latencyMs);
            summary = QStringLiteral("%1 degraded: %2 % loss, %3 ms").arg(device).arg(loss).arg(r.avgRttMs);
        } else {
            raised = lost >= rule.probes;
            summary = QStringLiteral("%1 %2: %3 probes unanswered")
                          .arg(device, icmp ? QStringLiteral("not answering ping") : QStringLiteral("SNMP unreachable"))
                          .arg(lost);
        }
        const double value = icmp ? 100.0 * (r.sent - r.received) / r.sent : double(lost);
        if (raised && !active)
            raise({key, i, device, {}, icmp ? QStringLiteral("icmp.loss.pct") : QString(), summary, rule.severity},
                  r.timeMs, value);
        else if (raised)
            touch(active, r.timeMs, value);
        else if (active)
            clearAlarm(active, r.timeMs, value, {}, QStringLiteral("%1 answers again").arg(device));
    }
}

Status AlarmEngine::onInterfaceState(const InterfaceState &state)
{
    if (state.device.isEmpty() || state.interface.isEmpty())
        return badInput(QStringLiteral("an interface state needs a device and an interface"),
                        {{QStringLiteral("device"), state.device}, {QStringLiteral("interface"), state.interface}});
    m_holding = true;
    applyInterfaceState(state);
    m_holding = false;
    regroup(state.timeMs);
    return {};
}

void AlarmEngine::applyInterfaceState(const InterfaceState &s)
{
    const QString device = deviceName(s.device);
    const bool down = !s.operUp && s.adminUp;
    for (const int i : m_rulesOfKind[size_t(RuleKind::InterfaceDown)]) {
        const CompiledRule &rule = m_rules[size_t(i)];
        if (!inScope(rule, device) || !matchesPattern(rule.pattern, s.interface))
            continue;
        const QString key = rule.rule.id + QLatin1Char('|') + device + QLatin1Char('|') + s.interface;
        const qint64 active = activeAlarm(key);
        if (down && !active)
            raise({key, i, device, s.interface, QStringLiteral("if.oper.status"),
                   QStringLiteral("%1 %2 operationally down").arg(device, s.interface), rule.rule.severity},
                  s.timeMs, 0);
        else if (down)
            touch(active, s.timeMs, 0);
        else if (active)
            clearAlarm(active, s.timeMs, 1, {}, QStringLiteral("%1 %2 up").arg(device, s.interface));
    }
}

bool AlarmEngine::matchesTrap(const CompiledRule &rule, const TrapInput &trap) const
{
    if (withoutDot(trap.trapOid) != rule.oid)
        return false;
    for (qsizetype m = 0; m < rule.rule.varBinds.size(); ++m) {
        const VarBindMatch &want = rule.rule.varBinds.at(m);
        const QString prefix = withoutDot(want.oid);
        const bool found = std::any_of(trap.varBinds.cbegin(), trap.varBinds.cend(), [&](const auto &vb) {
            return oidUnder(withoutDot(vb.first), prefix) && (want.equals.isEmpty() || vb.second == want.equals) &&
                   (want.matches.isEmpty() || rule.varBindPatterns.at(m).match(vb.second).hasMatch());
        });
        if (!found)
            return false;
    }
    return true;
}

Status AlarmEngine::onTrap(const TrapInput &trap)
{
    if (trap.device.isEmpty() || trap.trapOid.isEmpty())
        return badInput(QStringLiteral("a notification needs a device and a trap OID"),
                        {{QStringLiteral("device"), trap.device}, {QStringLiteral("oid"), trap.trapOid}});
    const QString device = deviceName(trap.device);
    const QString oid = withoutDot(trap.trapOid);
    if (oid == kLinkDown || oid == kLinkUp) {
        InterfaceState state{device, trap.interface, oid == kLinkUp, true, trap.timeMs};
        for (const auto &vb : trap.varBinds) {
            if (state.interface.isEmpty() && oidUnder(withoutDot(vb.first), kIfIndex))
                state.interface = QStringLiteral("ifIndex:") + vb.second;
            if (oidUnder(withoutDot(vb.first), kIfAdminStatus))
                state.adminUp = vb.second == QLatin1String("1") || vb.second == QLatin1String("up");
        }
        if (!state.interface.isEmpty()) {
            if (auto st = onInterfaceState(state); !st)
                return st;
        }
    }
    for (const int i : m_rulesOfKind[size_t(RuleKind::Trap)]) {
        const CompiledRule &rule = m_rules[size_t(i)];
        if (!inScope(rule, device))
            continue;
        const QString key = rule.rule.id + QLatin1Char('|') + device;
        if (!rule.clearOid.isEmpty() && oid == rule.clearOid) {
            if (const qint64 active = activeAlarm(key))
                clearAlarm(active, trap.timeMs, qQNaN(), {}, QStringLiteral("clearing notification %1").arg(oid));
        } else if (matchesTrap(rule, trap)) {
            raise({key, i, device, oid, {}, QStringLiteral("%1 sent %2").arg(device, oid), rule.rule.severity},
                  trap.timeMs, qQNaN());
        }
    }
    return {};
}

Status AlarmEngine::onMcpAlarm(const McpAlarmInput &in)
{
    if (in.id.isEmpty())
        return badInput(QStringLiteral("an MCP alarm needs its id"), {{QStringLiteral("device"), in.device}});
    const QString device = deviceName(in.device);
    for (const int i : m_rulesOfKind[size_t(RuleKind::McpAlarm)]) {
        const CompiledRule &rule = m_rules[size_t(i)];
        if (!inScope(rule, device))
            continue;
        const QString key = rule.rule.id + QStringLiteral("|mcp:") + in.id;
        const qint64 active = activeAlarm(key);
        if (in.active && in.severity <= rule.rule.minimumSeverity)
            raise({key, i, device, in.resource, in.condition,
                   QStringLiteral("%1 %2: %3 %4").arg(device, in.resource, in.condition, in.text), in.severity},
                  in.timeMs, qQNaN());
        else if (active)
            clearAlarm(active, in.timeMs, qQNaN(), {}, QStringLiteral("cleared in MCP"));
    }
    return {};
}

Status AlarmEngine::onJobFailed(const JobFailure &failure)
{
    if (failure.jobId.isEmpty())
        return badInput(QStringLiteral("a failed job needs its id"), {{QStringLiteral("kind"), failure.jobKind}});
    const QStringList devices = failure.devices.isEmpty() ? QStringList{QString()} : failure.devices;
    for (const int i : m_rulesOfKind[size_t(RuleKind::JobFailed)]) {
        const CompiledRule &rule = m_rules[size_t(i)];
        if (!matchesPattern(rule.pattern, failure.jobKind))
            continue;
        for (const QString &raw : devices) {
            const QString device = deviceName(raw);
            if (!device.isEmpty() && !inScope(rule, device))
                continue;
            const QString key = rule.rule.id + QStringLiteral("|job:") + failure.jobId + QLatin1Char('|') + device;
            raise({key, i, device, failure.jobId, failure.jobKind,
                   failure.ticket.isEmpty()
                       ? QStringLiteral("job %1 (%2) failed: %3").arg(failure.jobId, failure.jobKind, failure.error)
                       : QStringLiteral("job %1 (%2, ticket %3) failed: %4")
                             .arg(failure.jobId, failure.jobKind, failure.ticket, failure.error),
                   rule.rule.severity},
                  failure.timeMs, qQNaN());
        }
    }
    return {};
}

} // namespace OpsDeck::Alarms
