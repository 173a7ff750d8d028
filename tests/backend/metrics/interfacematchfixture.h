// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/domain/inventory.h"

namespace OpsDeck::Test {

/// An interface match as the collector writes it (matchedAt left empty).
inline Domain::InterfaceMatch interfaceMatch(qint64 ifIndex, qint64 interfaceId, const QString &matchedBy,
                                             qint64 rxSensor = 0, qint64 txSensor = 0)
{
    Domain::InterfaceMatch m;
    m.ifIndex = ifIndex;
    m.interfaceId = interfaceId;
    m.matchedBy = matchedBy;
    m.rxSensor = rxSensor;
    m.txSensor = txSensor;
    return m;
}

} // namespace OpsDeck::Test
