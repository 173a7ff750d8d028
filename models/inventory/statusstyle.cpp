// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/statusstyle.h"

#include <QCoreApplication>

namespace OpsDeck::Models {

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("active") || status == QLatin1String("connected")
        || status == QLatin1String("available"))
        return QColor(0x2e, 0xa0, 0x43);
    if (status == QLatin1String("planned") || status == QLatin1String("reserved"))
        return QColor(0x3b, 0x82, 0xf6);
    if (status == QLatin1String("staged") || status == QLatin1String("staging")
        || status == QLatin1String("decommissioning") || status == QLatin1String("provisioning"))
        return QColor(0xe0, 0x9b, 0x12);
    if (status == QLatin1String("offline") || status == QLatin1String("failed")
        || status == QLatin1String("deprecated"))
        return QColor(0xdc, 0x35, 0x45);
    return QColor(0x8a, 0x94, 0xa0);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("Status", "Active");
    if (status == QLatin1String("planned"))
        return QCoreApplication::translate("Status", "Planned");
    if (status == QLatin1String("staged"))
        return QCoreApplication::translate("Status", "Staged");
    if (status == QLatin1String("staging"))
        return QCoreApplication::translate("Status", "Staging");
    if (status == QLatin1String("offline"))
        return QCoreApplication::translate("Status", "Offline");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("Status", "Failed");
    if (status == QLatin1String("inventory"))
        return QCoreApplication::translate("Status", "Inventory");
    if (status == QLatin1String("decommissioning"))
        return QCoreApplication::translate("Status", "Decommissioning");
    if (status == QLatin1String("retired"))
        return QCoreApplication::translate("Status", "Retired");
    if (status == QLatin1String("reserved"))
        return QCoreApplication::translate("Status", "Reserved");
    if (status == QLatin1String("available"))
        return QCoreApplication::translate("Status", "Available");
    if (status == QLatin1String("deprecated"))
        return QCoreApplication::translate("Status", "Deprecated");
    if (status == QLatin1String("connected"))
        return QCoreApplication::translate("Status", "Connected");
    if (status == QLatin1String("decommissioned"))
        return QCoreApplication::translate("Status", "Decommissioned");
    if (status == QLatin1String("provisioning"))
        return QCoreApplication::translate("Status", "Provisioning");
    return status;
}

QColor roleColor(const QString &hex)
{
    if (hex.size() != 6)
        return {};
    return QColor(u'#' + hex);
}

} // namespace OpsDeck::Models
