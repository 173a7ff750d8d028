// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>

#include "models/session/alarms/devicealarmcount.h"
#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Models {

/// The live state over the rack faceplates, fed by two sources that each
/// own their fields: polling (reachability, inlet temperature, links and any
/// alarm count it has) and the alarm engine's active alarms (added to the
/// polled count, with the worst severity). Each source gives its complete
/// set; a device one source leaves out loses only that source's fields.
/// Both merges return the states of every device, as RackScene::setLiveState()
/// takes them. A plain value type; any thread.
class RackLiveStateMerger final
{
public:
    [[nodiscard]] QHash<qint64, RackLiveState> mergePolled(const QHash<qint64, RackLiveState> &polled);
    /// Takes the engine's counts by device id (devices not in the inventory, id 0, are ignored).
    [[nodiscard]] QHash<qint64, RackLiveState> mergeAlarms(const QHash<qint64, DeviceAlarmCount> &counts);
    [[nodiscard]] QHash<qint64, RackLiveState> states() const;

private:
    QHash<qint64, RackLiveState> m_polled;
    QHash<qint64, DeviceAlarmCount> m_alarms;
};

} // namespace OpsDeck::Models
