// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ssh/configdiff.h"

#include "backend/core/linediff.h"

namespace OpsDeck::Ssh {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QString ConfigDiff::normalize(const QString &captured)
{
    QString text = captured;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (out.isEmpty() && line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("Building configuration")) ||
            line.startsWith(QLatin1String("Current configuration")))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ConfigDiff::unified(const QString &before, const QString &after, const QString &beforeLabel,
                            const QString &afterLabel, int context)
{
    // Lines keep a carriage return the capture may have left: a CRLF text
    // differs from its LF twin here, as it always has.
    return Core::LineDiff::unified(splitLines(before), splitLines(after), beforeLabel, afterLabel, context);
}

QString ConfigDiff::simulateApply(const QString &config, const QStringList &lines)
{
    QStringList out = splitLines(config);
    // A trailing "end" printed by the device stays last.
    const bool hadEnd = !out.isEmpty() && out.constLast() == QLatin1String("end");
    if (hadEnd)
        out.removeLast();
    for (const QString &raw : lines) {
        const QString line = QString(raw).remove(QLatin1Char('\r'));
        if (line.isEmpty() || line.startsWith(QLatin1Char('!')) || line == QLatin1String("configure") ||
            line == QLatin1String("configure terminal") || line == QLatin1String("exit"))
            continue;
        if (line == QLatin1String("end"))
            break;
        if (line.startsWith(QLatin1String("hostname "))) {
            for (QString &l : out) {
                if (l.startsWith(QLatin1String("hostname ")))
                    l = line;
            }
        } else if (line.startsWith(QLatin1String("no "))) {
            out.removeAll(line.mid(3));
        } else {
            out << line;
        }
    }
    if (hadEnd)
        out << QStringLiteral("end");
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList ConfigDiff::undoLines(const QString &config, const QStringList &lines)
{
    const QStringList current = splitLines(config);
    QStringList undo;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("hostname "))) {
            for (const QString &l : current) {
                if (l.startsWith(QLatin1String("hostname "))) {
                    undo.prepend(l);
                    break;
                }
            }
        } else if (line.startsWith(QLatin1String("no "))) {
            if (current.contains(line.mid(3)))
                undo.prepend(line.mid(3));
        } else if (!line.isEmpty() && !line.startsWith(QLatin1Char('!'))) {
            undo.prepend(QStringLiteral("no ") + line);
        }
    }
    return undo;
}

} // namespace OpsDeck::Ssh
