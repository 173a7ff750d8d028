// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/dashboard/interfaceseries.h"

namespace OpsDeck::Models {

namespace {

InterfaceSeries seriesAt(const QList<Domain::Interface> &interfaces, qsizetype index)
{
    const Domain::Interface &i = interfaces.at(index);
    const int ordinal = int(index) + 1;
    InterfaceSeries s;
    s.device = InterfaceSeries::deviceKey(i.deviceId);
    s.object = QStringLiteral("ifIndex:%1").arg(ordinal);
    if (InterfaceSeries::isOptical(i.type)) {
        s.rxSensor = QStringLiteral("sensor:%1").arg(ordinal * 100 + 1);
        s.txSensor = QStringLiteral("sensor:%1").arg(ordinal * 100 + 2);
    }
    s.interface = i;
    return s;
}

} // namespace

InterfaceSeries InterfaceSeries::find(const QList<Domain::Interface> &interfaces, qint64 interfaceId)
{
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        if (interfaces.at(i).id == interfaceId)
            return seriesAt(interfaces, i);
    }
    return {};
}

QList<InterfaceSeries> InterfaceSeries::all(const QList<Domain::Interface> &interfaces)
{
    QList<InterfaceSeries> out;
    out.reserve(interfaces.size());
    for (qsizetype i = 0; i < interfaces.size(); ++i)
        out << seriesAt(interfaces, i);
    return out;
}

bool InterfaceSeries::isOptical(const QString &interfaceType)
{
    return interfaceType.contains(QLatin1String("base-x")) || interfaceType.contains(QLatin1String("sfp"));
}

} // namespace OpsDeck::Models
