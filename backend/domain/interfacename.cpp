// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/domain/interfacename.h"

#include <QHash>
#include <QStringList>

namespace OpsDeck::Domain {

namespace {

// Interface type prefixes as vendors abbreviate them -> the spelled-out form.
const QHash<QString, QString> &typePrefixes()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> groups = {
            {"gigabitethernet", {QStringLiteral("gi"), QStringLiteral("gig"), QStringLiteral("gige")}},
            {"tengigabitethernet",
             {QStringLiteral("te"), QStringLiteral("ten"), QStringLiteral("tengig"), QStringLiteral("tengige")}},
            {"twentyfivegigabitethernet", {QStringLiteral("twe"), QStringLiteral("twentyfivegige")}},
            {"fortygigabitethernet", {QStringLiteral("fo"), QStringLiteral("fortygig"), QStringLiteral("fortygige")}},
            {"hundredgigabitethernet",
             {QStringLiteral("hu"), QStringLiteral("hundredgig"), QStringLiteral("hundredgige")}},
            {"fastethernet", {QStringLiteral("fa")}},
            {"ethernet", {QStringLiteral("et"), QStringLiteral("eth")}},
            {"port-channel", {QStringLiteral("po"), QStringLiteral("portchannel")}},
            {"management", {QStringLiteral("ma"), QStringLiteral("mgmt")}},
            {"vlan", {QStringLiteral("vl")}},
            {"loopback", {QStringLiteral("lo")}},
            {"tunnel", {QStringLiteral("tu")}},
            {"null", {QStringLiteral("nu")}},
        };
        QHash<QString, QString> out;
        for (const auto &[full, shorts] : groups) {
            const QString spelled = QLatin1String(full);
            for (const QString &s : shorts)
                out.insert(s, spelled);
        }
        return out;
    }();
    return table;
}

} // namespace

QString foldedInterfaceName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

QString normalisedInterfaceName(const QString &name)
{
    const QString folded = foldedInterfaceName(name);
    qsizetype end = 0;
    while (end < folded.size() && (folded.at(end).isLetter() || folded.at(end) == u'-'))
        ++end;
    const auto it = typePrefixes().constFind(folded.left(end));
    if (it == typePrefixes().cend())
        return folded;
    return *it + folded.mid(end);
}

} // namespace OpsDeck::Domain
