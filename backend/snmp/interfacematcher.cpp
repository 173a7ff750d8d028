// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/interfacematcher.h"

#include <QSet>

namespace OpsDeck::Snmp {

QString InterfaceMatcher::canonicalName(const QString &name)
{
    static const QList<std::pair<QString, QString>> prefixes = {
        {QStringLiteral("hundredgigabitethernet"), QStringLiteral("hu")},
        {QStringLiteral("hundredgige"), QStringLiteral("hu")},
        {QStringLiteral("fortygigabitethernet"), QStringLiteral("fo")},
        {QStringLiteral("twentyfivegige"), QStringLiteral("twe")},
        {QStringLiteral("tengigabitethernet"), QStringLiteral("te")},
        {QStringLiteral("gigabitethernet"), QStringLiteral("gi")},
        {QStringLiteral("fastethernet"), QStringLiteral("fa")},
        {QStringLiteral("ethernet"), QStringLiteral("et")},
        {QStringLiteral("port-channel"), QStringLiteral("po")},
        {QStringLiteral("management"), QStringLiteral("ma")},
        {QStringLiteral("vlan"), QStringLiteral("vl")},
        {QStringLiteral("loopback"), QStringLiteral("lo")},
    };
    QString n = name.trimmed().toLower();
    n.remove(u' ');
    for (const auto &[longName, shortName] : prefixes) {
        if (n.startsWith(longName)) {
            n = shortName + n.mid(longName.size());
            return n;
        }
    }
    // Already abbreviated: keep the letters of the first two characters.
    return n;
}

QHash<int, qint64> InterfaceMatcher::match(const QList<InterfaceStats> &polled,
                                           const QList<Domain::Interface> &netbox)
{
    QHash<QString, qint64> exact;
    QHash<QString, qint64> loose;
    for (const Domain::Interface &i : netbox) {
        exact.insert(i.name, i.id);
        loose.insert(canonicalName(i.name), i.id);
    }
    QHash<int, qint64> out;
    QSet<qint64> used;
    const auto tryPass = [&](auto key, const QHash<QString, qint64> &index) {
        for (const InterfaceStats &p : polled) {
            if (out.contains(p.ifIndex))
                continue;
            const QString k = key(p);
            if (k.isEmpty())
                continue;
            const auto it = index.constFind(k);
            if (it != index.constEnd() && !used.contains(*it)) {
                out.insert(p.ifIndex, *it);
                used.insert(*it);
            }
        }
    };
    tryPass([](const InterfaceStats &p) { return p.name; }, exact);
    tryPass([](const InterfaceStats &p) { return p.descr; }, exact);
    tryPass([](const InterfaceStats &p) { return p.alias; }, exact);
    tryPass([](const InterfaceStats &p) { return p.name.isEmpty() ? QString() : canonicalName(p.name); }, loose);
    tryPass([](const InterfaceStats &p) { return p.descr.isEmpty() ? QString() : canonicalName(p.descr); }, loose);
    return out;
}

} // namespace OpsDeck::Snmp
