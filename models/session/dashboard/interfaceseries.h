// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/domain/inventory.h"
#include "backend/domain/serieskey.h"

namespace OpsDeck::Models {

/// The metric series of a NetBox device and its interfaces. Series keys use
/// the NetBox device id as text; an interface's series are those of the
/// polled SNMP interface matched to it (Domain::Interface::polledIfIndex,
/// stored by the collector or the demo): "ifIndex:<polledIfIndex>", its
/// optical Rx and Tx sensors "sensor:<entity index>". An interface without
/// a match has no series (isPolled() false): views say so instead of
/// showing a chart or a rate. This is the one place that maps inventory
/// objects to series. Value type; any thread.
struct InterfaceSeries
{
    QString device;        ///< series key device
    QString object;        ///< "ifIndex:N", empty when no polled interface matches
    QString rxSensor;      ///< "sensor:N" of its optical Rx power, else empty
    QString txSensor;      ///< "sensor:N" of its optical Tx power, else empty
    Domain::Interface interface;

    /// The interface is known (in the list it was looked up in).
    [[nodiscard]] bool isValid() const { return interface.id != 0; }
    /// A polled SNMP interface matches it: its series exist.
    [[nodiscard]] bool isPolled() const { return !object.isEmpty(); }
    [[nodiscard]] Domain::SeriesKey key(const QString &metric) const { return {device, object, metric}; }

    /// The series of interface @p interfaceId among @p interfaces (all of one
    /// device); not valid when it is not among them.
    [[nodiscard]] static InterfaceSeries find(const QList<Domain::Interface> &interfaces, qint64 interfaceId);
    /// The series of every interface of a device, in the same order.
    [[nodiscard]] static QList<InterfaceSeries> all(const QList<Domain::Interface> &interfaces);
    /// The series of one interface.
    [[nodiscard]] static InterfaceSeries of(const Domain::Interface &interface);
    [[nodiscard]] static QString deviceKey(qint64 deviceId) { return QString::number(deviceId); }
    /// Fibre and pluggable optics (SFP, QSFP, "...base-x...").
    [[nodiscard]] static bool isOptical(const QString &interfaceType);
};

} // namespace OpsDeck::Models
