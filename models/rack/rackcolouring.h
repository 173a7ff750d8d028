// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// What the fill colour of a device in a rack elevation says.
enum class RackColouring { Role, Status, Tenant };

/// One line of a colour legend.
struct LegendEntry
{
    QString label;
    QColor colour;
};

/// The fill colour of @p device under @p mode: the role's NetBox colour,
/// a colour per status, or a stable colour per tenant.
[[nodiscard]] QColor rackDeviceColour(const Domain::Device &device, RackColouring mode);

/// The legend for the devices shown, one entry per distinct value, sorted by label.
[[nodiscard]] QList<LegendEntry> rackLegend(const QList<Domain::Device> &devices, RackColouring mode);

/// The translated name of a colouring mode ("Role", "Status", "Tenant").
[[nodiscard]] QString rackColouringName(RackColouring mode);

} // namespace OpsDeck::Models
