// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcptopology.h"

namespace OpsDeck::Mcp {

namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

} // namespace

QHash<QString, qint64> McpTopology::alarmDevices(const Inventory &inventory, const QList<NeMatch> &matches)
{
    QHash<QString, qint64> deviceOfNe;
    QHash<QString, QString> neByName;
    QHash<QString, QString> neByIp;
    for (const NeMatch &m : matches)
        deviceOfNe.insert(m.networkElementId, m.deviceId);
    for (const NetworkElement &ne : inventory.networkElements) {
        neByName.insert(nameKey(ne.name), ne.id);
        if (!ne.ipAddress.isEmpty())
            neByIp.insert(ne.ipAddress, ne.id);
    }
    QHash<QString, qint64> out;
    for (const Alarm &a : inventory.alarms) {
        QString ne = a.networkElementId;
        if (!deviceOfNe.contains(ne))
            ne = neByName.value(nameKey(a.deviceName));
        if (ne.isEmpty())
            ne = neByIp.value(a.ipAddress);
        out.insert(a.id, deviceOfNe.value(ne));
    }
    return out;
}

QList<OpticalEdge> McpTopology::opticalEdges(const Inventory &inventory, const QList<NeMatch> &matches)
{
    QHash<QString, const Tpe *> tpes;
    for (const Tpe &t : inventory.tpes)
        tpes.insert(t.id, &t);
    QHash<QString, const NetworkElement *> nes;
    for (const NetworkElement &ne : inventory.networkElements)
        nes.insert(ne.id, &ne);
    QHash<QString, qint64> deviceOfNe;
    for (const NeMatch &m : matches)
        deviceOfNe.insert(m.networkElementId, m.deviceId);
    // Active alarms per (network element, port).
    QHash<QString, int> alarmsOnPort;
    QHash<QString, QString> neByName;
    for (const NetworkElement &ne : inventory.networkElements)
        neByName.insert(nameKey(ne.name), ne.id);
    for (const Alarm &a : inventory.alarms) {
        if (a.state != QLatin1String("ACTIVE"))
            continue;
        const QString ne = nes.contains(a.networkElementId) ? a.networkElementId : neByName.value(nameKey(a.deviceName));
        alarmsOnPort[ne + QLatin1Char('|') + a.resource] += 1;
    }

    QList<OpticalEdge> out;
    for (const Fre &f : inventory.fres) {
        if (!f.isOptical() || f.tpeIds.size() < 2)
            continue;
        const Tpe *a = tpes.value(f.tpeIds.constFirst());
        const Tpe *z = tpes.value(f.tpeIds.constLast());
        if (!a || !z)
            continue;
        OpticalEdge e;
        e.freId = f.id;
        e.label = f.name;
        e.layerRate = f.layerRate;
        e.aNetworkElementId = a->networkElementId;
        e.aNetworkElementName = nes.contains(a->networkElementId) ? nes.value(a->networkElementId)->name : QString();
        e.aPort = a->nativeName;
        e.aDeviceId = deviceOfNe.value(a->networkElementId);
        e.zNetworkElementId = z->networkElementId;
        e.zNetworkElementName = nes.contains(z->networkElementId) ? nes.value(z->networkElementId)->name : QString();
        e.zPort = z->nativeName;
        e.zDeviceId = deviceOfNe.value(z->networkElementId);
        e.activeAlarms = alarmsOnPort.value(e.aNetworkElementId + QLatin1Char('|') + e.aPort)
                         + alarmsOnPort.value(e.zNetworkElementId + QLatin1Char('|') + e.zPort);
        out << e;
    }
    return out;
}

} // namespace OpsDeck::Mcp
