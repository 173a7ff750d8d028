// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"

namespace OpsDeck::Compliance {

/// What compliance checks know about one device, usually derived from
/// NetBox: identity and scope fields plus named variables for rule
/// placeholders ("device.name", "vlans", "interfaces", ...). A plain value.
struct DeviceFacts
{
    QString name;
    QString site;
    QString role;
    QString platform;
    QStringList tags;
    QString primaryIp;
    /// Variables by name; a variable may hold several values.
    QHash<QString, QStringList> values;

    /// The values of variable @p key: an entry of @p values, else the
    /// built-in "device.name", "device.site", "device.role",
    /// "device.platform", "device.primary_ip" and "device.tags" from the
    /// fields. std::nullopt when the variable is unknown or empty.
    [[nodiscard]] std::optional<QStringList> variable(const QString &key) const;

    /// {"name", "site", "role", "platform", "tags": [], "primary_ip",
    /// "values": {"vlans": ["10", "20"], "snmp.location": "one value"}}.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson()'s shape. A value given as a string is one value. Fails
    /// (InvalidInput, naming the field) on a wrongly typed field.
    [[nodiscard]] static Result<DeviceFacts> fromJson(const QJsonObject &json);

    friend bool operator==(const DeviceFacts &, const DeviceFacts &) = default;
};

} // namespace OpsDeck::Compliance
