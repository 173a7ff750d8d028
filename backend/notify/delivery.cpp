// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/delivery.h"

#include <array>

namespace OpsDeck::Notify {

namespace {
constexpr std::array<const char *, 4> kStateNames = {"collecting", "pending", "delivered", "failed"};
} // namespace

QString deliveryStateName(DeliveryState state)
{
    return QLatin1String(kStateNames.at(std::size_t(state)));
}

DeliveryState deliveryStateFromName(const QString &name)
{
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (name == QLatin1String(kStateNames.at(i)))
            return DeliveryState(i);
    }
    return DeliveryState::Pending;
}

} // namespace OpsDeck::Notify
