// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "backend/store/store.h"

namespace OpsDeck::Test {

/// A device as a NetBox sync would mirror it: id, name and primary address
/// (empty: none). Every one has role 1 ("leaf") at site 1.
struct SeedDevice
{
    qint64 id = 0;
    QString name;
    QString address; ///< "127.0.0.1/8"
};

/// Creates the workspace store at @p storePath (migrated) and writes
/// @p devices into it with a connection of the test's own.
inline bool seedDevices(const QString &storePath, const QList<SeedDevice> &devices)
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
        for (const SeedDevice &d : devices) {
            const qint64 ipId = d.id + 100000;
            if (!d.address.isEmpty())
                statements << QStringLiteral("INSERT INTO ip_addresses (id, address) VALUES (%1, '%2')").arg(ipId).arg(d.address);
            statements << QStringLiteral("INSERT INTO devices (id, name, device_type_id, role_id, site_id, "
                                         "primary_ip4_id, status) VALUES (%1, '%2', 1, 1, 1, %3, 'active')")
                              .arg(d.id)
                              .arg(d.name, d.address.isEmpty() ? QStringLiteral("NULL") : QString::number(ipId));
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
