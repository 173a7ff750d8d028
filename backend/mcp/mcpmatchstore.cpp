// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpmatchstore.h"

#include <algorithm>

#include <QDateTime>

#include "backend/mcp/mcpinventorystore.h"
#include "backend/store/store.h"

namespace OpsDeck::Mcp {

namespace {

const QString kManualTable = QStringLiteral("mcp_manual_matches");
const QStringList kManualColumns = {QStringLiteral("ne_id"), QStringLiteral("device_id"),
                                    QStringLiteral("matched_at")};
const QString kNeTable = QStringLiteral("mcp_network_elements");
const QStringList kNeColumns = {QStringLiteral("id"),           QStringLiteral("name"),
                                QStringLiteral("ip_address"),   QStringLiteral("mac_address"),
                                QStringLiteral("serial"),       QStringLiteral("type_group"),
                                QStringLiteral("resource_type"), QStringLiteral("device_version"),
                                QStringLiteral("software_version"), QStringLiteral("device_id"),
                                QStringLiteral("match_method")};
constexpr int kNeDevice = 9;
constexpr int kNeMethod = 10;

} // namespace

Result<QHash<QString, qint64>> McpMatchStore::manualMatches(Store::Store &store)
{
    auto rows = store.tableRows(kManualTable, kManualColumns);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.insert(r.at(0).toString(), r.at(1).toLongLong());
    return out;
}

QList<NeMatch> McpMatchStore::applyManual(QList<NeMatch> matches, const QHash<QString, qint64> &manual,
                                          const QList<Domain::Device> &devices)
{
    if (manual.isEmpty())
        return matches;
    QHash<qint64, QString> names;
    for (const Domain::Device &d : devices)
        names.insert(d.id, d.name);
    QHash<qint64, QString> takenBy; // device -> element matched to it by hand
    for (auto it = manual.cbegin(); it != manual.cend(); ++it) {
        if (names.contains(it.value()))
            takenBy.insert(it.value(), it.key());
    }
    for (NeMatch &m : matches) {
        const auto own = manual.constFind(m.networkElementId);
        if (own != manual.cend() && names.contains(*own)) {
            m.deviceId = *own;
            m.deviceName = names.value(*own);
            m.method = MatchMethod::Manual;
            m.candidates.clear();
        } else if (m.deviceId && takenBy.contains(m.deviceId)) {
            m.deviceId = 0;
            m.deviceName.clear();
            m.method = MatchMethod::None;
        }
    }
    return matches;
}

Status McpMatchStore::setManualMatch(Store::Store &store, const QString &networkElementId, qint64 deviceId)
{
    QString deviceName;
    if (deviceId) {
        auto device = store.device(deviceId);
        if (!device)
            return Error(ErrorCode::NotFound, QStringLiteral("no NetBox device %1").arg(deviceId));
        deviceName = device->name;
    }
    return store.transaction([&]() -> Status {
        auto nes = store.tableRows(kNeTable, kNeColumns);
        if (!nes)
            return nes.error();
        const auto own = std::find_if(nes->begin(), nes->end(), [&](const QVariantList &r) {
            return r.at(0).toString() == networkElementId;
        });
        if (own == nes->end())
            return Error(ErrorCode::NotFound, QStringLiteral("no MCP network element %1").arg(networkElementId));
        for (QVariantList &r : *nes) {
            if (&r == &*own) {
                r[kNeDevice] = deviceId ? QVariant(deviceId) : QVariant();
                r[kNeMethod] = deviceId ? QVariant(matchMethodName(MatchMethod::Manual)) : QVariant();
            } else if (deviceId && r.at(kNeDevice).toLongLong() == deviceId) {
                r[kNeDevice] = QVariant(); // a device stands for one element
                r[kNeMethod] = QVariant();
            }
        }
        if (auto st = store.replaceRows(kNeTable, kNeColumns, *nes); !st)
            return st;
        auto manual = store.tableRows(kManualTable, kManualColumns);
        if (!manual)
            return manual.error();
        QList<QVariantList> rows;
        for (const QVariantList &r : std::as_const(*manual)) {
            if (r.at(0).toString() != networkElementId && (!deviceId || r.at(1).toLongLong() != deviceId))
                rows << r;
        }
        if (deviceId)
            rows << QVariantList{networkElementId, deviceId,
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
        return store.replaceRows(kManualTable, kManualColumns, rows);
    });
}

Result<QList<NeReviewRow>> McpMatchStore::reviewRows(Store::Store &store)
{
    auto elements = McpInventoryStore::loadElements(store);
    if (!elements)
        return elements.error();
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    QHash<qint64, QString> names;
    for (const Domain::Device &d : std::as_const(*devices))
        names.insert(d.id, d.name);
    const QList<NetworkElement> &nes = elements->inventory.networkElements;
    QList<NeReviewRow> out;
    out.reserve(nes.size());
    for (qsizetype i = 0; i < nes.size(); ++i) {
        const NetworkElement &ne = nes.at(i);
        const NeMatch &m = elements->matches.at(i);
        out << NeReviewRow{ne.id, ne.name, ne.ipAddress, ne.serialNumber, ne.typeGroup, m.deviceId,
                           names.value(m.deviceId), m.method};
    }
    std::sort(out.begin(), out.end(), [](const NeReviewRow &a, const NeReviewRow &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace OpsDeck::Mcp
