// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>

#include "backend/domain/inventory.h"
#include "backend/metrics/metricstore.h"

namespace OpsDeck::Models {

/// The metric series of a NetBox device and its interfaces. Series keys use
/// the NetBox device id as text; interface k (1-based, in NetBox id order,
/// as Store::interfaces() lists them) is "ifIndex:k", its optical Rx and Tx
/// sensors "sensor:k01" and "sensor:k02". This is the one place that maps
/// inventory objects to series, so a stored ifName match can replace the
/// ordinal rule here alone. Value type; any thread.
struct InterfaceSeries
{
    QString device;        ///< series key device
    QString object;        ///< "ifIndex:k", empty when the interface is unknown
    QString rxSensor;      ///< "sensor:k01" for optical ports, else empty
    QString txSensor;      ///< "sensor:k02" for optical ports, else empty
    Domain::Interface interface;

    [[nodiscard]] bool isValid() const { return !object.isEmpty(); }
    [[nodiscard]] Metrics::SeriesKey key(const QString &metric) const { return {device, object, metric}; }

    /// The series of interface @p interfaceId among @p interfaces (all of one device).
    [[nodiscard]] static InterfaceSeries find(const QList<Domain::Interface> &interfaces, qint64 interfaceId);
    /// The series of every interface of a device, in the same order.
    [[nodiscard]] static QList<InterfaceSeries> all(const QList<Domain::Interface> &interfaces);
    [[nodiscard]] static QString deviceKey(qint64 deviceId) { return QString::number(deviceId); }
    /// Fibre and pluggable optics (SFP, QSFP, "...base-x...").
    [[nodiscard]] static bool isOptical(const QString &interfaceType);
};

} // namespace OpsDeck::Models
