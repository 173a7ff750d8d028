// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Root-cause grouping of the alarm engine: unreachable devices behind a down
// device or link become symptoms of that root cause's alarm.
#include "backend/alarms/alarmengine.h"

namespace OpsDeck::Alarms {

namespace {

bool isUnreachable(const Alarm &a)
{
    return a.isActive() && (a.kind == RuleKind::IcmpDown || a.kind == RuleKind::SnmpUnreachable);
}

} // namespace

void AlarmEngine::regroup(qint64 t)
{
    RootCauseAnalysis::Input in;
    in.links = m_links;
    in.answering = m_answering;
    in.attachment = m_config.rootCause.attachment;
    QHash<QString, qint64> primary;    // device -> its unreachable alarm (ICMP first)
    QHash<QString, qint64> interfaces; // interface key -> its down alarm
    for (const auto &[id, a] : m_alarms) {
        if (isUnreachable(a)) {
            in.down.insert(a.device);
            if (!primary.contains(a.device) || a.kind == RuleKind::IcmpDown)
                primary.insert(a.device, id);
        } else if (a.isActive() && a.kind == RuleKind::InterfaceDown) {
            const QString key = RootCauseAnalysis::interfaceKey(a.device, a.object);
            in.downInterfaces.insert(key);
            interfaces.insert(key, id);
        }
    }
    const bool enabled = m_config.rootCause.enabled;
    const QHash<QString, RootCause> causes = enabled ? RootCauseAnalysis::analyse(in) : QHash<QString, RootCause>();

    QHash<qint64, int> symptoms;
    for (auto &[id, a] : m_alarms) {
        if (!isUnreachable(a))
            continue;
        qint64 root = 0;
        if (const auto cause = causes.constFind(a.device); cause != causes.cend()) {
            root = cause->kind == RootCause::Kind::Device
                       ? primary.value(cause->device)
                       : interfaces.value(RootCauseAnalysis::interfaceKey(cause->device, cause->interface));
        } else if (enabled && primary.value(a.device) != id) {
            root = primary.value(a.device); // SNMP unreachable beside the device's own ping alarm
        }
        if (root == id)
            root = 0;
        if (root)
            ++symptoms[root];
        if (root == a.rootCauseId)
            continue;
        a.rootCauseId = root;
        if (m_held.contains(id))
            continue; // its raise goes out with the grouping
        commit(a, root ? TransitionKind::Grouped : TransitionKind::Ungrouped, false, t, {},
               root ? QStringLiteral("symptom of alarm %1").arg(root) : QStringLiteral("no longer a symptom"));
        if (!root)
            exposeIfDue(a, t, QStringLiteral("no longer a symptom"));
    }
    for (auto &[id, a] : m_alarms) {
        const int n = symptoms.value(id);
        if (a.symptoms != n) {
            a.symptoms = n;
            m_dirty.insert(id);
        }
    }
    releaseHeld(t);
}

void AlarmEngine::releaseHeld(qint64 t)
{
    const QList<qint64> held = std::exchange(m_held, {});
    for (qint64 id : held) {
        const auto it = m_alarms.find(id);
        if (it == m_alarms.end() || !it->second.isActive())
            continue;
        Alarm &a = it->second;
        const bool notify = !isQuiet(a, t) && !a.flapping;
        a.notified = notify;
        commit(a, TransitionKind::Raised, notify, t, {}, a.summary);
    }
}

} // namespace OpsDeck::Alarms
