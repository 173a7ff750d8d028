// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include "backend/core/result.h"
#include "backend/domain/objectkind.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::NetBox {

/// One edit of a change set, in NetBox's write form: related objects as
/// ids, choices as their values ("status": "active").
struct Edit
{
    enum class Type { Update, Create };
    Type type = Type::Update;
    Domain::ObjectKind kind = Domain::ObjectKind::Device;
    qint64 id = 0;      ///< the object updated; 0 for a create
    QJsonObject fields; ///< fields written
};

/// A field of an update next to the value last synced from NetBox.
struct FieldDiff
{
    Domain::ObjectKind kind = Domain::ObjectKind::Device;
    qint64 id = 0;
    QString field;
    QJsonValue synced;   ///< from the store (undefined for creates)
    QJsonValue proposed;
    bool changed = true; ///< proposed differs from synced
};

/// Edits made offline (device attributes, rack placement, interface
/// description/enabled, new cables, IP assignments, new devices) waiting to
/// be pushed to NetBox by a NetBoxWriter. Several updates of one object
/// merge into one edit. A plain value type; any thread.
class ChangeSet final
{
public:
    void update(Domain::ObjectKind kind, qint64 id, const QJsonObject &fields);
    void create(Domain::ObjectKind kind, const QJsonObject &body);

    /// name, status, serial, asset_tag, description, role, platform, tenant, ...
    void setDeviceAttributes(qint64 deviceId, const QJsonObject &fields);
    /// Places a device in a rack at a unit and face ("front"/"rear").
    void placeDevice(qint64 deviceId, qint64 rackId, double position, const QString &face);
    void setInterface(qint64 interfaceId, std::optional<QString> description, std::optional<bool> enabled);
    /// A new cable between two terminations ("dcim.interface", id).
    void addCable(const QString &aType, qint64 aId, const QString &bType, qint64 bId, const QJsonObject &extra = {});
    /// A new IP address assigned to an interface.
    void assignIpAddress(const QString &address, qint64 interfaceId, const QJsonObject &extra = {});
    /// A new device from a plan (site, device_type, role, name, rack, ...).
    void addDevice(const QJsonObject &body);

    [[nodiscard]] const QList<Edit> &edits() const { return m_edits; }
    [[nodiscard]] bool isEmpty() const { return m_edits.isEmpty(); }
    void clear() { m_edits.clear(); }

    /// Every field of every edit against the last synced values.
    [[nodiscard]] Result<QList<FieldDiff>> diff(Store::Store &store) const;
    /// The synced value of one API field of an object, from the store.
    [[nodiscard]] static Result<QJsonValue> syncedValue(Store::Store &store, Domain::ObjectKind kind, qint64 id,
                                                        const QString &field);
    /// The stored last_updated of an object (what a remote change is measured against).
    [[nodiscard]] static Result<QString> syncedLastUpdated(Store::Store &store, Domain::ObjectKind kind, qint64 id);

private:
    QList<Edit> m_edits;
};

} // namespace OpsDeck::NetBox
