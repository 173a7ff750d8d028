// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/netbox/changeset.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Models {

/// What the store last synced for the updates of a change set: the base of
/// every edited field, what each object is called (its name, an address for
/// IPs) and the names of the related objects its fields refer to by id
/// ("rack" 4 is "AMS1-R001"). A value read on the store's thread and handed
/// to ChangeSetSession on its own.
struct ChangeSetBase
{
    QList<NetBox::FieldDiff> diff;
    QHash<QString, QString> labels;   ///< objectKey() -> what the object is called
    QHash<QString, QString> refNames; ///< refKey() -> name of the related object

    /// Reads the base of @p updates (its update edits) from @p store.
    [[nodiscard]] static Result<ChangeSetBase> read(Store::Store &store, const NetBox::ChangeSet &updates);
    /// Whether @p field holds the id of a related object ("site", "rack", "device_type", …).
    [[nodiscard]] static bool isReference(const QString &field);
    [[nodiscard]] static QString objectKey(Domain::ObjectKind kind, qint64 id);
    [[nodiscard]] static QString refKey(const QString &field, qint64 id);
};

} // namespace OpsDeck::Models
