// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QStringList>

namespace OpsDeck::Store {

/// The SQL dialects the store runs on.
enum class Dialect { Sqlite, Postgres };

/// One numbered schema step. Statements use two placeholders that the store
/// fills per dialect: %ID% (the primary key column type) and %BIGINT%.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

/// Every migration in order; versions are 1, 2, 3, ... without gaps. A
/// released migration is never edited: schema changes add a new one.
[[nodiscard]] const QList<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();
/// A statement with its placeholders replaced for the dialect; empty for a
/// statement marked "%POSTGRES% " (PostgreSQL only) on SQLite.
[[nodiscard]] QString renderStatement(const QString &statement, Dialect dialect);

} // namespace OpsDeck::Store
