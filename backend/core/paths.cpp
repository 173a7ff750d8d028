// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/paths.h"

#include <QStandardPaths>

namespace OpsDeck::Paths {

namespace {

// Not QStandardPaths::AppDataLocation: that folder is named after the
// running executable, and all three must find the same workspaces.
const QLatin1String kProductFolder("/OpsDeck/opsdeck");

} // namespace

QString dataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + kProductFolder;
}

QString configRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + kProductFolder;
}

} // namespace OpsDeck::Paths
