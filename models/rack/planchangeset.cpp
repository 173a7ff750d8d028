// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/rack/planchangeset.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace OpsDeck::Models {

using Domain::ObjectKind;

namespace {

const Domain::Rack *findRack(const RackSiteData &site, qint64 id)
{
    for (const Domain::Rack &r : site.racks) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Domain::DeviceType *findType(const RackSiteData &site, qint64 id)
{
    for (const Domain::DeviceType &t : site.deviceTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Domain::Device *findDevice(const RackSiteData &site, qint64 id)
{
    for (const Domain::Device &d : site.devices) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

/// The units and sides of a rack a device takes; empty when it takes none
/// (0U, not mounted, not in a rack).
struct Span
{
    qint64 rackId = 0;
    double low = 0;
    double high = 0;
    bool front = false;
    bool rear = false;

    [[nodiscard]] bool isEmpty() const { return !rackId || high <= low; }
    [[nodiscard]] bool collides(const Span &o) const
    {
        return !isEmpty() && !o.isEmpty() && rackId == o.rackId && low < o.high && o.low < high &&
               ((front && o.front) || (rear && o.rear));
    }
};

Span spanOf(qint64 rackId, double position, const QString &face, double uHeight, bool fullDepth)
{
    if (position <= 0 || uHeight <= 0)
        return {};
    const bool isFront = face == QLatin1String("front");
    return Span{rackId, position, position + uHeight, fullDepth || isFront, fullDepth || !isFront};
}

struct PendingMove
{
    int item = 0;
    qint64 deviceId = 0;
    QJsonObject fields;
    Span from;
    Span to;
};

/// Orders moves so that each one's target units are vacated by the moves
/// before it. Returns the items caught in a cycle (devices swapping units).
QList<int> orderMoves(QList<PendingMove> *moves)
{
    QList<PendingMove> pending = *moves;
    QList<PendingMove> ordered;
    while (!pending.isEmpty()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < pending.size() && next < 0; ++i) {
            bool blocked = false;
            for (qsizetype j = 0; j < pending.size() && !blocked; ++j)
                blocked = j != i && pending.at(j).from.collides(pending.at(i).to);
            if (!blocked)
                next = i;
        }
        if (next < 0)
            break;
        ordered << pending.takeAt(next);
    }
    QList<int> cycle;
    for (const PendingMove &m : std::as_const(pending))
        cycle << m.item;
    ordered << pending;
    *moves = ordered;
    return cycle;
}

QString unitNumber(double position)
{
    return QLocale().toString(position, 'g', 6);
}

/// "U5", "U5–U7", "U5, U7–U8".
QString unitsText(QList<int> units)
{
    std::sort(units.begin(), units.end());
    QStringList parts;
    for (qsizetype i = 0; i < units.size();) {
        qsizetype j = i;
        while (j + 1 < units.size() && units.at(j + 1) == units.at(j) + 1)
            ++j;
        parts << (i == j ? QStringLiteral("U%1").arg(units.at(i))
                         : QStringLiteral("U%1–U%2").arg(units.at(i)).arg(units.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

/// Turns the plan's changes into NetBox edits, one kind of change at a time,
/// saying for each change why it is not exported when it is not.
class PlanExporter
{
public:
    PlanExporter(const RackSiteData &baseline, const PlanChangeSetOptions &options)
        : m_baseline(baseline)
        , m_options(options)
    {}

    /// Exports change @p c (item @p index of the set) into @p item.
    void add(const PlanChange &c, int index, PlanChangeSetItem &item)
    {
        const Domain::Rack *rack = findRack(m_baseline, c.toRackId);
        switch (c.kind) {
        case PlanChange::Kind::Move:
            exportMove(c, rack, index, item);
            return;
        case PlanChange::Kind::Unmount:
            exportUnmount(c, item);
            return;
        case PlanChange::Kind::Add:
            exportAdd(c, rack, item);
            return;
        case PlanChange::Kind::Reserve:
            exportReserve(c, rack, item);
            return;
        }
    }

    /// The items caught in a cycle of moves (devices swapping units).
    [[nodiscard]] QList<int> orderMoves() { return OpsDeck::Models::orderMoves(&m_moves); }

    /// The edits in an order NetBox accepts: units are vacated before they
    /// are filled.
    [[nodiscard]] QList<NetBox::Edit> edits() const
    {
        NetBox::ChangeSet set;
        for (const auto &[deviceId, fields] : m_unmounts)
            set.update(ObjectKind::Device, deviceId, fields);
        for (const PendingMove &m : m_moves)
            set.update(ObjectKind::Device, m.deviceId, m.fields);
        for (const QJsonObject &body : m_adds)
            set.addDevice(body);
        for (const QJsonObject &body : m_reservations)
            set.create(ObjectKind::RackReservation, body);
        return set.edits();
    }

private:
    void exportMove(const PlanChange &c, const Domain::Rack *rack, int index, PlanChangeSetItem &item)
    {
        const Domain::Device *device = findDevice(m_baseline, c.deviceId);
        if (!device || c.deviceId <= 0) {
            item.note = PlanChangeSet::tr("%1 is not exported: the device is not in the inventory.").arg(c.name);
            return;
        }
        if (!rack) {
            item.note = PlanChangeSet::tr("%1 is not exported: its rack is not at this site.").arg(c.name);
            return;
        }
        if (c.toPosition > 0 && c.toFace.isEmpty()) {
            item.note = PlanChangeSet::tr("%1 is not exported: a mounted device needs a rack face.").arg(c.name);
            return;
        }
        QJsonObject fields{{QStringLiteral("rack"), c.toRackId}};
        // NetBox takes no position without a face, and none at all for
        // 0U devices: both null when the device takes no unit.
        const bool mounted = c.toPosition > 0;
        fields.insert(QStringLiteral("position"), mounted ? QJsonValue(c.toPosition) : QJsonValue(QJsonValue::Null));
        fields.insert(QStringLiteral("face"), mounted ? QJsonValue(c.toFace) : QJsonValue(QJsonValue::Null));
        if (c.fromRackId != c.toRackId)
            fields.insert(QStringLiteral("location"), idOrNull(rack->locationId));
        PendingMove move;
        move.item = index;
        move.deviceId = c.deviceId;
        move.fields = fields;
        move.from = spanOf(c.fromRackId, c.fromPosition, c.fromFace, device->uHeight, device->fullDepth);
        move.to = spanOf(c.toRackId, c.toPosition, c.toFace, device->uHeight, device->fullDepth);
        m_moves << move;
        item.exported = true;
    }

    void exportUnmount(const PlanChange &c, PlanChangeSetItem &item)
    {
        if (c.deviceId <= 0 || !findDevice(m_baseline, c.deviceId)) {
            item.note = PlanChangeSet::tr("%1 is not exported: the device is not in the inventory.").arg(c.name);
            return;
        }
        // The plan takes the device out of its rack; it stays at its
        // site and location. NetBox takes no position or face without
        // a rack.
        m_unmounts << std::pair{c.deviceId, QJsonObject{{QStringLiteral("rack"), QJsonValue(QJsonValue::Null)},
                                                        {QStringLiteral("position"), QJsonValue(QJsonValue::Null)},
                                                        {QStringLiteral("face"), QJsonValue(QJsonValue::Null)}}};
        item.exported = true;
    }

    void exportAdd(const PlanChange &c, const Domain::Rack *rack, PlanChangeSetItem &item)
    {
        const QString name = c.name.trimmed();
        const Domain::DeviceType *type = findType(m_baseline, c.deviceTypeId);
        if (name.isEmpty()) {
            item.note = PlanChangeSet::tr("A new device in %1 is not exported: it has no name, and NetBox needs one.")
                            .arg(rack ? rack->name : PlanChangeSet::tr("rack %1").arg(c.toRackId));
            return;
        }
        if (!type) {
            item.note = PlanChangeSet::tr("%1 is not exported: its device type is not in the catalogue.").arg(name);
            return;
        }
        if (!rack) {
            item.note = PlanChangeSet::tr("%1 is not exported: its rack is not at this site.").arg(name);
            return;
        }
        if (!m_options.roleId) {
            item.note =
                PlanChangeSet::tr("%1 is not exported: NetBox needs a role for a new device; choose one.").arg(name);
            return;
        }
        const bool mounted = c.toPosition > 0 && !c.toFace.isEmpty();
        m_adds << QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("device_type"), type->id},
            {QStringLiteral("role"), m_options.roleId},
            {QStringLiteral("site"), m_baseline.site.id ? m_baseline.site.id : rack->siteId},
            {QStringLiteral("location"), idOrNull(rack->locationId)},
            {QStringLiteral("rack"), rack->id},
            {QStringLiteral("position"), mounted ? QJsonValue(c.toPosition) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("face"), mounted ? QJsonValue(c.toFace) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), m_options.status.isEmpty() ? QStringLiteral("planned") : m_options.status}};
        item.exported = true;
        if (type->subdeviceRole == QLatin1String("child"))
            item.note =
                PlanChangeSet::tr(
                    "%1 is a child device: install it in a device bay of its parent in NetBox once it is written.")
                    .arg(name);
    }

    void exportReserve(const PlanChange &c, const Domain::Rack *rack, PlanChangeSetItem &item)
    {
        const QString where =
            PlanChangeSet::tr("%1 in %2")
                .arg(unitsText(c.units), rack ? rack->name : PlanChangeSet::tr("rack %1").arg(c.toRackId));
        if (!rack || c.units.isEmpty()) {
            item.note =
                PlanChangeSet::tr("The reservation of %1 is not exported: its rack is not at this site.").arg(where);
            return;
        }
        if (!m_options.reservationUserId) {
            item.note =
                PlanChangeSet::tr("The reservation of %1 is not exported: NetBox needs the user it is made for.")
                    .arg(where);
            return;
        }
        if (c.description.trimmed().isEmpty()) {
            item.note =
                PlanChangeSet::tr("The reservation of %1 is not exported: NetBox needs a description.").arg(where);
            return;
        }
        QJsonArray units;
        for (int u : c.units)
            units.append(u);
        m_reservations << QJsonObject{{QStringLiteral("rack"), rack->id},
                                      {QStringLiteral("units"), units},
                                      {QStringLiteral("user"), m_options.reservationUserId},
                                      {QStringLiteral("description"), c.description.trimmed()}};
        item.exported = true;
    }

    const RackSiteData &m_baseline;
    const PlanChangeSetOptions &m_options;
    QList<std::pair<qint64, QJsonObject>> m_unmounts;
    QList<PendingMove> m_moves;
    QList<QJsonObject> m_adds;
    QList<QJsonObject> m_reservations;
};

} // namespace

int PlanChangeSet::exportedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanChangeSetItem &i) { return i.exported; }));
}

