// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/dashboard/interfaceseries.h"

namespace OpsDeck::Models {

InterfaceSeries InterfaceSeries::of(const Domain::Interface &interface)
{
    InterfaceSeries s;
    s.device = deviceKey(interface.deviceId);
    s.interface = interface;
    if (interface.polledIfIndex > 0) {
        s.object = QStringLiteral("ifIndex:%1").arg(interface.polledIfIndex);
        if (interface.rxSensorIndex > 0)
            s.rxSensor = QStringLiteral("sensor:%1").arg(interface.rxSensorIndex);
        if (interface.txSensorIndex > 0)
            s.txSensor = QStringLiteral("sensor:%1").arg(interface.txSensorIndex);
    }
    return s;
}

InterfaceSeries InterfaceSeries::find(const QList<Domain::Interface> &interfaces, qint64 interfaceId)
{
    for (const Domain::Interface &i : interfaces) {
        if (i.id == interfaceId)
            return of(i);
    }
    return {};
}

QList<InterfaceSeries> InterfaceSeries::all(const QList<Domain::Interface> &interfaces)
{
    QList<InterfaceSeries> out;
    out.reserve(interfaces.size());
    for (const Domain::Interface &i : interfaces)
        out << of(i);
    return out;
}

bool InterfaceSeries::isOptical(const QString &interfaceType)
{
    return interfaceType.contains(QLatin1String("base-x")) || interfaceType.contains(QLatin1String("sfp"));
}

} // namespace OpsDeck::Models
