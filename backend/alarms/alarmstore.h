// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "backend/alarms/alarmtypes.h"
#include "backend/core/result.h"
#include "backend/store/migrations.h"

class QSqlDatabase;
class QSqlQuery;

namespace OpsDeck::Store {
struct PostgresParams;
}

namespace OpsDeck::Store {
class ModuleConnection;
}

namespace OpsDeck::Alarms {

/// The durable side of the alarm engine in the workspace store (schema
/// version 11): alarms with their acknowledgement, shelve and grouping
/// (alarms), their full history (alarm_events) and the maintenance windows
/// operators set (alarm_maintenance). SQLite (WAL) or PostgreSQL.
///
/// Owns its own database connection: use an instance only on the thread
/// that opened it. The service is the one writer: alarm ids and event
/// sequence numbers are handed out here, continuing from the stored ones.
class AlarmStore final
{
public:
    ~AlarmStore();
    AlarmStore(const AlarmStore &) = delete;
    AlarmStore &operator=(const AlarmStore &) = delete;

    /// Opens the store, migrating it to the latest schema first.
    [[nodiscard]] static Result<std::unique_ptr<AlarmStore>> openSqlite(const QString &path);
    [[nodiscard]] static Result<std::unique_ptr<AlarmStore>> openPostgres(const Store::PostgresParams &params);

    [[nodiscard]] Store::Dialect dialect() const;

    /// An id for a new alarm, above every stored one.
    [[nodiscard]] qint64 nextAlarmId() { return ++m_lastAlarmId; }

    /// Inserts or updates @p alarm and appends @p event (its seq is
    /// assigned and returned) in one transaction.
    [[nodiscard]] Result<qint64> record(const Alarm &alarm, const AlarmEvent &event);
    /// Inserts or updates alarms (last seen and values) in one transaction.
    [[nodiscard]] Status saveAlarms(const QList<Alarm> &alarms);

    /// The active alarms (what the engine restores on start), ordered by id.
    [[nodiscard]] Result<QList<Alarm>> openAlarms();
    [[nodiscard]] Result<std::optional<Alarm>> alarm(qint64 id);
    /// The alarms of @p device, active and cleared, the latest raised first.
    [[nodiscard]] Result<QList<Alarm>> alarmsOf(const QString &device, int limit = 200);
    /// History, oldest first: of one alarm (0: every alarm), after @p afterSeq.
    [[nodiscard]] Result<QList<AlarmEvent>> events(qint64 alarmId = 0, qint64 afterSeq = 0, int limit = 1000);

    [[nodiscard]] Status saveMaintenance(const MaintenanceWindow &window);
    [[nodiscard]] Status removeMaintenance(const QString &id);
    [[nodiscard]] Result<QList<MaintenanceWindow>> maintenanceWindows();

private:
    explicit AlarmStore(std::unique_ptr<Store::ModuleConnection> connection);
    [[nodiscard]] static Result<std::unique_ptr<AlarmStore>> finishOpen(std::unique_ptr<AlarmStore> store);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Status exec(QSqlQuery &query, const QString &what) const;
    [[nodiscard]] Status upsert(const Alarm &alarm);
    [[nodiscard]] Status transaction(const std::function<Status()> &work);
    [[nodiscard]] Result<QList<Alarm>> readAlarms(QSqlQuery &query);

    std::unique_ptr<Store::ModuleConnection> m_connection;
    qint64 m_lastAlarmId = 0;
    qint64 m_lastSeq = 0;
};

} // namespace OpsDeck::Alarms
