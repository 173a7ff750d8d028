// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QFile>
#include <QString>

namespace OpsDeck::Test {

/// A configuration text from tests/backend/compliance/data.
inline QString complianceData(const QString &name)
{
    QFile file(QStringLiteral(OPSDECK_SOURCE_DIR "/tests/backend/compliance/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace OpsDeck::Test