QString PlanChangeSet::describe(const RackSiteData &baseline, const PlanChange &change)
{
    const Domain::Rack *rack = findRack(baseline, change.toRackId);
    const QString rackName = rack ? rack->name : tr("rack %1").arg(change.toRackId);
    QString face;
    if (change.toFace == QLatin1String("front"))
        face = tr("front");
    else if (change.toFace == QLatin1String("rear"))
        face = tr("rear");
    else
        face = change.toFace;
    switch (change.kind) {
    case PlanChange::Kind::Move: {
        if (change.toPosition > 0)
            return tr("Move %1 to %2 U%3 %4").arg(change.name, rackName, unitNumber(change.toPosition), face);
        const Domain::Device *device = findDevice(baseline, change.deviceId);
        if (device && device->uHeight <= 0)
            return tr("Move %1 to %2 (0U)").arg(change.name, rackName);
        return tr("Move %1 to %2 (not mounted)").arg(change.name, rackName);
    }
    case PlanChange::Kind::Unmount: {
        const Domain::Rack *from = findRack(baseline, change.fromRackId);
        return tr("Unmount %1 from %2").arg(change.name, from ? from->name : tr("rack %1").arg(change.fromRackId));
    }
    case PlanChange::Kind::Add: {
        const Domain::DeviceType *type = findType(baseline, change.deviceTypeId);
        const QString model = type ? type->model : tr("type %1").arg(change.deviceTypeId);
        const QString name = change.name.trimmed().isEmpty() ? tr("a new device") : change.name;
        if (change.toPosition > 0)
            return tr("Add %1 (%2) to %3 U%4 %5").arg(name, model, rackName, unitNumber(change.toPosition), face);
        return tr("Add %1 (%2) to %3 (0U)").arg(name, model, rackName);
    }
    case PlanChange::Kind::Reserve:
        if (change.description.isEmpty())
            return tr("Reserve %1 in %2").arg(unitsText(change.units), rackName);
        return tr("Reserve %1 in %2: %3").arg(unitsText(change.units), rackName, change.description);
    }
    return {};
}

PlanChangeSet PlanChangeSet::build(const RackPlanModel &model, const PlanChangeSetOptions &options)
{
    return build(model.baseline(), model.changes(), options);
}

PlanChangeSet PlanChangeSet::build(const RackSiteData &baseline, const QList<PlanChange> &changes,
                                   const PlanChangeSetOptions &options)
{
    PlanChangeSet out;
    PlanExporter exporter(baseline, options);
    for (const PlanChange &c : changes) {
        PlanChangeSetItem item{c, describe(baseline, c), false, {}};
        exporter.add(c, int(out.items.size()), item);
        if (!item.note.isEmpty())
            out.notes << item.note;
        out.items << item;
    }

    const QList<int> swapping = exporter.orderMoves();
    if (!swapping.isEmpty()) {
        QStringList names;
        for (int i : swapping)
            names << out.items.at(i).change.name;
        out.notes << tr("%1 take each other's units. NetBox checks each move on its own and refuses such a swap: "
                        "move one of them out of the way in an earlier change set.")
                         .arg(names.join(QStringLiteral(", ")));
    }
    out.edits = exporter.edits();
    return out;
}

} // namespace OpsDeck::Models
