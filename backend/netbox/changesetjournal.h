// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxwriter.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::NetBox {

/// A conflict as JSON (job results, the journal) and back.
[[nodiscard]] QJsonObject conflictToJson(const Conflict &conflict);
[[nodiscard]] Conflict conflictFromJson(Domain::ObjectKind kind, qint64 id, const QJsonObject &json);

/// Takes an object as NetBox holds it now into the store as its new synced
/// state (what a conflict resolution measures the next push against).
[[nodiscard]] Status adoptRemoteObject(Store::Store &store, Domain::ObjectKind kind, const QJsonObject &object);

/// The console's unpushed NetBox edits, kept in the workspace store
/// (table netbox_pending_edits) so they survive a restart and offline work.
/// Plain functions on a store connection; its thread.
struct JournalEntry
{
    enum class State { Pending, Failed, Conflict, KeepMine };
    Edit edit;
    State state = State::Pending;
    QString error;                    ///< for Failed
    std::optional<Conflict> conflict; ///< for Conflict and KeepMine
};

namespace ChangeSetJournal {

/// Replaces the journal with @p entries in one transaction.
[[nodiscard]] Status save(Store::Store &store, const QList<JournalEntry> &entries);
/// The journal in the order it was saved. A row that cannot be read fails
/// the whole load with an error naming it; nothing is changed.
[[nodiscard]] Result<QList<JournalEntry>> load(Store::Store &store);
/// What a push leaves in the journal, in the change set's order: a written
/// edit leaves it; an edit NetBox rejected stays (Failed) with NetBox's
/// message, to be corrected and pushed again; a conflict stays with it.
[[nodiscard]] QList<JournalEntry> afterPush(const WriteReport &report);

} // namespace ChangeSetJournal

} // namespace OpsDeck::NetBox
