// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>

#include "backend/alarms/alarmengine.h"

namespace OpsDeck::Alarms::Testing {

/// Every transition an engine emits, with queries for assertions.
class TransitionLog : public QObject
{
public:
    explicit TransitionLog(AlarmEngine &engine)
    {
        connect(&engine, &AlarmEngine::transition, this, [this](const AlarmTransition &t) { all << t; });
    }

    [[nodiscard]] QList<AlarmTransition> of(TransitionKind kind) const
    {
        QList<AlarmTransition> out;
        for (const AlarmTransition &t : all) {
            if (t.kind == kind)
                out << t;
        }
        return out;
    }
    [[nodiscard]] QList<AlarmTransition> notified() const
    {
        QList<AlarmTransition> out;
        for (const AlarmTransition &t : all) {
            if (t.notify)
                out << t;
        }
        return out;
    }

    QList<AlarmTransition> all;
};

/// A rule set of the defaults plus @p extra, with flap detection set.
inline AlarmRulesConfig rulesWith(const QList<AlarmRule> &extra, int flapTransitions = 100, int flapWindowSeconds = 600)
{
    AlarmRulesConfig c = AlarmRulesConfig::defaults();
    c.rules << extra;
    c.flap.transitions = flapTransitions;
    c.flap.windowSeconds = flapWindowSeconds;
    return c;
}

inline AlarmRule thresholdRule(const QString &id, const QString &metric, double above, double hysteresis = 0,
                               int forSeconds = 0)
{
    AlarmRule r;
    r.id = id;
    r.kind = RuleKind::Threshold;
    r.metric = metric;
    r.above = above;
    r.hysteresis = hysteresis;
    r.forSeconds = forSeconds;
    return r;
}

} // namespace OpsDeck::Alarms::Testing
