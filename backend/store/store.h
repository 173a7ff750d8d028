// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/domain/deviceevent.h"
#include "backend/domain/devicelabels.h"
#include "backend/domain/inventory.h"
#include "backend/domain/netboxmapper.h"
#include "backend/domain/rackplanning.h"
#include "backend/domain/topologyrecords.h"
#include "backend/store/migrations.h"

class QSqlDatabase;
class QSqlQuery;

namespace OpsDeck::Store {

/// Where a PostgreSQL store lives. The password comes from the vault.
struct PostgresParams
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString password;
};

/// The local model of one workspace's estate: the inventory mirror keyed by
/// NetBox id, with numbered schema migrations, transactional bulk upserts and
/// the queries the views need. SQLite (WAL mode) by default; the same schema
/// and queries run on PostgreSQL.
///
/// A Store owns one database connection and must be used from the thread that
/// opened it; open a second Store on the same file or server for another
/// thread (SQLite WAL allows readers beside one writer).
class Store final
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (creating if needed) an SQLite store and migrates it to the
    /// latest schema unless `migrate` is false.
    [[nodiscard]] static Result<std::unique_ptr<Store>> openSqlite(const QString &path, bool migrate = true);
    [[nodiscard]] static Result<std::unique_ptr<Store>> openPostgres(const PostgresParams &params, bool migrate = true);

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QString description() const; ///< "SQLite /path" or "PostgreSQL host:port/db"

    /// Schema version of the open store; 0 for an empty database.
    [[nodiscard]] Result<int> schemaVersion();
    /// Applies every migration above the current version up to `target`
    /// (default: latest), each in its own transaction. Refuses to touch a
    /// store whose version is newer than this build knows.
    [[nodiscard]] Status migrate(int target = latestSchemaVersion());

    /// Runs `work` in one transaction: commits when it succeeds, rolls back
    /// when it fails. Nested calls join the outer transaction.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    /// Inserts or replaces objects by NetBox id (any mix of kinds), in one
    /// transaction. Cable terminations are replaced with the cable's.
    [[nodiscard]] Status upsert(const QList<Domain::MappedObject> &objects);
    /// Deletes objects of one kind by id, in one transaction.
    [[nodiscard]] Status remove(Domain::ObjectKind kind, const QList<qint64> &ids);
    /// Deletes every mirrored object (not the sync state).
    [[nodiscard]] Status clearInventory();

    [[nodiscard]] Result<qint64> count(Domain::ObjectKind kind);
    /// The stored row of one object in column order, or NotFound.
    [[nodiscard]] Result<QVariantList> row(Domain::ObjectKind kind, qint64 id);
    /// Stored `last_updated` per id of a kind (for incremental sync and
    /// conflict detection).
    [[nodiscard]] Result<QHash<qint64, QString>> lastUpdated(Domain::ObjectKind kind);

    // Queries for the views.
    [[nodiscard]] Result<QList<Domain::Region>> regions();
    [[nodiscard]] Result<QList<Domain::Site>> sites();
    [[nodiscard]] Result<QList<Domain::Location>> locations(qint64 siteId);
    /// Racks of a site; with a location id only that location's racks (0:
    /// every rack of the site).
    [[nodiscard]] Result<QList<Domain::Rack>> racks(qint64 siteId, qint64 locationId = 0);
    [[nodiscard]] Result<Domain::Rack> rack(qint64 rackId);
    /// Devices mounted in or attached to a rack (0U and child devices too),
    /// ordered by position descending. `face` "front"/"rear" narrows to the
    /// devices seen from that face (full-depth devices are seen from both).
    [[nodiscard]] Result<QList<Domain::Device>> rackDevices(qint64 rackId, const QString &face = {});
    /// Every device (for the inventory table), or those of one site.
    [[nodiscard]] Result<QList<Domain::Device>> devices(qint64 siteId = 0);
    [[nodiscard]] Result<Domain::Device> device(qint64 deviceId);
    /// Interfaces of a device with their cable peer, IP addresses and the
    /// polled interface matched to them (interface_matches).
    [[nodiscard]] Result<QList<Domain::Interface>> interfaces(qint64 deviceId);
    /// The polled interfaces matched to NetBox interfaces of a device, by ifIndex.
    [[nodiscard]] Result<QList<Domain::InterfaceMatch>> interfaceMatches(qint64 deviceId);
    /// Replaces every match of a device with @p matches in one transaction
    /// (matchedAt is set to now); nothing changes when it fails.
    [[nodiscard]] Status replaceInterfaceMatches(qint64 deviceId, const QList<Domain::InterfaceMatch> &matches);
    /// Case-insensitive substring search over device names, serials, asset
    /// tags, rack names, interface names and IP addresses.
    [[nodiscard]] Result<QList<Domain::SearchHit>> search(const QString &text, int limit = 50);

    /// Sync watermarks per source ("netbox") and endpoint.
    [[nodiscard]] Result<QString> watermark(const QString &source, const QString &endpoint);
    [[nodiscard]] Status setWatermark(const QString &source, const QString &endpoint, const QString &watermark,
                                      qint64 lastChangeId = 0);

    /// SQLite only: `PRAGMA integrity_check` result ("ok" when sound).
    [[nodiscard]] Result<QString> integrityCheck();

    // Queries for rack planning.
    /// Every device type with its manufacturer, ordered by manufacturer and model.
    [[nodiscard]] Result<QList<Domain::DeviceType>> deviceTypes();
    /// Reservations of the racks of a site.
    [[nodiscard]] Result<QList<Domain::RackReservation>> rackReservations(qint64 siteId);
    /// Weight limit and power budget (from the rack's power feeds) of the racks of a site.
    [[nodiscard]] Result<QList<Domain::RackLimits>> rackLimits(qint64 siteId);
    /// Device type, weight (kg) and allocated power draw of the devices of a site.
    [[nodiscard]] Result<QList<Domain::DeviceLoad>> deviceLoads(qint64 siteId);

    // Queries for the topology graph.
    /// Every cable with an interface at both ends, with both ends' devices
    /// and LAGs, ordered by cable id.
    [[nodiscard]] Result<QList<Domain::LinkRecord>> topologyLinks();
    /// Every circuit termination with its site and the interface it is
    /// cabled to, ordered by circuit and side.
    [[nodiscard]] Result<QList<Domain::CircuitEndRecord>> topologyCircuitEnds();
    /// Tag slugs of every tagged device.
    [[nodiscard]] Result<Domain::DeviceTags> deviceTags();

    // Events the service received about devices (storeevents.cpp).
    /// Stores @p event (its id is ignored) and returns the id it was given.
    [[nodiscard]] Result<qint64> appendDeviceEvent(const Domain::DeviceEvent &event);
    /// The newest @p limit events with an id above @p afterId, of the device
    /// named @p deviceName (all when empty), oldest first.
    [[nodiscard]] Result<QList<Domain::DeviceEvent>> deviceEvents(const QString &deviceName, qint64 afterId,
                                                                  int limit);

    // Queries for credential profiles (storelabels.cpp).
    /// Site, role and tags (slugs and names) of every device, ordered by name.
    [[nodiscard]] Result<QList<Domain::DeviceLabels>> deviceLabels();
    /// The sites, device roles and tags the store holds, ordered by name.
    [[nodiscard]] Result<Domain::LabelChoices> labelChoices();

    // Auxiliary tables of the optical domain (mcp_*), of PRTG imports (prtg_*)
    // and the console's pending NetBox edits (netbox_pending_edits).
    /// Replaces every row of such a table with `rows` (values in `columns`
    /// order) in one transaction; nothing changes when it fails.
    [[nodiscard]] Status replaceRows(const QString &table, const QStringList &columns,
                                     const QList<QVariantList> &rows);
    /// The rows of such a table, `columns` in order, sorted by the first column.
    [[nodiscard]] Result<QList<QVariantList>> tableRows(const QString &table, const QStringList &columns);

private:
    Store(QString connectionName, Dialect dialect, QString description);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Status upsertKind(Domain::ObjectKind kind, const QList<const Domain::MappedObject *> &objects);
    [[nodiscard]] Status replaceTerminations(const QList<const Domain::MappedObject *> &cables);
    [[nodiscard]] Error sqlError(const QSqlQuery &query, const QString &what) const;

    QString m_connectionName;
    Dialect m_dialect;
    QString m_description;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace OpsDeck::Store
