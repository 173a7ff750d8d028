// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/changeset/changesetbase.h"

#include <optional>

namespace OpsDeck::Models {

namespace {

// Fields that hold a related object's id, and where its name is.
struct RefField
{
    Domain::ObjectKind kind;
    const char *nameField;
};

std::optional<RefField> refField(const QString &field)
{
    using K = Domain::ObjectKind;
    static const QHash<QString, RefField> fields = {
        {QStringLiteral("site"), {K::Site, "name"}},
        {QStringLiteral("location"), {K::Location, "name"}},
        {QStringLiteral("rack"), {K::Rack, "name"}},
        {QStringLiteral("role"), {K::DeviceRole, "name"}},
        {QStringLiteral("platform"), {K::Platform, "name"}},
        {QStringLiteral("tenant"), {K::Tenant, "name"}},
        {QStringLiteral("device_type"), {K::DeviceType, "model"}},
        {QStringLiteral("device"), {K::Device, "name"}},
    };
    const auto it = fields.constFind(field);
    return it == fields.cend() ? std::nullopt : std::optional<RefField>(*it);
}

} // namespace

Result<ChangeSetBase> ChangeSetBase::read(Store::Store &store, const NetBox::ChangeSet &updates)
{
    auto diff = updates.diff(store);
    if (!diff)
        return diff.error();
    ChangeSetBase base;
    base.diff = *diff;
    // What the views call each object: its name (an address for IPs).
    for (const NetBox::Edit &e : updates.edits()) {
        for (const char *field : {"name", "address", "label"}) {
            auto value = NetBox::ChangeSet::syncedValue(store, e.kind, e.id, QString::fromLatin1(field));
            if (value && value->isString() && !value->toString().isEmpty()) {
                base.labels.insert(objectKey(e.kind, e.id), value->toString());
                break;
            }
        }
    }
    // Names of the related objects on either side (rack 4 is "AMS1-R001").
    for (const NetBox::FieldDiff &d : std::as_const(base.diff)) {
        const auto ref = refField(d.field);
        if (!ref)
            continue;
        for (const QJsonValue &v : {d.proposed, d.synced}) {
            if (!v.isDouble() || base.refNames.contains(refKey(d.field, v.toInteger())))
                continue;
            auto name =
                NetBox::ChangeSet::syncedValue(store, ref->kind, v.toInteger(), QString::fromLatin1(ref->nameField));
            if (name && name->isString())
                base.refNames.insert(refKey(d.field, v.toInteger()), name->toString());
        }
    }
    return base;
}

bool ChangeSetBase::isReference(const QString &field)
{
    return refField(field).has_value();
}

QString ChangeSetBase::objectKey(Domain::ObjectKind kind, qint64 id)
{
    return Domain::kindInfo(kind).key + u'/' + QString::number(id);
}

QString ChangeSetBase::refKey(const QString &field, qint64 id)
{
    return field + u'/' + QString::number(id);
}

} // namespace OpsDeck::Models
