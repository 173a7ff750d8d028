// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/rack/rackcolouring.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

namespace OpsDeck::Models {

namespace {

// The context is the namespace: that is where lupdate files the strings of
// this free function.
QString tr(const char *text)
{
    return QCoreApplication::translate("OpsDeck::Models", text);
}

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("active"))
        return QColor(0x43, 0xa0, 0x47);
    if (status == QLatin1String("planned"))
        return QColor(0x1e, 0x88, 0xe5);
    if (status == QLatin1String("staged"))
        return QColor(0x00, 0x89, 0x7b);
    if (status == QLatin1String("failed"))
        return QColor(0xe5, 0x39, 0x35);
    if (status == QLatin1String("offline"))
        return QColor(0x75, 0x75, 0x75);
    if (status == QLatin1String("decommissioning") || status == QLatin1String("inventory"))
        return QColor(0xfb, 0x8c, 0x00);
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor tenantColour(const QString &tenant)
{
    if (tenant.isEmpty())
        return QColor(0xbd, 0xbd, 0xbd);
    // A fixed palette indexed by a stable hash, so a tenant keeps its colour
    // between sessions and exports.
    static const QColor palette[] = {QColor(0x5c, 0x6b, 0xc0), QColor(0x26, 0xa6, 0x9a), QColor(0xef, 0x6c, 0x00),
                                     QColor(0xab, 0x47, 0xbc), QColor(0x8d, 0x6e, 0x63), QColor(0x00, 0x97, 0xa7),
                                     QColor(0xc0, 0xca, 0x33), QColor(0xec, 0x40, 0x7a)};
    uint h = 0;
    for (const QChar c : tenant)
        h = h * 31 + c.unicode();
    return palette[h % (sizeof(palette) / sizeof(palette[0]))];
}

QString label(const Domain::Device &d, RackColouring mode)
{
    switch (mode) {
    case RackColouring::Role:
        return d.roleName.isEmpty() ? tr("No role") : d.roleName;
    case RackColouring::Status:
        return d.status.isEmpty() ? tr("Unknown") : d.status.left(1).toUpper() + d.status.mid(1);
    case RackColouring::Tenant:
        return d.tenantName.isEmpty() ? tr("No tenant") : d.tenantName;
    }
    return {};
}

} // namespace

QColor rackDeviceColour(const Domain::Device &device, RackColouring mode)
{
    switch (mode) {
    case RackColouring::Role: {
        const QColor c(QLatin1Char('#') + device.roleColor);
        return device.roleColor.size() == 6 && c.isValid() ? c : QColor(0x9e, 0x9e, 0x9e);
    }
    case RackColouring::Status:
        return statusColour(device.status);
    case RackColouring::Tenant:
        return tenantColour(device.tenantName);
    }
    return Qt::gray;
}

QList<LegendEntry> rackLegend(const QList<Domain::Device> &devices, RackColouring mode)
{
    QHash<QString, QColor> seen;
    for (const Domain::Device &d : devices)
        seen.insert(label(d, mode), rackDeviceColour(d, mode));
    QList<LegendEntry> out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        out << LegendEntry{it.key(), it.value()};
    std::sort(out.begin(), out.end(), [](const LegendEntry &a, const LegendEntry &b) { return a.label < b.label; });
    return out;
}

QString rackColouringName(RackColouring mode)
{
    switch (mode) {
    case RackColouring::Role:
        return tr("Role");
    case RackColouring::Status:
        return tr("Status");
    case RackColouring::Tenant:
        return tr("Tenant");
    }
    return {};
}

} // namespace OpsDeck::Models
