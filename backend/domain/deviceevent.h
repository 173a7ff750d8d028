// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OpsDeck::Domain {

/// One event the service received about a device (an SNMP notification
/// today), as the store keeps it.
struct DeviceEvent
{
    qint64 id = 0;          ///< assigned by the store, increasing
    QDateTime receivedAt;   ///< UTC
    qint64 deviceId = 0;    ///< 0 when the source matched no known device
    QString deviceName;     ///< the device's name, else the source address
    QString source;         ///< the sender's address
    QString kind;           ///< "snmp.trap", "snmp.inform"
    QString name;           ///< e.g. "linkDown"
    QString oid;            ///< the notification's OID
    QString summary;        ///< one line for lists
    QJsonObject data;       ///< everything else (varbinds, version, ...)
};

} // namespace OpsDeck::Domain
