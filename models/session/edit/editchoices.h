// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "backend/core/result.h"

class QObject;

namespace OpsDeck::NetBox {
struct Edit;
}

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Models {

class InventoryService;

/// An object a field refers to, offered by name (device role, platform, tenant).
struct EditRef
{
    qint64 id = 0;
    QString name;
};

/// One of NetBox's choices for a field: the value written and the label shown.
struct EditChoice
{
    QString value;
    QString label;
};

/// An interface a new cable may end on, with the cable it already has.
struct CableEndpoint
{
    qint64 id = 0;
    QString name;
    QString type;          ///< NetBox interface type value, e.g. "10gbase-x-sfpp"
    qint64 cableId = 0;    ///< 0 when the interface has no cable
    QString peerDevice;    ///< far end of that cable, where known
    QString peerPort;
    bool pendingCable = false; ///< a new cable to it waits in the change set

    [[nodiscard]] bool isCabled() const { return cableId != 0 || pendingCable; }
    /// Virtual, bridge, LAG and wireless interfaces take no cable in NetBox.
    [[nodiscard]] bool isConnectable() const;
};

/// A device of a site with the interfaces a cable may end on.
struct CableDevice
{
    qint64 id = 0;
    QString name;
    QList<CableEndpoint> interfaces;
};

/// What the console's NetBox edit dialogs offer, read from the store: device
/// roles, platforms and tenants (sorted by name) and, for the cable dialog,
/// the devices of one site with their interfaces. NetBox's fixed choices
/// (statuses, length units) come from the static functions with translated
/// labels. A plain value type; read() runs on the store's thread, load()
/// hands the result to the GUI thread.
struct EditChoices
{
    Q_DECLARE_TR_FUNCTIONS(OpsDeck::Models::EditChoices)

public:
    QList<EditRef> roles;
    QList<EditRef> platforms;
    QList<EditRef> tenants;
    qint64 siteId = 0;              ///< the site siteDevices belong to; 0 when not loaded
    QList<CableDevice> siteDevices; ///< sorted by name

    /// Reads the choices from @p store; with a site id also that site's
    /// devices and their interfaces. Blocking: the store's thread only.
    [[nodiscard]] static Result<EditChoices> read(Store::Store &store, qint64 siteId = 0);

    using LoadCallback = std::function<void(const Result<EditChoices> &choices)>;
    /// Reads the choices on @p service's worker thread and calls @p done on
    /// @p context's thread with them (never when @p context is gone first).
    /// Calls @p done with an error, on the next event loop pass, when no
    /// workspace is open.
    static void load(InventoryService *service, QObject *context, qint64 siteId, LoadCallback done);

    /// Marks the interfaces of siteDevices that a cable create among
    /// @p edits (a change set's edits, write form) ends on.
    void markPendingCables(const QList<NetBox::Edit> &edits);

    /// The device of siteDevices with @p id; nullptr if none.
    [[nodiscard]] const CableDevice *siteDevice(qint64 id) const;

    /// NetBox's device statuses, in NetBox's order.
    [[nodiscard]] static QList<EditChoice> deviceStatuses();
    /// NetBox's IP address statuses.
    [[nodiscard]] static QList<EditChoice> ipAddressStatuses();
    /// NetBox's cable statuses.
    [[nodiscard]] static QList<EditChoice> cableStatuses();
    /// NetBox's cable length units.
    [[nodiscard]] static QList<EditChoice> cableLengthUnits();
    /// The label of @p value in @p choices; @p value itself when not listed.
    [[nodiscard]] static QString labelOf(const QList<EditChoice> &choices, const QString &value);
};

} // namespace OpsDeck::Models
