// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/result.h"

#include <QStringList>

namespace OpsDeck {

QString Error::toString() const
{
    if (context.isEmpty())
        return detail;
    QStringList parts;
    for (auto it = context.cbegin(); it != context.cend(); ++it) {
        // Lists and maps carry structured detail for callers; the text
        // form shows scalars only.
        const int type = it.value().typeId();
        if (type == QMetaType::QVariantList || type == QMetaType::QVariantMap || type == QMetaType::QStringList)
            continue;
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    }
    return detail + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace OpsDeck
