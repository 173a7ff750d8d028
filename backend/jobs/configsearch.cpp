// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/configsearch.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace OpsDeck::Jobs {

QJsonObject ConfigMatch::toJson() const
{
    return {{QStringLiteral("device"), device},
            {QStringLiteral("version"), version},
            {QStringLiteral("line"), line},
            {QStringLiteral("text"), text}};
}

ConfigMatch ConfigMatch::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("device")).toString(), json.value(QStringLiteral("version")).toInt(),
            json.value(QStringLiteral("line")).toInt(), json.value(QStringLiteral("text")).toString()};
}

ConfigSearchResult ConfigSearchResult::fromJson(const QJsonObject &json)
{
    ConfigSearchResult r;
    for (const QJsonValue &v : json.value(QStringLiteral("matches")).toArray())
        r.matches << ConfigMatch::fromJson(v.toObject());
    r.devicesSearched = json.value(QStringLiteral("devicesSearched")).toInt();
    r.devicesMatched = json.value(QStringLiteral("devicesMatched")).toInt();
    r.truncated = json.value(QStringLiteral("truncated")).toBool();
    return r;
}

QJsonObject ConfigSearchResult::toJson() const
{
    QJsonArray list;
    for (const ConfigMatch &m : matches)
        list.append(m.toJson());
    return {{QStringLiteral("matches"), list},
            {QStringLiteral("devicesSearched"), devicesSearched},
            {QStringLiteral("devicesMatched"), devicesMatched},
            {QStringLiteral("truncated"), truncated}};
}

Result<ConfigSearchResult> searchConfigurations(const QList<ConfigBackup> &configurations, const QString &pattern,
                                                bool regex, bool caseSensitive, int limit)
{
    if (pattern.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the search needs a text or a regular expression"));
    QRegularExpression expression;
    if (regex) {
        expression.setPattern(pattern);
        expression.setPatternOptions(caseSensitive ? QRegularExpression::NoPatternOption
                                                   : QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid())
            return Error(ErrorCode::InvalidInput, QStringLiteral("the regular expression is not valid: %1 at offset %2")
                                                      .arg(expression.errorString())
                                                      .arg(expression.patternErrorOffset()));
    }
    const Qt::CaseSensitivity sensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    ConfigSearchResult result;
    for (const ConfigBackup &c : configurations) {
        ++result.devicesSearched;
        bool matched = false;
        int number = 0;
        for (const QStringView line : QStringView(c.content).split(u'\n')) {
            ++number;
            const bool hit = regex ? expression.match(line).hasMatch() : line.contains(pattern, sensitivity);
            if (!hit)
                continue;
            matched = true;
            if (result.matches.size() >= limit) {
                result.truncated = true;
                continue;
            }
            QStringView text = line;
            if (text.endsWith(u'\r'))
                text.chop(1);
            result.matches.append({c.device, c.version, number, text.toString()});
        }
        result.devicesMatched += matched ? 1 : 0;
    }
    return result;
}

} // namespace OpsDeck::Jobs
