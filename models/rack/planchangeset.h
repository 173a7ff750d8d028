// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "backend/netbox/changeset.h"
#include "models/rack/rackplanmodel.h"
#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Models {

/// What a plan's edits are sent with: the values NetBox needs that a plan
/// does not hold.
struct PlanChangeSetOptions
{
    qint64 roleId = 0;                           ///< role of the devices the plan adds; 0: adds are not exported
    QString status = QStringLiteral("planned");  ///< status of the devices the plan adds
    qint64 reservationUserId = 0;                ///< NetBox user reservations are made for; 0: not exported
};

/// One change of a plan and what became of it.
struct PlanChangeSetItem
{
    PlanChange change;
    QString text;          ///< "Move core-sw-01 to R12 U20 front"
    bool exported = false; ///< false: no edit was made for it, see note
    QString note;          ///< why it was not exported, or what to do after writing
};

/// A rack plan's changes as NetBox change-set edits, in NetBox's write form
/// (related objects as ids, choices as values):
///
/// - a move is a device update {rack, position, face}, with position and
///   face null for a 0U device or a device left without a unit, and
///   {location} when the device changes racks (NetBox refuses a rack outside
///   the device's location); children in bays are not written, NetBox moves
///   them with their parent;
/// - an unmount takes the device out of its rack as the plan does:
///   {rack, position, face} all null, site and location kept;
/// - an add is a device create {name, device_type, role, site, location,
///   rack, position, face, status}, refused without a name or a role;
/// - a reservation is a rack-reservation create {rack, units, user,
///   description}, refused without a user or a description (both required).
///
/// Edits are ordered so NetBox can apply them one after the other: units
/// are vacated (unmounts, moves out) before they are filled. Updates of one
/// device merge into one edit. Pure functions; any thread.
struct PlanChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(OpsDeck::Models::PlanChangeSet)

public:
    QList<NetBox::Edit> edits;
    QList<PlanChangeSetItem> items; ///< one per change, in the plan's order
    QStringList notes;              ///< translated: what was not exported and why

    [[nodiscard]] int exportedCount() const;

    [[nodiscard]] static PlanChangeSet build(const RackSiteData &baseline, const QList<PlanChange> &changes,
                                             const PlanChangeSetOptions &options);
    /// The changes of @p model against its baseline.
    [[nodiscard]] static PlanChangeSet build(const RackPlanModel &model, const PlanChangeSetOptions &options);
    /// A change in words, e.g. "Move core-sw-01 to R12 U20 front".
    [[nodiscard]] static QString describe(const RackSiteData &baseline, const PlanChange &change);
};

} // namespace OpsDeck::Models
