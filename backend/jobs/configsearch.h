// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "backend/core/result.h"
#include "backend/jobs/jobstore.h"

namespace OpsDeck::Jobs {

/// One line of a configuration that matched.
struct ConfigMatch
{
    QString device;
    int version = 0;
    int line = 0; ///< 1-based
    QString text;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ConfigMatch fromJson(const QJsonObject &json);
};

/// What a search over configurations found: the matches in device and line
/// order, at most the limit of them (truncated then).
struct ConfigSearchResult
{
    QList<ConfigMatch> matches;
    int devicesSearched = 0;
    int devicesMatched = 0;
    bool truncated = false;

    [[nodiscard]] QJsonObject toJson() const;
    /// What toJson() wrote (as the service answers backup.search).
    [[nodiscard]] static ConfigSearchResult fromJson(const QJsonObject &json);
};

/// Searches configuration texts line by line for a text (or a regular
/// expression, PCRE as QRegularExpression reads it), with or without regard
/// to case. An empty pattern or a regular expression that does not compile is
/// InvalidInput saying why (and where). A plain value function; any thread.
[[nodiscard]] Result<ConfigSearchResult> searchConfigurations(const QList<ConfigBackup> &configurations,
                                                              const QString &pattern, bool regex, bool caseSensitive,
                                                              int limit);

} // namespace OpsDeck::Jobs

Q_DECLARE_METATYPE(OpsDeck::Jobs::ConfigSearchResult)
