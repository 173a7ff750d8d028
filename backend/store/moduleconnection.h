// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "backend/core/result.h"
#include "backend/store/store.h"

class QSqlQuery;

namespace OpsDeck::Store {

/// A connection of its own to the workspace store, for the stores of the
/// service's parts (alarms, the notification outbox) that keep their tables
/// in the workspace's schema: opening migrates the file through Store first,
/// then opens a named connection that is closed and removed on destruction.
/// Use on the thread that opened it.
class ModuleConnection final
{
public:
    /// How hard SQLite syncs a commit: Normal (WAL: durable at the next
    /// checkpoint) or Full (on disk when commit returns).
    enum class Durability { Normal, Full };

    ~ModuleConnection();
    ModuleConnection(const ModuleConnection &) = delete;
    ModuleConnection &operator=(const ModuleConnection &) = delete;

    /// @p what names the store in errors ("the alarm store").
    [[nodiscard]] static Result<std::unique_ptr<ModuleConnection>> openSqlite(const QString &path, const QString &what,
                                                                              Durability durability);
    [[nodiscard]] static Result<std::unique_ptr<ModuleConnection>> openPostgres(const PostgresParams &params,
                                                                                const QString &what);

    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] const QString &description() const { return m_description; }

    /// Runs @p query; an error names @p what and the store.
    [[nodiscard]] Status exec(QSqlQuery &query, const QString &what) const;
    /// Runs @p work in one write transaction (SQLite: BEGIN IMMEDIATE, so
    /// writers queue on the busy timeout); rolled back when it fails.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

private:
    ModuleConnection(QString name, Dialect dialect, QString description);

    QString m_name;
    Dialect m_dialect;
    QString m_description;
};

} // namespace OpsDeck::Store
