// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDir>
#include <QImage>
#include <QString>

namespace OpsDeck::Test {

/// Saves a screenshot test's picture as <build>/screenshots/@p file; returns
/// its path, or an empty string when it could not be written. Needs
/// OPSDECK_BINARY_DIR (defined for every test by opsdeck_add_test).
inline QString saveScreenshot(const QImage &image, const QString &file)
{
    const QString dir = QStringLiteral(OPSDECK_BINARY_DIR "/screenshots");
    if (!QDir().mkpath(dir))
        return {};
    const QString path = dir + QLatin1Char('/') + file;
    return image.save(path) ? path : QString();
}

} // namespace OpsDeck::Test
