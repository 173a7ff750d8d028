// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "backend/store/store.h"

namespace OpsDeck::Test {

/// A device as a NetBox sync would mirror it: id, name and primary address
/// (empty: none). Every one has role 1 ("leaf"), at site 1 unless it names
/// another of the seeded sites; tags as NetBox nests them.
struct SeedDevice
{
    qint64 id = 0;
    QString name;
    QString address; ///< "127.0.0.1/8"
    qint64 siteId = 1;
    QStringList tagSlugs = {};
};

/// A site as a NetBox sync would mirror it.
struct SeedSite
{
    qint64 id = 0;
    QString name;
    QString slug;
};

/// Creates the workspace store at @p storePath (migrated) and writes
/// @p devices (and @p sites) into it with a connection of the test's own.
inline bool seedDevices(const QString &storePath, const QList<SeedDevice> &devices, const QList<SeedSite> &sites = {})
{
    {
        auto store = Store::Store::openSqlite(storePath, true);
        if (!store)
            return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(storePath);
        ok = db.open();
        QSqlQuery q(db);
        QStringList statements{QStringLiteral("INSERT INTO device_roles (id, name, slug) VALUES (1, 'Leaf', 'leaf')")};
        for (const SeedSite &s : sites)
            statements << QStringLiteral("INSERT INTO sites (id, name, slug) VALUES (%1, '%2', '%3')")
                              .arg(s.id)
                              .arg(s.name, s.slug);
        for (const SeedDevice &d : devices) {
            const qint64 ipId = d.id + 100000;
            if (!d.address.isEmpty())
                statements << QStringLiteral("INSERT INTO ip_addresses (id, address) VALUES (%1, '%2')").arg(ipId).arg(d.address);
            QStringList tags;
            for (const QString &slug : d.tagSlugs)
                tags << QStringLiteral("{\"slug\": \"%1\", \"name\": \"%1\"}").arg(slug);
            statements << QStringLiteral("INSERT INTO devices (id, name, device_type_id, role_id, site_id, "
                                         "primary_ip4_id, status, tags) VALUES (%1, '%2', 1, 1, %3, %4, 'active', "
                                         "'[%5]')")
                              .arg(d.id)
                              .arg(d.name)
                              .arg(d.siteId)
                              .arg(d.address.isEmpty() ? QStringLiteral("NULL") : QString::number(ipId),
                                   tags.join(QLatin1Char(',')));
        }
        for (const QString &sql : std::as_const(statements)) {
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return ok;
}

} // namespace OpsDeck::Test
