// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/changeset.h"

#include <QJsonArray>

#include "backend/store/store.h"

namespace OpsDeck::NetBox {

using Domain::ObjectKind;

void ChangeSet::update(ObjectKind kind, qint64 id, const QJsonObject &fields)
{
    for (Edit &e : m_edits) {
        if (e.type == Edit::Type::Update && e.kind == kind && e.id == id) {
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                e.fields.insert(it.key(), it.value());
            return;
        }
    }
    m_edits << Edit{Edit::Type::Update, kind, id, fields};
}

void ChangeSet::create(ObjectKind kind, const QJsonObject &body)
{
    m_edits << Edit{Edit::Type::Create, kind, 0, body};
}

void ChangeSet::setDeviceAttributes(qint64 deviceId, const QJsonObject &fields)
{
    update(ObjectKind::Device, deviceId, fields);
}

void ChangeSet::placeDevice(qint64 deviceId, qint64 rackId, double position, const QString &face)
{
    update(ObjectKind::Device, deviceId,
           {{QStringLiteral("rack"), rackId}, {QStringLiteral("position"), position}, {QStringLiteral("face"), face}});
}

void ChangeSet::setInterface(qint64 interfaceId, std::optional<QString> description, std::optional<bool> enabled)
{
    QJsonObject fields;
    if (description)
        fields.insert(QStringLiteral("description"), *description);
    if (enabled)
        fields.insert(QStringLiteral("enabled"), *enabled);
    update(ObjectKind::Interface, interfaceId, fields);
}

void ChangeSet::addCable(const QString &aType, qint64 aId, const QString &bType, qint64 bId, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("a_terminations"),
                QJsonArray{QJsonObject{{QStringLiteral("object_type"), aType}, {QStringLiteral("object_id"), aId}}});
    body.insert(QStringLiteral("b_terminations"),
                QJsonArray{QJsonObject{{QStringLiteral("object_type"), bType}, {QStringLiteral("object_id"), bId}}});
    create(ObjectKind::Cable, body);
}

void ChangeSet::assignIpAddress(const QString &address, qint64 interfaceId, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("address"), address);
    body.insert(QStringLiteral("assigned_object_type"), QStringLiteral("dcim.interface"));
    body.insert(QStringLiteral("assigned_object_id"), interfaceId);
    if (!body.contains(QStringLiteral("status")))
        body.insert(QStringLiteral("status"), QStringLiteral("active"));
    create(ObjectKind::IpAddress, body);
}

void ChangeSet::addDevice(const QJsonObject &body)
{
    create(ObjectKind::Device, body);
}

Result<QJsonValue> ChangeSet::syncedValue(Store::Store &store, ObjectKind kind, qint64 id, const QString &field)
{
    auto row = store.row(kind, id);
    if (!row)
        return row.error();
    const QList<Domain::ColumnSpec> &columns = Domain::kindInfo(kind).columns;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const Domain::ColumnSpec &c = columns.at(i);
        if (c.paths.value(0).size() != 1 || c.paths.value(0).value(0) != field)
            continue;
        const QVariant v = row->value(i);
        if (v.isNull())
            return QJsonValue(QJsonValue::Null);
        switch (c.type) {
        case Domain::ColumnType::Boolean: return QJsonValue(v.toBool());
        case Domain::ColumnType::Integer: return QJsonValue(v.toLongLong());
        case Domain::ColumnType::Real: return QJsonValue(v.toDouble());
        case Domain::ColumnType::Text: return QJsonValue(v.toString());
        }
    }
    return QJsonValue(QJsonValue::Undefined); // not mirrored
}

Result<QString> ChangeSet::syncedLastUpdated(Store::Store &store, ObjectKind kind, qint64 id)
{
    auto row = store.row(kind, id);
    if (!row)
        return row.error();
    return row->constLast().toString();
}

Result<QList<FieldDiff>> ChangeSet::diff(Store::Store &store) const
{
    QList<FieldDiff> out;
    for (const Edit &e : m_edits) {
        for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it) {
            FieldDiff d{e.kind, e.id, it.key(), QJsonValue(QJsonValue::Undefined), it.value(), true};
            if (e.type == Edit::Type::Update) {
                auto synced = syncedValue(store, e.kind, e.id, it.key());
                if (!synced)
                    return synced.error();
                d.synced = *synced;
                d.changed = !(d.synced == d.proposed);
            }
            out << d;
        }
    }
    return out;
}

} // namespace OpsDeck::NetBox
