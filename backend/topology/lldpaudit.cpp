// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/lldpaudit.h"

#include <algorithm>
#include <tuple>

#include <QHash>
#include <QSet>

#include "backend/domain/interfacename.h"

namespace OpsDeck::Topology {

namespace {

struct Endpoint
{
    qint64 deviceId = 0;
    QString port; // normalised
    bool operator==(const Endpoint &) const = default;
};

size_t qHash(const Endpoint &e, size_t seed = 0)
{
    return qHashMulti(seed, e.deviceId, e.port);
}

class NameIndex
{
public:
    explicit NameIndex(const QList<AuditDevice> &devices)
    {
        for (const AuditDevice &d : devices) {
            m_names.insert(d.name.toLower(), d);
            m_short.insert(shortName(d.name), d);
        }
    }

    [[nodiscard]] AuditDevice resolve(const QString &sysName) const
    {
        const QString lower = sysName.trimmed().toLower();
        if (lower.isEmpty())
            return {};
        if (const auto it = m_names.constFind(lower); it != m_names.constEnd())
            return it.value();
        return m_short.value(shortName(lower));
    }

private:
    static QString shortName(const QString &name) { return name.section(QLatin1Char('.'), 0, 0).toLower(); }

    QHash<QString, AuditDevice> m_names;
    QHash<QString, AuditDevice> m_short;
};

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

} // namespace

QString CableEnds::toString() const
{
    return QStringLiteral("%1:%2 — %3:%4").arg(aDevice, aPort, bDevice, bPort);
}

int AuditReport::count(AuditFinding::Kind kind) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [kind](const AuditFinding &f) { return f.kind == kind; }));
}

int CableChangeSet::creates() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const CableChange &c) { return c.action == CableChange::Action::Create; }));
}

int CableChangeSet::deletes() const
{
    return int(changes.size()) - creates();
}

