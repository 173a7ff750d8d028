// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/volatilerules.h"

#include <QJsonArray>

namespace OpsDeck::Compliance {

namespace {

const QString kMask = QStringLiteral("<masked>");

} // namespace

QString VolatileRules::compile(const QString &pattern, Entry &entry)
{
    entry.pattern = pattern;
    entry.regex = QRegularExpression(pattern);
    if (!entry.regex.isValid()) {
        return QStringLiteral("invalid regular expression \"%1\": %2 at offset %3")
            .arg(pattern, entry.regex.errorString())
            .arg(entry.regex.patternErrorOffset());
    }
    entry.regex.optimize();
    entry.prefilter = RegexPrefilter::analyze(pattern);
    return QString();
}

VolatileRules VolatileRules::defaults()
{
    VolatileRules rules;
    rules.m_dropComments = true;
    for (const char *p : {"^Building configuration", "^Current configuration\\s*:\\s*\\d+\\s*bytes",
                          "^!\\s*Last configuration change at", "^!\\s*NVRAM config last updated", "^ntp clock-period"})
        (void)rules.addDrop(QString::fromLatin1(p));
    for (const char *p :
         {"\\bsecret\\s+\\d+\\s+(\\S+)", "\\bpassword\\s+7\\s+(\\S+)", "\\bencrypted-password\\s+\"([^\"]*)\""})
        (void)rules.addMask(QString::fromLatin1(p));
    return rules;
}

QString VolatileRules::addDrop(const QString &pattern)
{
    Entry entry;
    const QString error = compile(pattern, entry);
    if (error.isEmpty())
        m_drop.push_back(std::move(entry));
    return error;
}

QString VolatileRules::addMask(const QString &pattern)
{
    Entry entry;
    QString error = compile(pattern, entry);
    if (error.isEmpty() && entry.regex.captureCount() < 1)
        error = QStringLiteral("\"%1\" has no capture group to mask").arg(pattern);
    if (error.isEmpty())
        m_mask.push_back(std::move(entry));
    return error;
}

QStringList VolatileRules::dropPatterns() const
{
    QStringList out;
    for (const Entry &e : m_drop)
        out << e.pattern;
    return out;
}

QStringList VolatileRules::maskPatterns() const
{
    QStringList out;
    for (const Entry &e : m_mask)
        out << e.pattern;
    return out;
}

VolatileRules::Verdict VolatileRules::check(QStringView line, QStringView trimmed, QString *masked) const
{
    if (trimmed.isEmpty())
        return Verdict::Keep;
    if (m_dropComments && (trimmed.front() == QLatin1Char('!') || trimmed.front() == QLatin1Char('#')))
        return Verdict::Drop;
    for (const Entry &e : m_drop) {
        if (e.prefilter.mayMatch(trimmed) && (e.prefilter.sufficient || e.regex.match(trimmed).hasMatch()))
            return Verdict::Drop;
    }
    bool changed = false;
    QString text;
    // One pass for the letters on the line spares most searches for the
    // masks' literals ("password" needs a w and a d).
    const quint32 letters = m_mask.empty() ? 0 : RegexPrefilter::lettersOf(trimmed);
    for (const Entry &e : m_mask) {
        if ((letters & e.prefilter.letters) != e.prefilter.letters || !e.prefilter.mayMatch(trimmed))
            continue;
        if (!changed) {
            text = line.toString();
            changed = true;
        }
        // Replace every occurrence, last first so earlier offsets stay valid.
        std::vector<std::pair<qsizetype, qsizetype>> spans;
        QRegularExpressionMatchIterator it = e.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(1) > 0 && m.captured(1) != kMask)
                spans.emplace_back(m.capturedStart(1), m.capturedLength(1));
        }
        for (auto s = spans.rbegin(); s != spans.rend(); ++s)
            text.replace(s->first, s->second, kMask);
    }
    if (!changed || text == line)
        return Verdict::Keep;
    if (masked)
        *masked = text;
    return Verdict::Masked;
}

QJsonObject VolatileRules::toJson() const
{
    return {{QStringLiteral("comments"), m_dropComments},
            {QStringLiteral("drop"), QJsonArray::fromStringList(dropPatterns())},
            {QStringLiteral("mask"), QJsonArray::fromStringList(maskPatterns())}};
}

VolatileRules VolatileRules::fromJson(const QJsonObject &json, QStringList *errors)
{
    VolatileRules rules;
    rules.m_dropComments = true;
    const auto report = [errors](const QString &text) {
        if (errors)
            *errors << text;
    };
    const QJsonValue comments = json.value(QLatin1String("comments"));
    if (comments.isBool())
        rules.m_dropComments = comments.toBool();
    else if (!comments.isUndefined())
        report(QStringLiteral("comments: must be true or false"));
    for (const char *key : {"drop", "mask"}) {
        const QString name = QLatin1String(key);
        const QJsonValue list = json.value(name);
        if (list.isUndefined())
            continue;
        if (!list.isArray()) {
            report(QStringLiteral("%1: must be an array of regular expressions").arg(name));
            continue;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString()) {
                report(QStringLiteral("%1[%2]: must be a string").arg(name).arg(i));
                continue;
            }
            const QString pattern = array[i].toString();
            const QString error = name == QLatin1String("drop") ? rules.addDrop(pattern) : rules.addMask(pattern);
            if (!error.isEmpty())
                report(QStringLiteral("%1[%2]: %3").arg(name).arg(i).arg(error));
        }
    }
    return rules;
}

} // namespace OpsDeck::Compliance
