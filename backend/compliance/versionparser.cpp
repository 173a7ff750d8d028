// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/versionparser.h"

#include <QRegularExpression>

namespace OpsDeck::Compliance {

QString VersionParser::fromSysDescr(const QString &sysDescr)
{
    // Most specific first; the generic "Version" last, since a sysDescr may
    // name other software too (NX-OS: "... Device Manager Version 6.2(1)").
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\bJUNOS\\s+(?:Base OS boot \\[)?([0-9][^\\s,\\]]*)")),
        QRegularExpression(QStringLiteral("\\b(?:AOS\\s+|PF:)v([0-9][^\\s,)]*)")),
        QRegularExpression(QStringLiteral("^Linux\\s+\\S+\\s+([0-9][^\\s]*)")),
        QRegularExpression(QStringLiteral("\\bversion\\s+([0-9][^\\s,]*)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\brevision\\s+([A-Za-z]{1,2}\\.[0-9][^\\s,]*|[0-9][^\\s,]*)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(sysDescr);
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

QString VersionParser::fromEntitySoftwareRevs(const QMap<int, QString> &revisions)
{
    for (const QString &value : revisions) {
        QString v = value.trimmed();
        if (v.startsWith(QLatin1String("Version "), Qt::CaseInsensitive))
            v = v.mid(8).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

QString VersionParser::running(const QString &sysDescr, const QMap<int, QString> &revisions)
{
    const QString v = fromSysDescr(sysDescr);
    return v.isEmpty() ? fromEntitySoftwareRevs(revisions) : v;
}

} // namespace OpsDeck::Compliance
