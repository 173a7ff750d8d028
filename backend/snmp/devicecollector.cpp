// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/devicecollector.h"

#include "backend/snmp/mibparsers.h"
#include "backend/snmp/oidtable.h"
#include "backend/snmp/snmppoller.h"

namespace OpsDeck::Snmp {

namespace {
enum Slot {
    SystemSlot,
    IfSlot,
    IfXSlot,
    SensorSlot,
    PhysDescrSlot,
    PhysNameSlot,
    PhysSoftwareSlot,
    LldpRemSlot,
    LldpLocSlot,
    PduLegacySlot,
    PduPhaseSlot,
    SlotCount
};
const char *const kSlotNames[SlotCount] = {"system",
                                           "ifTable",
                                           "ifXTable",
                                           "entPhySensorTable",
                                           "entPhysicalDescr",
                                           "entPhysicalName",
                                           "entPhysicalSoftwareRev",
                                           "lldpRemTable",
                                           "lldpLocPortTable",
                                           "rPDULoadStatusLoad",
                                           "rPDU2PhaseStatusCurrent"};
} // namespace

struct DeviceCollector::Collection
{
    SnmpTarget target;
    int outstanding = 0;
    std::optional<Error> systemError;
    VarBindList results[SlotCount];
    QStringList warnings;
};

DeviceCollector::DeviceCollector(SnmpPoller *poller, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
{
    connect(m_poller, &SnmpPoller::finished, this, &DeviceCollector::handleReply);
}

DeviceCollector::~DeviceCollector()
{
    qDeleteAll(m_collections);
}

quint64 DeviceCollector::collect(const SnmpTarget &target, int parts)
{
    const quint64 id = m_nextId++;
    auto *c = new Collection;
    c->target = target;
    m_collections.insert(id, c);
    const auto issue = [&](int slot, quint64 requestId) {
        m_requests.insert(requestId, {id, slot});
        ++c->outstanding;
    };
    // The system group is always read: it carries sysUpTime for the counters.
    issue(SystemSlot, m_poller->get(target, {Oids::sysDescr, Oids::sysObjectId, Oids::sysUpTime, Oids::sysContact,
                                             Oids::sysName, Oids::sysLocation}));
    if (parts & int(CollectPart::Interfaces)) {
        issue(IfSlot, m_poller->walk(target, Oids::ifEntry));
        issue(IfXSlot, m_poller->walk(target, Oids::ifXEntry));
    }
    if (parts & int(CollectPart::Sensors)) {
        issue(SensorSlot, m_poller->walk(target, Oids::entPhySensorEntry));
        issue(PhysDescrSlot, m_poller->walk(target, Oids::entPhysicalDescr));
        issue(PhysNameSlot, m_poller->walk(target, Oids::entPhysicalName));
        issue(PhysSoftwareSlot, m_poller->walk(target, Oids::entPhysicalSoftwareRev));
    }
    if (parts & int(CollectPart::Lldp)) {
        issue(LldpRemSlot, m_poller->walk(target, Oids::lldpRemEntry));
        issue(LldpLocSlot, m_poller->walk(target, Oids::lldpLocPortEntry));
    }
    if (parts & int(CollectPart::Pdu)) {
        issue(PduLegacySlot, m_poller->walk(target, Oids::apcLoadStatusLoad));
        issue(PduPhaseSlot, m_poller->walk(target, Oids::apcPhaseStatusCurrent));
    }
    return id;
}

void DeviceCollector::handleReply(quint64 requestId, const Result<VarBindList> &result)
{
    const auto req = m_requests.constFind(requestId);
    if (req == m_requests.constEnd())
        return; // another user of the poller
    const auto [collectionId, slot] = *req;
    m_requests.erase(req);
    Collection *c = m_collections.value(collectionId);
    if (!c)
        return;
    if (result.ok()) {
        c->results[slot] = result.value();
    } else if (slot == SystemSlot) {
        c->systemError = result.error();
    } else {
        c->warnings << QStringLiteral("%1: %2").arg(QLatin1String(kSlotNames[slot]), result.error().detail);
    }
    if (--c->outstanding > 0)
        return;

    m_collections.remove(collectionId);
    std::unique_ptr<Collection> owned(c);
    if (c->systemError) {
        emit finished(collectionId, *c->systemError);
        return;
    }
    DeviceSnapshot snap;
    snap.device = c->target.peerName();
    snap.collectedAt = QDateTime::currentDateTimeUtc();
    snap.system = MibParsers::parseSystem(c->results[SystemSlot]);
    snap.interfaces = MibParsers::parseInterfaces(c->results[IfSlot], c->results[IfXSlot]);
    VarBindList physical = c->results[PhysDescrSlot];
    physical.append(c->results[PhysNameSlot]);
    snap.sensors = MibParsers::parseSensors(c->results[SensorSlot], physical);
    snap.neighbours = MibParsers::parseLldp(c->results[LldpRemSlot], c->results[LldpLocSlot]);
    VarBindList pdu = c->results[PduLegacySlot];
    pdu.append(c->results[PduPhaseSlot]);
    snap.pduLoads = MibParsers::parsePduLoads(pdu);
    snap.softwareRevisions = MibParsers::parseSoftwareRevisions(c->results[PhysSoftwareSlot]);
    snap.warnings = c->warnings;
    emit finished(collectionId, snap);
}

} // namespace OpsDeck::Snmp
