// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpinventorystore.h"

#include <QDateTime>

#include "backend/store/store.h"

namespace OpsDeck::Mcp {

namespace {

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

Result<StoredInventory> McpInventoryStore::loadElements(Store::Store &store)
{
    StoredInventory out;
    auto nes = store.tableRows(QStringLiteral("mcp_network_elements"),
                               columns({"id", "name", "ip_address", "serial", "type_group", "device_id", "match_method"}));
    if (!nes)
        return nes.error();
    for (const QVariantList &r : std::as_const(*nes)) {
        NetworkElement ne;
        ne.id = r.at(0).toString();
        ne.name = r.at(1).toString();
        ne.ipAddress = r.at(2).toString();
        ne.serialNumber = r.at(3).toString();
        ne.typeGroup = r.at(4).toString();
        ne.constructType = QStringLiteral("networkElement");
        out.inventory.networkElements << ne;
        NeMatch m;
        m.networkElementId = ne.id;
        m.networkElementName = ne.name;
        m.deviceId = r.at(5).toLongLong();
        m.method = m.deviceId ? matchMethodFromName(r.at(6).toString()) : MatchMethod::None;
        out.matches << m;
    }
    return out;
}

Result<StoredInventory> McpInventoryStore::load(Store::Store &store)
{
    auto elements = loadElements(store);
    if (!elements)
        return elements.error();
    StoredInventory out = std::move(*elements);
    auto tpes = store.tableRows(QStringLiteral("mcp_tpes"),
                                columns({"id", "ne_id", "native_name", "structure_type", "state", "shelf", "slot", "port"}));
    if (!tpes)
        return tpes.error();
    for (const QVariantList &r : std::as_const(*tpes))
        out.inventory.tpes << Tpe{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                                  r.at(4).toString(), r.at(5).toString(), r.at(6).toString(), r.at(7).toString()};
    auto fres = store.tableRows(QStringLiteral("mcp_fres"), columns({"id", "name", "layer_rate", "service_class", "fre_type",
                                                                     "operation_state", "a_tpe_id", "z_tpe_id"}));
    if (!fres)
        return fres.error();
    for (const QVariantList &r : std::as_const(*fres)) {
        Fre f;
        f.id = r.at(0).toString();
        f.name = r.at(1).toString();
        f.layerRate = r.at(2).toString();
        f.serviceClass = r.at(3).toString();
        f.freType = r.at(4).toString();
        f.operationState = r.at(5).toString();
        for (int i : {6, 7}) {
            if (!r.at(i).toString().isEmpty())
                f.tpeIds << r.at(i).toString();
        }
        out.inventory.fres << f;
    }
    auto alarms = store.tableRows(QStringLiteral("mcp_alarms"),
                                  columns({"id", "ne_id", "device_name", "ip_address", "resource", "condition_type",
                                           "severity", "state", "service_affecting", "acknowledged", "first_raised",
                                           "last_raised", "additional_text", "occurrences"}));
    if (!alarms)
        return alarms.error();
    for (const QVariantList &r : std::as_const(*alarms)) {
        Alarm a;
        a.id = r.at(0).toString();
        a.networkElementId = r.at(1).toString();
        a.deviceName = r.at(2).toString();
        a.ipAddress = r.at(3).toString();
        a.resource = r.at(4).toString();
        a.condition = r.at(5).toString();
        a.severity = severityFromName(r.at(6).toString());
        a.state = r.at(7).toString();
        a.serviceAffecting = r.at(8).toBool();
        a.acknowledged = r.at(9).toBool();
        a.firstRaised = QDateTime::fromString(r.at(10).toString(), Qt::ISODateWithMs);
        a.lastRaised = QDateTime::fromString(r.at(11).toString(), Qt::ISODateWithMs);
        a.additionalText = r.at(12).toString();
        a.occurrences = r.at(13).toInt();
        out.inventory.alarms << a;
    }
    return out;
}

} // namespace OpsDeck::Mcp
