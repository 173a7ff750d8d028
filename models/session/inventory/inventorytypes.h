// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// A circuit with its provider and the sites its terminations reach.
struct CircuitInfo
{
    qint64 id = 0;
    QString cid;
    QString provider;
    QString type;
    QString status;
    qint64 commitRateKbps = 0;
    QString description;
    QList<qint64> siteIds; ///< A side first
};

/// Everything the navigation tree, the device table and the site overview
/// show, read in one go on the inventory worker. Implicitly shared lists:
/// cheap to copy, safe to hand across threads.
struct InventorySnapshot
{
    QList<Domain::Region> regions;
    QList<Domain::Site> sites;
    QList<Domain::Location> locations;
    QList<Domain::Rack> racks;
    QList<Domain::Device> devices;
    QList<CircuitInfo> circuits;
    qint64 interfaceCount = 0;
};

/// One device with its interfaces, for the details panel.
struct DeviceDetails
{
    Domain::Device device;
    QList<Domain::Interface> interfaces;
};

/// What the status bar and the details panel need to know about the open
/// workspace.
struct WorkspaceInfo
{
    QString name;
    QString folder;
    QString storeDescription;
    QString netboxUrl; ///< empty when NetBox is not configured
    QString storePath;   ///< the SQLite store file
    QString plansDir;    ///< saved plans and view states
    QString metricsPath; ///< the SQLite metric store file
    bool demo = false;   ///< the bundled demo workspace
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::InventorySnapshot)
Q_DECLARE_METATYPE(OpsDeck::Models::DeviceDetails)
Q_DECLARE_METATYPE(OpsDeck::Models::WorkspaceInfo)