QString CableChangeSet::description() const
{
    QStringList lines;
    for (const CableChange &c : changes) {
        if (c.action == CableChange::Action::Delete)
            lines << QStringLiteral("delete cable #%1 (%2): %3").arg(c.cableId).arg(c.ends.toString(), c.reason);
    }
    for (const CableChange &c : changes) {
        if (c.action == CableChange::Action::Create)
            lines << QStringLiteral("create cable %1: %2").arg(c.ends.toString(), c.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

QString LldpAudit::normalisedPort(const QString &port)
{
    return Domain::normalisedInterfaceName(port);
}

AuditReport LldpAudit::run(const QList<AuditDevice> &devices, const QList<Domain::LinkRecord> &links,
                           const QList<LldpNeighbour> &neighbours)
{
    AuditReport report;
    const NameIndex names(devices);
    QHash<qint64, QString> deviceNames;
    for (const AuditDevice &d : devices)
        deviceNames.insert(d.id, d.name);

    // Each cabled interface end -> (link, which end).
    QHash<Endpoint, std::pair<int, bool>> byEnd;
    QHash<Endpoint, qint64> interfaceIds;
    for (int i = 0; i < links.size(); ++i) {
        const Domain::LinkRecord &l = links.at(i);
        const Endpoint a{l.aDeviceId, normalisedPort(l.aInterface)};
        const Endpoint b{l.bDeviceId, normalisedPort(l.bInterface)};
        byEnd.insert(a, {i, true});
        byEnd.insert(b, {i, false});
        interfaceIds.insert(a, l.aInterfaceId);
        interfaceIds.insert(b, l.bInterfaceId);
    }
    const auto recorded = [&](int index, bool fromA) {
        const Domain::LinkRecord &l = links.at(index);
        CableEnds e{l.aDeviceId, deviceNames.value(l.aDeviceId), l.aInterfaceId, l.aInterface,
                    l.bDeviceId, deviceNames.value(l.bDeviceId), l.bInterfaceId, l.bInterface};
        if (!fromA) {
            std::swap(e.aDeviceId, e.bDeviceId);
            std::swap(e.aDevice, e.bDevice);
            std::swap(e.aInterfaceId, e.bInterfaceId);
            std::swap(e.aPort, e.bPort);
        }
        return e;
    };

    QSet<qint64> polled;
    QSet<int> explained;
    QSet<QString> reported;
    for (const LldpNeighbour &n : neighbours) {
        const AuditDevice local = names.resolve(n.localDevice);
        if (!local.id) {
            ++report.skippedNeighbours;
            continue;
        }
        polled.insert(local.id);
        const AuditDevice remote = names.resolve(n.remoteSysName);
        const Endpoint l{local.id, normalisedPort(n.localPort)};
        const Endpoint r{remote.id, normalisedPort(n.remotePort)};
        const QString key = pairKey(QStringLiteral("%1:%2").arg(local.id).arg(l.port),
                                    remote.id ? QStringLiteral("%1:%2").arg(remote.id).arg(r.port)
                                              : n.remoteSysName.toLower() + QLatin1Char(':') + r.port);
        if (reported.contains(key))
            continue; // the same link seen from its other end
        reported.insert(key);

        const CableEnds observed{local.id, local.name, interfaceIds.value(l), n.localPort,
                                 remote.id, remote.id ? remote.name : n.remoteSysName, interfaceIds.value(r),
                                 n.remotePort};
        AuditFinding f;
        f.observed = observed;
        if (const auto at = byEnd.constFind(l); at != byEnd.constEnd()) {
            const auto [index, fromA] = at.value();
            explained.insert(index);
            const Domain::LinkRecord &link = links.at(index);
            const Endpoint far = fromA ? Endpoint{link.bDeviceId, normalisedPort(link.bInterface)}
                                       : Endpoint{link.aDeviceId, normalisedPort(link.aInterface)};
            if (remote.id && far == r) {
                ++report.matched;
                continue;
            }
            f.kind = AuditFinding::Kind::PortMismatch;
            f.recorded = recorded(index, fromA);
            f.cableId = link.cableId;
        } else if (!remote.id) {
            f.kind = AuditFinding::Kind::UnknownNeighbour;
        } else if (const auto rat = byEnd.constFind(r); rat != byEnd.constEnd()) {
            // NetBox cables the neighbour's port, but not to this port.
            const auto [index, fromA] = rat.value();
            explained.insert(index);
            f.kind = AuditFinding::Kind::PortMismatch;
            CableEnds rec = recorded(index, fromA);
            // Orient NetBox's cable like the observation: local end first.
            std::swap(rec.aDeviceId, rec.bDeviceId);
            std::swap(rec.aDevice, rec.bDevice);
            std::swap(rec.aInterfaceId, rec.bInterfaceId);
            std::swap(rec.aPort, rec.bPort);
            f.recorded = rec;
            f.cableId = links.at(index).cableId;
        } else {
            f.kind = AuditFinding::Kind::MissingInNetBox;
        }
        report.findings << f;
    }

    for (int i = 0; i < links.size(); ++i) {
        const Domain::LinkRecord &l = links.at(i);
        if (explained.contains(i) || l.cableStatus == QLatin1String("planned"))
            continue;
        const bool aPolled = polled.contains(l.aDeviceId);
        if (!aPolled && !polled.contains(l.bDeviceId))
            continue;
        AuditFinding f;
        f.kind = AuditFinding::Kind::NotSeenByLldp;
        f.recorded = recorded(i, aPolled);
        f.cableId = l.cableId;
        report.findings << f;
    }

    std::stable_sort(report.findings.begin(), report.findings.end(), [](const AuditFinding &a, const AuditFinding &b) {
        const CableEnds &ea = a.kind == AuditFinding::Kind::NotSeenByLldp ? a.recorded : a.observed;
        const CableEnds &eb = b.kind == AuditFinding::Kind::NotSeenByLldp ? b.recorded : b.observed;
        return std::tuple(int(a.kind), ea.aDevice, ea.aPort) < std::tuple(int(b.kind), eb.aDevice, eb.aPort);
    });
    return report;
}

AuditReport LldpAudit::run(const TopologyGraph &graph, const QList<LldpNeighbour> &neighbours)
{
    QList<AuditDevice> devices;
    devices.reserve(graph.nodes.size());
    for (const TopologyNode &n : graph.nodes)
        devices << AuditDevice{n.deviceId, n.name};
    QList<Domain::LinkRecord> links;
    for (const TopologyEdge &e : graph.edges) {
        if (e.kind == TopologyEdge::Kind::Circuit)
            continue; // LLDP does not run across a provider's circuit end to end
        for (const TopologyMember &m : e.members) {
            Domain::LinkRecord r;
            r.cableId = m.cableId;
            r.cableStatus = m.status;
            r.aDeviceId = e.aDeviceId;
            r.aInterfaceId = m.aInterfaceId;
            r.aInterface = m.aInterface;
            r.bDeviceId = e.bDeviceId;
            r.bInterfaceId = m.bInterfaceId;
            r.bInterface = m.bInterface;
            links << r;
        }
    }
    return run(devices, links, neighbours);
}

CableChangeSet LldpAudit::changeSet(const QList<AuditFinding> &findings)
{
    CableChangeSet set;
    QSet<qint64> deleted;
    for (const AuditFinding &f : findings) {
        switch (f.kind) {
        case AuditFinding::Kind::MissingInNetBox:
            set.changes << CableChange{CableChange::Action::Create, 0, f.observed,
                                       QStringLiteral("seen by LLDP, missing in NetBox")};
            break;
        case AuditFinding::Kind::NotSeenByLldp:
            if (!deleted.contains(f.cableId)) {
                deleted.insert(f.cableId);
                set.changes << CableChange{CableChange::Action::Delete, f.cableId, f.recorded,
                                           QStringLiteral("in NetBox, not seen by LLDP")};
            }
            break;
        case AuditFinding::Kind::PortMismatch:
            if (!deleted.contains(f.cableId)) {
                deleted.insert(f.cableId);
                set.changes << CableChange{CableChange::Action::Delete, f.cableId, f.recorded,
                                           QStringLiteral("LLDP sees %1 instead").arg(f.observed.toString())};
            }
            set.changes << CableChange{CableChange::Action::Create, 0, f.observed,
                                       QStringLiteral("replaces cable #%1 (port mismatch)").arg(f.cableId)};
            break;
        case AuditFinding::Kind::UnknownNeighbour:
            break;
        }
    }
    return set;
}

} // namespace OpsDeck::Topology
