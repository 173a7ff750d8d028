// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/rack/racklivestatemerger.h"

namespace OpsDeck::Models {

QHash<qint64, RackLiveState> RackLiveStateMerger::mergePolled(const QHash<qint64, RackLiveState> &polled)
{
    m_polled = polled;
    return states();
}

QHash<qint64, RackLiveState> RackLiveStateMerger::mergeAlarms(const QHash<qint64, DeviceAlarmCount> &counts)
{
    m_alarms.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != 0 && !it->isEmpty())
            m_alarms.insert(it.key(), *it);
    }
    return states();
}

QHash<qint64, RackLiveState> RackLiveStateMerger::states() const
{
    QHash<qint64, RackLiveState> out = m_polled;
    for (auto it = m_alarms.cbegin(); it != m_alarms.cend(); ++it) {
        // A device that is not polled gets a state with only its alarms.
        RackLiveState &s = out[it.key()];
        s.alarms += it->total();
        if (it->worst && (!s.alarmSeverity || *it->worst < *s.alarmSeverity))
            s.alarmSeverity = it->worst;
    }
    return out;
}

} // namespace OpsDeck::Models
