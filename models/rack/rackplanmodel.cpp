// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/rack/rackplanmodel.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/rack/rackcommands.h"

namespace OpsDeck::Models {

namespace {

const QLatin1String kFormat("opsdeck-rack-plan");

QString kindKey(PlanChange::Kind kind)
{
    switch (kind) {
    case PlanChange::Kind::Add:
        return QStringLiteral("add");
    case PlanChange::Kind::Move:
        return QStringLiteral("move");
    case PlanChange::Kind::Unmount:
        return QStringLiteral("unmount");
    case PlanChange::Kind::Reserve:
        return QStringLiteral("reserve");
    }
    return {};
}

bool samePlace(const Domain::Device &a, qint64 rackId, double position, const QString &face)
{
    return a.rackId == rackId && a.position == position && a.face == face;
}

} // namespace

RackPlanModel::RackPlanModel(QObject *parent)
    : QObject(parent)
{}

RackPlanModel::~RackPlanModel()
{
    // Commands refer to this model: drop them first.
    m_undoStack.clear();
}

void RackPlanModel::setSiteData(const RackSiteData &data)
{
    m_undoStack.clear();
    m_baseline = data;
    m_rackIndex.clear();
    for (int i = 0; i < m_baseline.racks.size(); ++i)
        m_rackIndex.insert(m_baseline.racks.at(i).id, i);
    m_devices.clear();
    m_byRack.clear();
    for (const Domain::Device &d : data.devices) {
        m_devices.insert(d.id, d);
        m_byRack[d.rackId] << d.id; // 0 holds the unracked ones

    }
    m_loads.clear();
    for (const Domain::DeviceLoad &l : data.loads)
        m_loads.insert(l.deviceId, l);
    m_limits.clear();
    for (const Domain::RackLimits &l : data.limits)
        m_limits.insert(l.rackId, l);
    m_reservations = data.reservations;
    m_nextNewId = -1;
    m_lastAddedId = 0;
    emit siteReset();
}

Domain::Rack RackPlanModel::rack(qint64 rackId) const
{
    const auto it = m_rackIndex.constFind(rackId);
    return it == m_rackIndex.cend() ? Domain::Rack{} : m_baseline.racks.at(it.value());
}

QList<qint64> RackPlanModel::rackIds(qint64 locationId) const
{
    QList<qint64> out;
    for (const Domain::Rack &r : m_baseline.racks) {
        if (!locationId || r.locationId == locationId)
            out << r.id;
    }
    return out;
}

QList<Domain::Device> RackPlanModel::devicesInRack(qint64 rackId) const
{
    QList<Domain::Device> out;
    for (qint64 id : m_byRack.value(rackId))
        out << m_devices.value(id);
    return out;
}

QList<Domain::Device> RackPlanModel::childDevices(qint64 parentId) const
{
    QList<Domain::Device> out;
    const Domain::Device parent = m_devices.value(parentId);
    for (qint64 id : m_byRack.value(parent.rackId)) {
        const Domain::Device &d = m_devices[id];
        if (d.parentDeviceId == parentId)
            out << d;
    }
    std::sort(out.begin(), out.end(), [](const Domain::Device &a, const Domain::Device &b) {
        return a.deviceBay.size() != b.deviceBay.size() ? a.deviceBay.size() < b.deviceBay.size() : a.deviceBay < b.deviceBay;
    });
    return out;
}

Domain::DeviceType RackPlanModel::deviceType(qint64 typeId) const
{
    for (const Domain::DeviceType &t : m_baseline.deviceTypes) {
        if (t.id == typeId)
            return t;
    }
    return {};
}

QList<Domain::RackReservation> RackPlanModel::reservations(qint64 rackId) const
{
    QList<Domain::RackReservation> out;
    for (const Domain::RackReservation &r : m_reservations) {
        if (r.rackId == rackId)
            out << r;
    }
    return out;
}

RackContents RackPlanModel::contents(qint64 rackId) const
{
    RackContents c;
    c.rack = rack(rackId);
    c.devices = devicesInRack(rackId);
    c.reservations = reservations(rackId);
    c.limits = m_limits.value(rackId);
    for (const Domain::Device &d : std::as_const(c.devices))
        c.loads.insert(d.id, m_loads.value(d.id));
    return c;
}

RackCapacity RackPlanModel::capacity(qint64 rackId) const
{
    RackCapacity cap;
    const Domain::Rack r = rack(rackId);
    cap.totalUnits = r.uHeight;
    const Domain::RackLimits limits = m_limits.value(rackId);
    cap.maxWeightKg = limits.maxWeightKg;
    cap.powerBudgetW = limits.powerBudgetW;
    std::set<int> halves;
    for (qint64 id : m_byRack.value(rackId)) {
        const Domain::Device &d = m_devices[id];
        const Domain::DeviceLoad load = m_loads.value(id);
        cap.weightKg += load.weightKg;
        if (d.uHeight > 0 || d.parentDeviceId)
            cap.drawW += load.allocatedDrawW;
        if (d.parentDeviceId || d.uHeight <= 0 || d.position <= 0)
            continue;
        const int first = int(std::lround(d.position * 2));
        for (int s = 0; s < int(std::lround(d.uHeight * 2)); ++s)
            halves.insert(first + s);
    }
    cap.usedUnits = double(halves.size()) / 2.0;
    return cap;
}

RackCapacity RackPlanModel::siteCapacity() const
{
    RackCapacity total;
    for (const Domain::Rack &r : m_baseline.racks) {
        const RackCapacity c = capacity(r.id);
        total.totalUnits += c.totalUnits;
        total.usedUnits += c.usedUnits;
        total.weightKg += c.weightKg;
        total.maxWeightKg += c.maxWeightKg;
        total.drawW += c.drawW;
        total.powerBudgetW += c.powerBudgetW;
    }
    return total;
}

QList<qint64> RackPlanModel::findDevices(const QString &text) const
{
    QList<qint64> out;
    if (text.trimmed().isEmpty())
        return out;
    const QString needle = text.trimmed();
    for (const Domain::Device &d : m_devices) {
        if (d.name.contains(needle, Qt::CaseInsensitive) || d.serial.contains(needle, Qt::CaseInsensitive)
            || d.assetTag.contains(needle, Qt::CaseInsensitive) || d.primaryIp.startsWith(needle))
            out << d.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

int RackPlanModel::deviceWidth(const Domain::Device &device) const
{
    // Device types carry no width: a device is as wide as the rack it came
    // from, and new or unracked equipment is 19-inch.
    return device.rackId && hasRack(device.rackId) ? rack(device.rackId).width : 19;
}

PlacementVerdict RackPlanModel::checkMove(qint64 deviceId, qint64 rackId, double position, const QString &face) const
{
    const Domain::Device d = m_devices.value(deviceId);
    PlacementCandidate c;
    c.deviceId = deviceId;
    c.uHeight = d.uHeight;
    c.fullDepth = d.fullDepth;
    c.face = d.uHeight > 0 ? face : QString();
    c.position = d.uHeight > 0 ? position : 0;
    c.widthInches = deviceWidth(d);
    c.weightKg = m_loads.value(deviceId).weightKg;
    c.drawW = d.uHeight > 0 ? m_loads.value(deviceId).allocatedDrawW : 0;
    c.tenantName = d.tenantName;
    c.isChild = d.parentDeviceId != 0;
    return checkPlacement(contents(rackId), c);
}

PlacementVerdict RackPlanModel::checkNewDevice(qint64 typeId, qint64 rackId, double position, const QString &face) const
{
    const Domain::DeviceType t = deviceType(typeId);
    PlacementCandidate c;
    c.uHeight = t.uHeight;
    c.fullDepth = t.fullDepth;
    c.face = t.uHeight > 0 ? face : QString();
    c.position = t.uHeight > 0 ? position : 0;
    c.weightKg = t.weightKg;
    c.isChild = t.subdeviceRole == QLatin1String("child");
    c.tenantName = rack(rackId).tenantName;
    return checkPlacement(contents(rackId), c);
}

PlacementVerdict RackPlanModel::moveDevice(qint64 deviceId, qint64 rackId, double position, const QString &face)
{
    if (!m_devices.contains(deviceId) || !hasRack(rackId))
        return {PlacementProblem::OutsideRack, tr("There is no such device or rack.")};
    const Domain::Device d = m_devices.value(deviceId);
    if (d.parentDeviceId)
        return checkMove(deviceId, rackId, position, face);
    const double pos = d.uHeight > 0 ? position : 0;
    const QString f = d.uHeight > 0 ? face : QString();
    if (samePlace(d, rackId, pos, f))
        return {};
    const PlacementVerdict verdict = checkMove(deviceId, rackId, pos, f);
    if (!verdict.ok())
        return verdict;
    const QString text = d.rackId == rackId
        ? tr("Move %1 to U%2 %3").arg(d.name).arg(pos).arg(f)
        : tr("Move %1 to %2").arg(d.name, rack(rackId).name);
    m_undoStack.push(new MoveDeviceCommand(this, deviceId, RackSlot{d.rackId, d.position, d.face},
                                           RackSlot{rackId, pos, f}, text));
    return verdict;
}

PlacementVerdict RackPlanModel::addDevice(qint64 typeId, qint64 rackId, double position, const QString &face,
                                          const QString &name)
{
    const Domain::DeviceType t = deviceType(typeId);
    if (!t.id || !hasRack(rackId))
        return {PlacementProblem::OutsideRack, tr("There is no such device type or rack.")};
    const PlacementVerdict verdict = checkNewDevice(typeId, rackId, position, face);
    if (!verdict.ok())
        return verdict;
    const Domain::Rack r = rack(rackId);
    Domain::Device d;
    d.id = m_nextNewId--;
    d.name = name.isEmpty() ? tr("%1-new%2").arg(r.name.toLower()).arg(-d.id) : name;
    d.status = QStringLiteral("planned");
    d.siteId = r.siteId;
    d.siteName = m_baseline.site.name;
    d.locationId = r.locationId;
    d.rackId = rackId;
    d.rackName = r.name;
    d.position = t.uHeight > 0 ? position : 0;
    d.face = t.uHeight > 0 ? face : QString();
    d.uHeight = t.uHeight;
    d.fullDepth = t.fullDepth;
    d.manufacturer = t.manufacturer;
    d.model = t.model;
    d.tenantName = r.tenantName;
    d.airflow = t.airflow;
    Domain::DeviceLoad load;
    load.deviceId = d.id;
    load.deviceTypeId = t.id;
    load.weightKg = t.weightKg;
    m_lastAddedId = d.id;
    m_undoStack.push(new AddDeviceCommand(this, d, load, tr("Add %1 (%2) to %3").arg(d.name, t.model, r.name)));
    return verdict;
}

bool RackPlanModel::unmountDevice(qint64 deviceId)
{
    const Domain::Device d = m_devices.value(deviceId);
    if (!d.id || !d.rackId || d.parentDeviceId)
        return false;
    m_undoStack.push(new MoveDeviceCommand(this, deviceId, RackSlot{d.rackId, d.position, d.face}, RackSlot{},
                                           tr("Unmount %1 from %2").arg(d.name, d.rackName)));
    return true;
}

PlacementVerdict RackPlanModel::reserveUnits(qint64 rackId, const QList<int> &units, const QString &description)
{
    const Domain::Rack r = rack(rackId);
    if (!r.id || units.isEmpty())
        return {PlacementProblem::OutsideRack, tr("There is no such rack.")};
    for (int u : units) {
        if (u < r.startingUnit || u >= r.startingUnit + r.uHeight)
            return {PlacementProblem::OutsideRack, tr("Rack %1 has no unit %2.").arg(r.name).arg(u)};
        for (qint64 id : m_byRack.value(rackId)) {
            const Domain::Device &d = m_devices[id];
            if (!d.parentDeviceId && d.uHeight > 0 && d.position > 0 && unitsTouched(d.position, d.uHeight).contains(u)) {
                PlacementVerdict v{PlacementProblem::Collision, tr("U%1 is taken by %2.").arg(u).arg(d.name)};
                v.blockingDeviceId = d.id;
                return v;
            }
        }
    }
    Domain::RackReservation res;
    res.id = m_nextNewId--;
    res.rackId = rackId;
    res.units = units;
    std::sort(res.units.begin(), res.units.end());
    res.description = description;
    m_undoStack.push(new ReserveUnitsCommand(this, res,
                                             tr("Reserve %n unit(s) in %1", nullptr, int(units.size())).arg(r.name)));
    return {};
}

QList<PlanChange> RackPlanModel::changes() const
{
    QHash<qint64, const Domain::Device *> base;
    for (const Domain::Device &d : m_baseline.devices)
        base.insert(d.id, &d);
    QList<PlanChange> out;
    for (const Domain::Device &d : m_devices) {
        PlanChange c;
        c.deviceId = d.id;
        c.name = d.name;
        c.toRackId = d.rackId;
        c.toPosition = d.position;
        c.toFace = d.face;
        if (d.id < 0) {
            if (!d.rackId)
                continue;
            c.kind = PlanChange::Kind::Add;
            c.deviceTypeId = m_loads.value(d.id).deviceTypeId;
        } else {
            const Domain::Device *b = base.value(d.id);
            if (!b || d.parentDeviceId || samePlace(*b, d.rackId, d.position, d.face))
                continue;
            c.kind = d.rackId ? PlanChange::Kind::Move : PlanChange::Kind::Unmount;
            c.fromRackId = b->rackId;
            c.fromPosition = b->position;
            c.fromFace = b->face;
        }
        out << c;
    }
    for (const Domain::RackReservation &r : m_reservations) {
        if (r.id >= 0)
            continue;
        PlanChange c;
        c.kind = PlanChange::Kind::Reserve;
        c.toRackId = r.rackId;
        c.units = r.units;
        c.description = r.description;
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const PlanChange &a, const PlanChange &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.kind == PlanChange::Kind::Add ? a.deviceId > b.deviceId : a.deviceId < b.deviceId;
    });
    return out;
}

QByteArray RackPlanModel::planDocument(const QString &name) const
{
    QJsonArray list;
    for (const PlanChange &c : changes()) {
        QJsonObject o{{QStringLiteral("op"), kindKey(c.kind)},
                      {QStringLiteral("rack"), c.toRackId},
                      {QStringLiteral("position"), c.toPosition},
                      {QStringLiteral("face"), c.toFace}};
        if (c.kind == PlanChange::Kind::Reserve) {
            QJsonArray units;
            for (int u : c.units)
                units.append(u);
            o.insert(QStringLiteral("units"), units);
            o.insert(QStringLiteral("description"), c.description);
        } else {
            o.insert(QStringLiteral("device"), c.deviceId);
            o.insert(QStringLiteral("name"), c.name);
        }
        if (c.kind == PlanChange::Kind::Add)
            o.insert(QStringLiteral("type"), c.deviceTypeId);
        if (c.kind == PlanChange::Kind::Move || c.kind == PlanChange::Kind::Unmount) {
            o.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("rack"), c.fromRackId},
                                                         {QStringLiteral("position"), c.fromPosition},
                                                         {QStringLiteral("face"), c.fromFace}});
        }
        list.append(o);
    }
    const QJsonObject doc{{QStringLiteral("format"), kFormat},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("site"), m_baseline.site.id},
                          {QStringLiteral("changes"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QStringList> RackPlanModel::applyPlanDocument(const QByteArray &document)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error(ErrorCode::InvalidInput, QStringLiteral("not a rack plan: %1").arg(parseError.errorString()));
    if (root.value(QStringLiteral("site")).toInteger() != m_baseline.site.id)
        return Error(ErrorCode::InvalidInput, QStringLiteral("the plan is for another site"));

    QStringList problems;
    m_undoStack.beginMacro(tr("Apply plan %1").arg(root.value(QStringLiteral("name")).toString()));
    for (const QJsonValue &v : root.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString op = o.value(QStringLiteral("op")).toString();
        const qint64 rackId = o.value(QStringLiteral("rack")).toInteger();
        const double position = o.value(QStringLiteral("position")).toDouble();
        const QString face = o.value(QStringLiteral("face")).toString();
        const qint64 deviceId = o.value(QStringLiteral("device")).toInteger();
        const QString name = o.value(QStringLiteral("name")).toString();
        PlacementVerdict verdict;
        if (op == QLatin1String("add")) {
            verdict = addDevice(o.value(QStringLiteral("type")).toInteger(), rackId, position, face, name);
        } else if (op == QLatin1String("move") || op == QLatin1String("unmount")) {
            if (!m_devices.contains(deviceId)) {
                problems << tr("%1 is no longer in the inventory.").arg(name);
                continue;
            }
            const QJsonObject from = o.value(QStringLiteral("from")).toObject();
            const Domain::Device now = m_devices.value(deviceId);
            if (!samePlace(now, from.value(QStringLiteral("rack")).toInteger(),
                           from.value(QStringLiteral("position")).toDouble(), from.value(QStringLiteral("face")).toString()))
                problems << tr("%1 has moved in the inventory since the plan was made.").arg(name);
            if (op == QLatin1String("unmount"))
                unmountDevice(deviceId);
            else
                verdict = moveDevice(deviceId, rackId, position, face);
        } else if (op == QLatin1String("reserve")) {
            QList<int> units;
            for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
                units << u.toInt();
            verdict = reserveUnits(rackId, units, o.value(QStringLiteral("description")).toString());
        } else {
            problems << tr("Unknown change \"%1\" skipped.").arg(op);
        }
        if (!verdict.ok())
            problems << tr("%1: %2").arg(name.isEmpty() ? rack(rackId).name : name, verdict.reason);
    }
    m_undoStack.endMacro();
    return problems;
}

void RackPlanModel::setPlacement(qint64 deviceId, qint64 rackId, double position, const QString &face)
{
    auto it = m_devices.find(deviceId);
    if (it == m_devices.end())
        return;
    const qint64 oldRack = it->rackId;
    it->rackId = rackId;
    it->rackName = rack(rackId).name;
    it->locationId = rackId ? rack(rackId).locationId : it->locationId;
    it->position = position;
    it->face = face;
    if (oldRack != rackId) {
        // Children in bays travel with their parent.
        QList<qint64> moved{deviceId};
        for (qint64 id : m_byRack.value(oldRack)) {
            Domain::Device &child = m_devices[id];
            if (child.parentDeviceId == deviceId) {
                child.rackId = rackId;
                child.rackName = it->rackName;
                moved << id;
            }
        }
        for (qint64 id : moved) {
            m_byRack[oldRack].removeAll(id);
            m_byRack[rackId] << id;
        }
    }
    if (oldRack)
        emit rackChanged(oldRack);
    if (rackId && rackId != oldRack)
        emit rackChanged(rackId);
}

void RackPlanModel::insertDevice(const Domain::Device &device, const Domain::DeviceLoad &load)
{
    m_devices.insert(device.id, device);
    m_loads.insert(device.id, load);
    m_byRack[device.rackId] << device.id;
    emit rackChanged(device.rackId);
}

void RackPlanModel::eraseDevice(qint64 deviceId)
{
    const Domain::Device d = m_devices.take(deviceId);
    m_loads.remove(deviceId);
    m_byRack[d.rackId].removeAll(deviceId);
    emit rackChanged(d.rackId);
}

void RackPlanModel::insertReservation(const Domain::RackReservation &reservation)
{
    m_reservations << reservation;
    emit rackChanged(reservation.rackId);
}

void RackPlanModel::eraseReservation(qint64 reservationId)
{
    for (int i = 0; i < m_reservations.size(); ++i) {
        if (m_reservations.at(i).id == reservationId) {
            const qint64 rackId = m_reservations.takeAt(i).rackId;
            emit rackChanged(rackId);
            return;
        }
    }
}

} // namespace OpsDeck::Models
