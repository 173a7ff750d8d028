// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/lldpaudit.h"

#include <algorithm>
#include <optional>
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

CableEnds reversed(CableEnds e)
{
    std::swap(e.aDeviceId, e.bDeviceId);
    std::swap(e.aDevice, e.bDevice);
    std::swap(e.aInterfaceId, e.bInterfaceId);
    std::swap(e.aPort, e.bPort);
    return e;
}

/// NetBox's cables by their interface ends.
class CableIndex
{
public:
    CableIndex(const QList<Domain::LinkRecord> &links, const QList<AuditDevice> &devices)
        : m_links(links)
    {
        for (const AuditDevice &d : devices)
            m_deviceNames.insert(d.id, d.name);
        for (int i = 0; i < links.size(); ++i) {
            const Domain::LinkRecord &l = links.at(i);
            const Endpoint a{l.aDeviceId, LldpAudit::normalisedPort(l.aInterface)};
            const Endpoint b{l.bDeviceId, LldpAudit::normalisedPort(l.bInterface)};
            m_byEnd.insert(a, {i, true});
            m_byEnd.insert(b, {i, false});
            m_interfaceIds.insert(a, l.aInterfaceId);
            m_interfaceIds.insert(b, l.bInterfaceId);
        }
    }

    /// The cable at an interface end: its index and whether the end is its A end.
    [[nodiscard]] std::optional<std::pair<int, bool>> at(const Endpoint &end) const
    {
        const auto it = m_byEnd.constFind(end);
        return it == m_byEnd.constEnd() ? std::nullopt : std::optional(it.value());
    }

    [[nodiscard]] qint64 interfaceId(const Endpoint &end) const { return m_interfaceIds.value(end); }

    [[nodiscard]] Endpoint farEnd(int index, bool fromA) const
    {
        const Domain::LinkRecord &link = m_links.at(index);
        return fromA ? Endpoint{link.bDeviceId, LldpAudit::normalisedPort(link.bInterface)}
                     : Endpoint{link.aDeviceId, LldpAudit::normalisedPort(link.aInterface)};
    }

    /// The cable as NetBox records it, seen from one of its ends.
    [[nodiscard]] CableEnds ends(int index, bool fromA) const
    {
        const Domain::LinkRecord &l = m_links.at(index);
        const CableEnds e{l.aDeviceId, m_deviceNames.value(l.aDeviceId), l.aInterfaceId, l.aInterface,
                          l.bDeviceId, m_deviceNames.value(l.bDeviceId), l.bInterfaceId, l.bInterface};
        return fromA ? e : reversed(e);
    }

private:
    const QList<Domain::LinkRecord> &m_links;
    QHash<qint64, QString> m_deviceNames;
    QHash<Endpoint, std::pair<int, bool>> m_byEnd;
    QHash<Endpoint, qint64> m_interfaceIds;
};

/// Findings of the same kind together, then by device and port.
void sortFindings(QList<AuditFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const AuditFinding &a, const AuditFinding &b) {
        const CableEnds &ea = a.kind == AuditFinding::Kind::NotSeenByLldp ? a.recorded : a.observed;
        const CableEnds &eb = b.kind == AuditFinding::Kind::NotSeenByLldp ? b.recorded : b.observed;
        return std::tuple(int(a.kind), ea.aDevice, ea.aPort) < std::tuple(int(b.kind), eb.aDevice, eb.aPort);
    });
}

} // namespace

QString CableEnds::toString() const
{
    return QStringLiteral("%1:%2 — %3:%4").arg(aDevice, aPort, bDevice, bPort);
}

int AuditReport::count(AuditFinding::Kind kind) const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [kind](const AuditFinding &f) { return f.kind == kind; }));
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
    const CableIndex cables(links, devices);

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

        AuditFinding f;
        f.observed = CableEnds{local.id,
                               local.name,
                               cables.interfaceId(l),
                               n.localPort,
                               remote.id,
                               remote.id ? remote.name : n.remoteSysName,
                               cables.interfaceId(r),
                               n.remotePort};
        if (const auto cable = cables.at(l)) {
            const auto [index, fromA] = *cable;
            explained.insert(index);
            if (remote.id && cables.farEnd(index, fromA) == r) {
                ++report.matched;
                continue;
            }
            f.kind = AuditFinding::Kind::PortMismatch;
            f.recorded = cables.ends(index, fromA);
            f.cableId = links.at(index).cableId;
        } else if (!remote.id) {
            f.kind = AuditFinding::Kind::UnknownNeighbour;
        } else if (const auto remoteCable = cables.at(r)) {
            // NetBox cables the neighbour's port, but not to this port.
            const auto [index, fromA] = *remoteCable;
            explained.insert(index);
            f.kind = AuditFinding::Kind::PortMismatch;
            // Oriented like the observation: local end first.
            f.recorded = reversed(cables.ends(index, fromA));
            f.cableId = links.at(index).cableId;
        } else {
            f.kind = AuditFinding::Kind::MissingInNetBox;
        }
        report.findings << f;
    }

    // Cables at a polled device that no neighbour explained.
    for (int i = 0; i < links.size(); ++i) {
        const Domain::LinkRecord &l = links.at(i);
        if (explained.contains(i) || l.cableStatus == QLatin1String("planned"))
            continue;
        const bool aPolled = polled.contains(l.aDeviceId);
        if (!aPolled && !polled.contains(l.bDeviceId))
            continue;
        AuditFinding f;
        f.kind = AuditFinding::Kind::NotSeenByLldp;
        f.recorded = cables.ends(i, aPolled);
        f.cableId = l.cableId;
        report.findings << f;
    }
    sortFindings(report.findings);
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
