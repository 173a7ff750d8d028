// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/complianceinputs.h"

#include <QJsonArray>

#include "backend/domain/devicelabels.h"
#include "backend/store/store.h"

namespace OpsDeck::Service {

namespace {

QStringList prefixed(const QString &prefix, const QStringList &errors)
{
    QStringList out;
    for (const QString &e : errors)
        out << QStringLiteral("compliance.%1%2").arg(prefix, e);
    return out;
}

/// VLAN ids and names per site id (0: VLANs without a site, offered to every device).
struct SiteVlans
{
    QHash<qint64, QStringList> ids;
    QHash<qint64, QStringList> names;
};

SiteVlans readVlans(Store::Store &store)
{
    SiteVlans out;
    auto rows = store.tableRows(QStringLiteral("vlans"),
                                {QStringLiteral("site_id"), QStringLiteral("vid"), QStringLiteral("name")});
    if (!rows)
        return out;
    for (const QVariantList &row : std::as_const(*rows)) {
        const qint64 site = row.value(0).toLongLong();
        out.ids[site] << QString::number(row.value(1).toLongLong());
        out.names[site] << row.value(2).toString();
    }
    return out;
}

} // namespace

ComplianceConfig ComplianceConfig::read(const QJsonObject &section)
{
    ComplianceConfig c;
    QStringList errors;
    Compliance::VolatileRules volatileRules = Compliance::VolatileRules::defaults();
    if (section.contains(QStringLiteral("volatile"))) {
        QStringList e;
        volatileRules = Compliance::VolatileRules::fromJson(section.value(QStringLiteral("volatile")).toObject(), &e);
        errors << prefixed(QStringLiteral("volatile."), e);
    }
    QStringList ruleErrors;
    Compliance::RuleSet rules =
        Compliance::RuleSet::fromJson(section.value(QStringLiteral("rules")).toArray(), &ruleErrors);
    errors << prefixed(QString(), ruleErrors);
    Compliance::VersionPolicy versions;
    if (section.contains(QStringLiteral("versions"))) {
        QStringList versionErrors;
        versions =
            Compliance::VersionPolicy::fromJson(section.value(QStringLiteral("versions")).toObject(), &versionErrors);
        errors << prefixed(QStringLiteral("versions."), versionErrors);
    }
    const QString intended = section.value(QStringLiteral("intended")).toString(QStringLiteral("netbox"));
    if (intended != u"netbox" && intended != u"none")
        errors << QStringLiteral("compliance.intended: unknown value \"%1\" (netbox or none)").arg(intended);
    c.intendedFromNetBox = intended != u"none";
    c.engine = std::make_shared<const Compliance::ComplianceEngine>(std::move(rules), std::move(volatileRules),
                                                                    std::move(versions));
    c.problems = errors;
    return c;
}

Result<QList<ComplianceDevice>> loadComplianceDevices(const QString &storePath)
{
    auto store = Store::Store::openSqlite(storePath, false);
    if (!store)
        return store.error();
    auto devices = (*store)->devices();
    if (!devices)
        return devices.error();
    auto labels = (*store)->deviceLabels();
    if (!labels)
        return labels.error();
    QHash<QString, Domain::DeviceLabels> labelsByName;
    for (const Domain::DeviceLabels &l : std::as_const(*labels))
        labelsByName.insert(l.device, l);
    const SiteVlans vlans = readVlans(**store);

    auto jobs = Jobs::JobStore::open(storePath);
    if (!jobs)
        return jobs.error();
    auto backups = (*jobs)->latestBackups();
    if (!backups)
        return backups.error();
    QHash<QString, Jobs::ConfigBackup> latest;
    for (const Jobs::ConfigBackup &b : std::as_const(*backups))
        latest.insert(b.device, b);

    QList<ComplianceDevice> out;
    for (const Domain::Device &d : std::as_const(*devices)) {
        if (d.name.isEmpty())
            continue;
        ComplianceDevice c;
        c.netboxId = d.id;
        c.facts.name = d.name;
        c.facts.site = d.siteName;
        c.facts.role = d.roleName;
        c.facts.platform = d.platform;
        c.facts.primaryIp = d.primaryIp.section(QLatin1Char('/'), 0, 0);
        const Domain::DeviceLabels label = labelsByName.value(d.name);
        c.facts.tags = label.tagSlugs;
        c.facts.values.insert(QStringLiteral("vlans"), vlans.ids.value(d.siteId) + vlans.ids.value(0));
        c.facts.values.insert(QStringLiteral("vlan_names"), vlans.names.value(d.siteId) + vlans.names.value(0));
        if (auto interfaces = (*store)->interfaces(d.id)) {
            QStringList names;
            for (const Domain::Interface &i : std::as_const(*interfaces))
                names << i.name;
            c.facts.values.insert(QStringLiteral("interfaces"), names);
        }
        const auto backup = latest.constFind(d.name);
        c.hasBackup = backup != latest.cend();
        if (c.hasBackup)
            c.backup = *backup;
        out << c;
    }
    return out;
}

} // namespace OpsDeck::Service
