// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace OpsDeck::Store {

namespace {

Result<QList<Domain::LabelChoice>> readChoices(QSqlQuery &q, const QString &table)
{
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(slug, ''), name FROM %1 ORDER BY name, id").arg(table)))
        return Error(ErrorCode::Io, QStringLiteral("cannot list %1").arg(table));
    QList<Domain::LabelChoice> out;
    while (q.next())
        out << Domain::LabelChoice{q.value(0).toString(), q.value(1).toString()};
    return out;
}

} // namespace

Result<QList<Domain::DeviceLabels>> Store::deviceLabels()
{
    // Tag names by slug, for devices whose tags column holds bare slugs.
    QHash<QString, QString> tagNames;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT slug, name FROM tags WHERE slug IS NOT NULL")))
            return sqlError(q, QStringLiteral("cannot list tags"));
        while (q.next())
            tagNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT d.id, d.name, ip.address, s.slug, s.name, dr.slug, dr.name, d.tags FROM devices d"
                           " LEFT JOIN sites s ON s.id = d.site_id"
                           " LEFT JOIN device_roles dr ON dr.id = d.role_id"
                           " LEFT JOIN ip_addresses ip ON ip.id = COALESCE(d.primary_ip4_id, d.primary_ip6_id)"
                           " ORDER BY d.name, d.id")))
        return sqlError(q, QStringLiteral("cannot list device labels"));
    QList<Domain::DeviceLabels> out;
    while (q.next()) {
        Domain::DeviceLabels d;
        d.deviceId = q.value(0).toLongLong();
        d.device = q.value(1).toString();
        d.primaryIp = q.value(2).toString();
        d.siteSlug = q.value(3).toString();
        d.siteName = q.value(4).toString();
        d.roleSlug = q.value(5).toString();
        d.roleName = q.value(6).toString();
        // The column holds the NetBox JSON list of nested tags (or of slugs).
        const QJsonArray tags = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
        for (const QJsonValue &t : tags) {
            const QString slug = t.isObject() ? t.toObject().value(QStringLiteral("slug")).toString() : t.toString();
            if (slug.isEmpty())
                continue;
            const QString name = t.isObject() ? t.toObject().value(QStringLiteral("name")).toString() : QString();
            d.tagSlugs << slug;
            d.tagNames << (name.isEmpty() ? tagNames.value(slug) : name);
        }
        out << d;
    }
    return out;
}

Result<Domain::LabelChoices> Store::labelChoices()
{
    Domain::LabelChoices out;
    QSqlQuery q(db());
    auto sites = readChoices(q, QStringLiteral("sites"));
    if (!sites)
        return sqlError(q, QStringLiteral("cannot list sites"));
    auto roles = readChoices(q, QStringLiteral("device_roles"));
    if (!roles)
        return sqlError(q, QStringLiteral("cannot list device roles"));
    auto tags = readChoices(q, QStringLiteral("tags"));
    if (!tags)
        return sqlError(q, QStringLiteral("cannot list tags"));
    out.sites = *sites;
    out.roles = *roles;
    out.tags = *tags;
    return out;
}

} // namespace OpsDeck::Store
