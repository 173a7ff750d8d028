// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "backend/domain/topologyrecords.h"
#include "backend/topology/topologygraph.h"

namespace OpsDeck::Topology {

/// One row of a device's LLDP neighbour table (LLDP-MIB lldpRemTable), as a
/// poller reports it: the local device and port, the neighbour's system name
/// and port (its port id when that is a name, else its port description).
struct LldpNeighbour
{
    QString localDevice;
    QString localPort;
    QString remoteSysName;
    QString remotePort;
};

/// Both ends of a cable, resolved to inventory ids where possible (0 when not).
struct CableEnds
{
    qint64 aDeviceId = 0;
    QString aDevice;
    qint64 aInterfaceId = 0;
    QString aPort;
    qint64 bDeviceId = 0;
    QString bDevice;
    qint64 bInterfaceId = 0;
    QString bPort;

    [[nodiscard]] QString toString() const; ///< "a:port — b:port"
};

/// One difference between LLDP and NetBox.
struct AuditFinding
{
    enum class Kind {
        MissingInNetBox,  ///< LLDP sees a link between two known devices that NetBox has no cable for
        NotSeenByLldp,    ///< NetBox has a cable at a polled device that LLDP does not see
        PortMismatch,     ///< LLDP and NetBox disagree about a port (or the device) at one end
        UnknownNeighbour, ///< LLDP sees a neighbour that is not in NetBox at all
    };
    Kind kind = Kind::MissingInNetBox;
    CableEnds observed;   ///< what LLDP sees (not for NotSeenByLldp)
    CableEnds recorded;   ///< NetBox's cable (not for MissingInNetBox / UnknownNeighbour)
    qint64 cableId = 0;   ///< NetBox's cable, where there is one
};

/// Outcome of an audit: the differences (ordered by kind, then device and
/// port) and how many links agreed.
struct AuditReport
{
    QList<AuditFinding> findings;
    int matched = 0;
    int skippedNeighbours = 0; ///< rows whose local device is not in the inventory

    [[nodiscard]] int count(AuditFinding::Kind kind) const;
};

/// Cables to create and delete in NetBox so that it matches what LLDP sees;
/// a plain description the NetBox writer can execute.
struct CableChange
{
    enum class Action { Create, Delete };
    Action action = Action::Create;
    qint64 cableId = 0;     ///< Delete: the cable
    CableEnds ends;
    QString reason;         ///< technical reason, e.g. "seen by LLDP, missing in NetBox"
};

struct CableChangeSet
{
    QList<CableChange> changes;

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
    [[nodiscard]] int creates() const;
    [[nodiscard]] int deletes() const;
    /// One line per change, deletes first: "delete cable #12 (a:x — b:y): reason".
    [[nodiscard]] QString description() const;
};

/// A device the audit can resolve LLDP system names to.
struct AuditDevice
{
    qint64 id = 0;
    QString name;
};

/// Compares LLDP neighbours with NetBox cables. Device names match
/// case-insensitively, also without their domain ("sw1" = "sw1.example.net");
/// port names match after normalising the usual abbreviations
/// ("Gi1/0/1" = "GigabitEthernet1/0/1", "Et1" = "Ethernet1"). A link seen from
/// both ends is reported once. Only cables with at least one end on a device
/// that reported neighbours can be "not seen"; planned cables never are.
/// Pure functions; any thread.
class LldpAudit final
{
public:
    [[nodiscard]] static AuditReport run(const QList<AuditDevice> &devices, const QList<Domain::LinkRecord> &links,
                                         const QList<LldpNeighbour> &neighbours);
    /// Audits against the cables of a graph (its scope bounds the audit).
    [[nodiscard]] static AuditReport run(const TopologyGraph &graph, const QList<LldpNeighbour> &neighbours);
    /// The changes that resolve @p findings: create what LLDP sees, delete
    /// what it does not, replace mismatched cables. Unknown neighbours need a
    /// device first and yield no change.
    [[nodiscard]] static CableChangeSet changeSet(const QList<AuditFinding> &findings);
    /// Canonical form of a port name for comparisons (Domain::normalisedInterfaceName).
    [[nodiscard]] static QString normalisedPort(const QString &port);
};

} // namespace OpsDeck::Topology

Q_DECLARE_METATYPE(OpsDeck::Topology::LldpNeighbour)
Q_DECLARE_METATYPE(OpsDeck::Topology::CableChangeSet)
