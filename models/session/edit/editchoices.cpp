// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/edit/editchoices.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "backend/domain/objectkind.h"
#include "backend/netbox/changeset.h"
#include "backend/store/store.h"
#include "models/session/inventory/inventoryservice.h"

Q_LOGGING_CATEGORY(lcEditChoices, "opsdeck.edit")

namespace OpsDeck::Models {

namespace {

/// The id and name of every object of a kind, sorted by name. The store has
/// no list query for these small kinds, so the ids come from lastUpdated()
/// and each name from the object's row.
Result<QList<EditRef>> namedObjects(Store::Store &store, Domain::ObjectKind kind)
{
    const QList<Domain::ColumnSpec> &columns = Domain::kindInfo(kind).columns;
    qsizetype nameColumn = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == QLatin1String("name"))
            nameColumn = i;
    }
    Q_ASSERT(nameColumn > 0);
    auto ids = store.lastUpdated(kind);
    if (!ids)
        return ids.error();
    QList<EditRef> out;
    out.reserve(ids->size());
    for (auto it = ids->constBegin(); it != ids->constEnd(); ++it) {
        auto row = store.row(kind, it.key());
        if (!row)
            return row.error();
        out << EditRef{it.key(), row->value(nameColumn).toString()};
    }
    std::sort(out.begin(), out.end(), [](const EditRef &a, const EditRef &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

} // namespace

bool CableEndpoint::isConnectable() const
{
    static const QStringList notConnectable{QStringLiteral("virtual"),         QStringLiteral("bridge"),
                                            QStringLiteral("lag"),             QStringLiteral("ieee802.11a"),
                                            QStringLiteral("ieee802.11g"),     QStringLiteral("ieee802.11n"),
                                            QStringLiteral("ieee802.11ac"),    QStringLiteral("ieee802.11ad"),
                                            QStringLiteral("ieee802.11ax"),    QStringLiteral("ieee802.11ay"),
                                            QStringLiteral("ieee802.11be"),    QStringLiteral("ieee802.15.1"),
                                            QStringLiteral("other-wireless")};
    return !notConnectable.contains(type);
}

Result<EditChoices> EditChoices::read(Store::Store &store, qint64 siteId)
{
    EditChoices choices;
    auto roles = namedObjects(store, Domain::ObjectKind::DeviceRole);
    if (!roles)
        return roles.error();
    choices.roles = std::move(*roles);
    auto platforms = namedObjects(store, Domain::ObjectKind::Platform);
    if (!platforms)
        return platforms.error();
    choices.platforms = std::move(*platforms);
    auto tenants = namedObjects(store, Domain::ObjectKind::Tenant);
    if (!tenants)
        return tenants.error();
    choices.tenants = std::move(*tenants);
    if (siteId == 0)
        return choices;

    auto devices = store.devices(siteId);
    if (!devices)
        return devices.error();
    choices.siteId = siteId;
    choices.siteDevices.reserve(devices->size());
    for (const Domain::Device &device : std::as_const(*devices)) {
        auto interfaces = store.interfaces(device.id);
        if (!interfaces)
            return interfaces.error();
        CableDevice cd{device.id, device.name, {}};
        cd.interfaces.reserve(interfaces->size());
        for (const Domain::Interface &i : std::as_const(*interfaces))
            cd.interfaces << CableEndpoint{i.id, i.name, i.type, i.cableId, i.peerDevice, i.peerPort};
        choices.siteDevices << std::move(cd);
    }
    std::stable_sort(choices.siteDevices.begin(), choices.siteDevices.end(),
                     [](const CableDevice &a, const CableDevice &b) {
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    return choices;
}

void EditChoices::load(InventoryService *service, QObject *context, qint64 siteId, LoadCallback done)
{
    if (!context || !done)
        return;
    if (!service || !service->isOpen()) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(Error(ErrorCode::NotFound, QStringLiteral("no workspace is open")));
        });
        return;
    }
    service->withStore(context, [siteId, done = std::move(done)](Store::Store &store) -> std::function<void()> {
        Result<EditChoices> choices = read(store, siteId);
        if (!choices)
            qCWarning(lcEditChoices) << "cannot read the edit choices:" << choices.error().toString();
        return [done, choices = std::move(choices)] { done(choices); };
    });
}

void EditChoices::markPendingCables(const QList<NetBox::Edit> &edits)
{
    QSet<qint64> ends;
    for (const NetBox::Edit &edit : edits) {
        if (edit.type != NetBox::Edit::Type::Create || edit.kind != Domain::ObjectKind::Cable)
            continue;
        for (const QString &side : {QStringLiteral("a_terminations"), QStringLiteral("b_terminations")}) {
            const QJsonArray terminations = edit.fields.value(side).toArray();
            for (const QJsonValue &t : terminations) {
                const QJsonObject termination = t.toObject();
                if (termination.value(QStringLiteral("object_type")).toString() == QLatin1String("dcim.interface"))
                    ends.insert(termination.value(QStringLiteral("object_id")).toInteger());
            }
        }
    }
    for (CableDevice &device : siteDevices) {
        for (CableEndpoint &endpoint : device.interfaces)
            endpoint.pendingCable = endpoint.pendingCable || ends.contains(endpoint.id);
    }
}

const CableDevice *EditChoices::siteDevice(qint64 id) const
{
    for (const CableDevice &d : siteDevices) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QList<EditChoice> EditChoices::deviceStatuses()
{
    return {
        {QStringLiteral("offline"), tr("Offline")},
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("planned"), tr("Planned")},
        {QStringLiteral("staged"), tr("Staged")},
        {QStringLiteral("failed"), tr("Failed")},
        {QStringLiteral("inventory"), tr("Inventory")},
        {QStringLiteral("decommissioning"), tr("Decommissioning")},
    };
}

QList<EditChoice> EditChoices::ipAddressStatuses()
{
    return {
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("reserved"), tr("Reserved")},
        {QStringLiteral("deprecated"), tr("Deprecated")},
        {QStringLiteral("dhcp"), tr("DHCP")},
        {QStringLiteral("slaac"), tr("SLAAC")},
    };
}

QList<EditChoice> EditChoices::cableStatuses()
{
    return {
        {QStringLiteral("connected"), tr("Connected")},
        {QStringLiteral("planned"), tr("Planned")},
        {QStringLiteral("decommissioning"), tr("Decommissioning")},
    };
}

QList<EditChoice> EditChoices::cableLengthUnits()
{
    return {
        {QStringLiteral("m"), tr("Metres")},
        {QStringLiteral("cm"), tr("Centimetres")},
        {QStringLiteral("km"), tr("Kilometres")},
        {QStringLiteral("ft"), tr("Feet")},
        {QStringLiteral("in"), tr("Inches")},
        {QStringLiteral("mi"), tr("Miles")},
    };
}

QString EditChoices::labelOf(const QList<EditChoice> &choices, const QString &value)
{
    for (const EditChoice &c : choices) {
        if (c.value == value)
            return c.label;
    }
    return value;
}

} // namespace OpsDeck::Models
