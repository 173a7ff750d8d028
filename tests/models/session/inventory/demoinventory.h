// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/session/inventory/inventoryservice.h"

namespace OpsDeck::Test {

/// Opens the 1x demo workspace in a registry under @p dir and waits for its
/// snapshot. Returns null (with a test failure recorded) when that fails.
[[nodiscard]] inline std::unique_ptr<Models::InventoryService> openDemoInventory(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    auto service = std::make_unique<Models::InventoryService>();
    QSignalSpy loaded(service.get(), &Models::InventoryService::snapshotLoaded);
    QSignalSpy failed(service.get(), &Models::InventoryService::openFailed);
    service->openDemoWorkspace(dir.filePath(QStringLiteral("workspaces")), 1);
    // The first run generates and imports the estate: allow for a slow machine.
    if (!loaded.wait(120000) || !failed.isEmpty()) {
        QTest::qFail(failed.isEmpty() ? "the demo inventory did not load"
                                      : qPrintable(failed.first().first().value<Error>().toString()),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return service;
}

} // namespace OpsDeck::Test
