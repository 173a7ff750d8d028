// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/configissue.h"

#include <QStringList>

namespace OpsDeck::Workspace {

QString ConfigIssue::kindName(Kind kind)
{
    switch (kind) {
    case ConfigIssue::Kind::Syntax:
        return QStringLiteral("syntax");
    case ConfigIssue::Kind::UnknownKey:
        return QStringLiteral("unknown-key");
    case ConfigIssue::Kind::WrongType:
        return QStringLiteral("wrong-type");
    case ConfigIssue::Kind::OutOfRange:
        return QStringLiteral("out-of-range");
    case ConfigIssue::Kind::NotAllowed:
        return QStringLiteral("not-allowed");
    case ConfigIssue::Kind::BadUrl:
        return QStringLiteral("bad-url");
    case ConfigIssue::Kind::BadFormat:
        return QStringLiteral("bad-format");
    case ConfigIssue::Kind::PlainSecret:
        return QStringLiteral("plain-secret");
    case ConfigIssue::Kind::Inconsistent:
        return QStringLiteral("inconsistent");
    case ConfigIssue::Kind::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

QString ConfigIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    text += QStringLiteral(": ");
    if (!keyPath.isEmpty())
        text += keyPath + QStringLiteral(": ");
    if (!value.isEmpty())
        text += QStringLiteral("got ") + value + QStringLiteral(", ");
    text += QStringLiteral("expected ") + expected;
    return text;
}

QVariantMap ConfigIssue::toVariantMap() const
{
    QVariantMap map{
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("file"), file},
        {QStringLiteral("key"), keyPath},         {QStringLiteral("value"), value},
        {QStringLiteral("expected"), expected},
    };
    if (offset >= 0) {
        map.insert(QStringLiteral("line"), line);
        map.insert(QStringLiteral("column"), column);
        map.insert(QStringLiteral("offset"), offset);
    }
    return map;
}

Error ConfigIssue::toError(const QList<ConfigIssue> &issues)
{
    if (issues.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid configuration"));

    QStringList files;
    QVariantList list;
    QStringList lines;
    for (const ConfigIssue &issue : issues) {
        if (!files.contains(issue.file))
            files << issue.file;
        list << issue.toVariantMap();
        lines << issue.toString();
    }

    const ConfigIssue &first = issues.constFirst();
    QVariantMap context{
        {QStringLiteral("file"), first.file},   {QStringLiteral("key"), first.keyPath},
        {QStringLiteral("value"), first.value}, {QStringLiteral("expected"), first.expected},
        {QStringLiteral("files"), files},       {QStringLiteral("issues"), list},
    };
    if (first.offset >= 0) {
        context.insert(QStringLiteral("line"), first.line);
        context.insert(QStringLiteral("column"), first.column);
        context.insert(QStringLiteral("offset"), first.offset);
    }
    const QString detail = QStringLiteral("invalid configuration, %1 problem(s): %2")
                               .arg(issues.size())
                               .arg(lines.join(QStringLiteral("; ")));
    return Error(ErrorCode::InvalidInput, detail, context);
}

} // namespace OpsDeck::Workspace
