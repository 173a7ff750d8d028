// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/commandclassifier.h"

#include <QRegularExpression>
#include <QStringList>

namespace OpsDeck::Jobs {

namespace {

/// A read-only verb and the shortest abbreviation devices accept for it
/// ("sh run", "dis cur").
struct Verb
{
    const char *word;
    int shortest;
};

constexpr Verb kReadOnlyVerbs[] = {
    {"show", 2}, {"display", 3}, {"ping", 4}, {"traceroute", 5}, {"tracert", 7}, {"traceroute6", 11}, {"ping6", 5},
};

bool isReadOnlyVerb(const QString &word)
{
    for (const Verb &v : kReadOnlyVerbs) {
        const QLatin1String full(v.word);
        if (word.size() >= v.shortest && word.size() <= full.size() && full.startsWith(word))
            return true;
    }
    return false;
}

/// Session settings that only change how this session prints.
bool isTerminalSetting(const QStringList &words)
{
    if (words.size() < 2)
        return false;
    const QString &first = words.at(0);
    const QString &second = words.at(1);
    if (first == QLatin1String("terminal") || first == QLatin1String("term"))
        return second == QLatin1String("length") || second == QLatin1String("width") ||
               second == QLatin1String("len") || second == QLatin1String("pager");
    // Huawei/H3C: screen-length 0 temporary.
    return first == QLatin1String("screen-length") && words.constLast() == QLatin1String("temporary");
}

/// Output filters that write files or run something else.
bool writesOrChains(const QString &line)
{
    static const QRegularExpression writing(
        QStringLiteral(R"(\|\s*(redirect|tee|append|save|copy|write)\b|>|;|&&|\|\|)"),
        QRegularExpression::CaseInsensitiveOption);
    return writing.match(line).hasMatch();
}

} // namespace

bool CommandClassifier::isReadOnlyLine(const QString &line)
{
    const QString simplified = line.simplified().toLower();
    if (simplified.isEmpty() || writesOrChains(simplified))
        return false;
    const QStringList words = simplified.split(QLatin1Char(' '));
    return isReadOnlyVerb(words.constFirst()) || isTerminalSetting(words);
}

bool CommandClassifier::isReadOnly(const QString &commands)
{
    bool any = false;
    const QStringList lines = commands.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('!')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (!isReadOnlyLine(line))
            return false;
        any = true;
    }
    return any;
}

} // namespace OpsDeck::Jobs
