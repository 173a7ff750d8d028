// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpmatcher.h"

#include <QHash>
#include <QSet>

namespace OpsDeck::Mcp {

namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

QString hostKey(const QString &name)
{
    const QString key = nameKey(name);
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot > 0 ? key.left(dot) : key;
}

QString ipKey(const QString &address)
{
    const qsizetype slash = address.indexOf(QLatin1Char('/'));
    return (slash >= 0 ? address.left(slash) : address).trimmed();
}

} // namespace

QList<NeMatch> McpMatcher::match(const QList<NetworkElement> &elements, const QList<Domain::Device> &devices)
{
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> byHost;
    QHash<QString, qsizetype> bySerial;
    QHash<QString, qsizetype> byIp;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const Domain::Device &d = devices.at(i);
        if (!d.name.isEmpty()) {
            byName.insert(nameKey(d.name), i);
            byHost.insert(hostKey(d.name), i);
        }
        if (!d.serial.isEmpty())
            bySerial.insert(d.serial.trimmed().toUpper(), i);
        if (!d.primaryIp.isEmpty())
            byIp.insert(ipKey(d.primaryIp), i);
    }

    QSet<qsizetype> used;
    QList<NeMatch> out;
    out.reserve(elements.size());
    auto take = [&](const QHash<QString, qsizetype> &index, const QString &key) -> qsizetype {
        if (key.isEmpty())
            return -1;
        const auto it = index.constFind(key);
        if (it == index.cend() || used.contains(*it))
            return -1;
        return *it;
    };
    for (const NetworkElement &ne : elements) {
        NeMatch m;
        m.networkElementId = ne.id;
        m.networkElementName = ne.name;
        qsizetype hit = take(byName, nameKey(ne.name));
        if (hit < 0)
            hit = take(byHost, hostKey(ne.name));
        if (hit >= 0) {
            m.method = MatchMethod::Name;
        } else if ((hit = take(bySerial, ne.serialNumber.trimmed().toUpper())) >= 0) {
            m.method = MatchMethod::Serial;
        } else if ((hit = take(byIp, ipKey(ne.ipAddress))) >= 0) {
            m.method = MatchMethod::IpAddress;
        }
        if (hit >= 0) {
            used.insert(hit);
            m.deviceId = devices.at(hit).id;
            m.deviceName = devices.at(hit).name;
        } else {
            // Candidates for the review: names sharing the element's host part.
            const QString host = hostKey(ne.name);
            for (const Domain::Device &d : devices) {
                if (m.candidates.size() >= 5)
                    break;
                const QString other = hostKey(d.name);
                if (!host.isEmpty() && !other.isEmpty() && (other.contains(host) || host.contains(other)))
                    m.candidates << d.name;
            }
        }
        out << m;
    }
    return out;
}

QList<NeMatch> McpMatcher::reviewList(const QList<NeMatch> &matches)
{
    QList<NeMatch> out;
    for (const NeMatch &m : matches) {
        if (m.deviceId == 0)
            out << m;
    }
    return out;
}

} // namespace OpsDeck::Mcp
