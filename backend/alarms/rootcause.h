// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "backend/domain/devicelabels.h"
#include "backend/domain/topologyrecords.h"

namespace OpsDeck::Topology {
struct LldpNeighbour;
}

namespace OpsDeck::Alarms {

/// One physical link between two device interfaces (a NetBox cable or an
/// LLDP adjacency), by device and interface name.
struct TopologyLink
{
    QString aDevice;
    QString aInterface;
    QString bDevice;
    QString bInterface;

    bool operator==(const TopologyLink &) const = default;
};

/// What made a device unreachable.
struct RootCause
{
    enum class Kind { None, Device, Link };
    Kind kind = Kind::None; ///< None: the device is a root cause itself (or not grouped)
    QString device;         ///< Device: the down device; Link: the device of the down interface
    QString interface;      ///< Link: the down interface

    [[nodiscard]] bool isSet() const { return kind != Kind::None; }
    bool operator==(const RootCause &) const = default;
};

/// Finds the root causes of unreachable devices from the topology. Pure; any
/// thread.
///
/// The search starts at the collector's attachment points: the configured
/// devices, or by default every device that answered its last probe (an
/// answer proves a path from the collector). It walks through devices that
/// are not down over links whose interfaces are not down: that is the
/// reachable part. A down device next to it over a live link, or an
/// attachment device that is down, is a root cause; a down device next to it
/// only over down links is a symptom of the nearest such link. Down devices
/// behind those (reached only through down devices) are symptoms of the
/// nearest root cause, breadth first, ties to the smaller name. A device
/// that keeps one live path is reachable, hence never a symptom; a down
/// device the topology does not connect to any root cause stays on its own.
class RootCauseAnalysis final
{
public:
    struct Input
    {
        QList<TopologyLink> links;
        QSet<QString> down;           ///< devices with an active unreachable alarm
        QSet<QString> answering;      ///< devices whose last probe was answered
        QSet<QString> downInterfaces; ///< interfaceKey(device, interface) of down interfaces
        QStringList attachment;       ///< configured attachment devices; empty: the answering ones
    };

    /// Each down device that is a symptom, with its cause.
    [[nodiscard]] static QHash<QString, RootCause> analyse(const Input &input);

    [[nodiscard]] static QString interfaceKey(const QString &device, const QString &interface);

    /// The links of NetBox cables (device ids named through @p devices) and
    /// LLDP adjacencies, without duplicates (an LLDP row for a cabled pair
    /// of interfaces is the same link).
    [[nodiscard]] static QList<TopologyLink> links(const QList<Domain::LinkRecord> &cables,
                                                   const QList<Domain::DeviceLabels> &devices,
                                                   const QList<Topology::LldpNeighbour> &lldp);
};

} // namespace OpsDeck::Alarms
