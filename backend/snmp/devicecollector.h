// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QObject>

#include "backend/core/result.h"
#include "backend/snmp/devicedata.h"
#include "backend/snmp/snmptypes.h"

namespace OpsDeck::Snmp {

class SnmpPoller;

/// What a collection reads.
enum class CollectPart {
    System = 0x1,
    Interfaces = 0x2,
    Sensors = 0x4,
    Lldp = 0x8,
    Pdu = 0x10,
    All = 0x1f,
};

/// Collects a DeviceSnapshot from one agent: the system group, ifTable +
/// ifXTable, ENTITY-SENSOR-MIB readings, LLDP neighbours and PDU load, all
/// requested at once through an SnmpPoller (not owned). The collection fails
/// when the system group cannot be read (unreachable, wrong credentials);
/// parts that fail otherwise are listed in DeviceSnapshot::warnings.
///
/// Thread: the thread of the poller; emits finished() once per collect().
class DeviceCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCollector)

public:
    explicit DeviceCollector(SnmpPoller *poller, QObject *parent = nullptr);
    ~DeviceCollector() override;

    /// Starts a collection; returns its id.
    quint64 collect(const SnmpTarget &target, int parts = int(CollectPart::All));

signals:
    void finished(quint64 collectionId, const OpsDeck::Result<OpsDeck::Snmp::DeviceSnapshot> &result);

private:
    struct Collection;
    void handleReply(quint64 requestId, const Result<VarBindList> &result);

    SnmpPoller *m_poller;
    quint64 m_nextId = 1;
    QHash<quint64, Collection *> m_collections;        // by collection id
    QHash<quint64, std::pair<quint64, int>> m_requests; // request id -> collection id, slot
};

} // namespace OpsDeck::Snmp

Q_DECLARE_METATYPE(OpsDeck::Result<OpsDeck::Snmp::DeviceSnapshot>)
