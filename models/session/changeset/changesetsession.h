// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxwriter.h"
#include "backend/store/storework.h"

namespace OpsDeck::NetBox {
class NetBoxRunner;
struct JournalEntry;
} // namespace OpsDeck::NetBox

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {

class ChangeSetJobPush;
struct ChangeSetBase;

/// The console's pending NetBox change set: one entry per edited object (its
/// state: pending, written, conflict, failed) with, per field, the local
/// value, NetBox's current value (for conflicts) and the last synced value
/// (the base). ChangeSetModel shows it to views.
///
/// Edits from the console come in through update()/create()/addEdits(); an
/// edit of an object already pending merges into its entry. The last synced
/// values come from the workspace store through a Store::Access (never on
/// the calling thread); with restoreJournal() the unpushed edits are kept in
/// that store too, so offline work survives a restart.
///
/// push() sends every pending object as one NetBoxWriter push through the
/// runner (setRunner(): on its worker thread). The writer leaves objects that
/// changed in NetBox since the sync alone and reports them as conflicts;
/// resolve() then takes NetBox's version into the store as the new base and
/// either keeps the local edit for the next push (KeepMine) or drops it
/// (TakeTheirs). Nothing remote is overwritten without that choice.
///
/// With a job service set (setJobService()) and connected, push() submits
/// the change set as one netbox.changeset job to opsdeckd instead, reports
/// its id (jobSubmitted()) and takes the per-object outcomes from the job's
/// result when it ends; the service applies the same conflict check.
///
/// Without either there is nothing to push through: canPush() is false and
/// the edits wait. Does not own the runner or the job service client. Lives
/// on the thread that created it (the GUI thread in the console).
class ChangeSetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetSession)

public:
    enum class EntryState { Pending, Pushing, Written, Conflict, Failed, KeepMine, TheirsTaken };
    Q_ENUM(EntryState)
    enum class Resolution { KeepMine, TakeTheirs };
    Q_ENUM(Resolution)

    /// One edited field of an entry.
    struct Field
    {
        QString field;
        QJsonValue local;
        QJsonValue base = QJsonValue(QJsonValue::Undefined);   ///< last synced; undefined until read
        QJsonValue remote = QJsonValue(QJsonValue::Undefined); ///< NetBox's now, for conflicts
    };
    /// One edited object.
    struct Entry
    {
        NetBox::Edit edit;
        EntryState state = EntryState::Pending;
        QList<Field> fields;
        NetBox::Conflict conflict;
        QString error;
        QString label; ///< the object's name as the store has it, when known
    };

    explicit ChangeSetSession(Store::Access store, QObject *parent = nullptr);
    ~ChangeSetSession() override;

    /// Pushes directly through @p runner (nullptr: none) when no job service is connected.
    void setRunner(NetBox::NetBoxRunner *runner);
    /// Reads the unpushed edits kept in the store (they come before any made
    /// meanwhile) and keeps every later change there. A journal that cannot
    /// be read is reported and left untouched: nothing is written over it.
    void restoreJournal();
    [[nodiscard]] bool isJournalRestored() const { return m_journal == Journal::Restored; }
    /// A runner is set or the job service is connected.
    [[nodiscard]] bool canPush() const;
    /// Records edits as update()/create() do.
    void addEdits(const QList<NetBox::Edit> &edits);

    /// Records an edit of an existing object; merges with a pending edit of it.
    void update(Domain::ObjectKind kind, qint64 id, const QJsonObject &fields);
    /// Records a new object (write form); ignored when the same one is pending.
    void create(Domain::ObjectKind kind, const QJsonObject &body);
    /// Replaces every entry with the edits of @p changes.
    void setChangeSet(const NetBox::ChangeSet &changes);
    void removeEntry(int row);
    /// Drops written entries and those resolved with TakeTheirs.
    void clearFinished();

    /// What push() sends: pending, failed and KeepMine entries.
    [[nodiscard]] NetBox::ChangeSet pendingChanges() const;
    [[nodiscard]] int entryCount() const { return int(m_entries.size()); }
    /// The entry at @p row; valid for 0 <= row < entryCount().
    [[nodiscard]] const Entry &entry(int row) const { return m_entries.at(row); }
    [[nodiscard]] int count(EntryState state) const;
    [[nodiscard]] EntryState entryState(int row) const;
    [[nodiscard]] NetBox::Edit edit(int row) const;
    [[nodiscard]] NetBox::Conflict conflict(int row) const;
    /// The entry of an object; -1 when none.
    [[nodiscard]] int rowOf(Domain::ObjectKind kind, qint64 id) const;
    [[nodiscard]] bool isBusy() const { return m_pushing || !m_resolving.isEmpty(); }
    /// The name of the object a field such as "rack" or "site" refers to by
    /// @p id, as the store has it; empty when not a reference or not known.
    [[nodiscard]] QString relatedName(const QString &field, qint64 id) const;

    /// Pushes through @p client's job queue while it is connected (nullptr:
    /// always through the runner). @p requester names the submitting user.
    void setJobService(Ipc::IpcClient *client, const QString &requester = {});
    /// The job of the last push through the job service; empty before one.
    [[nodiscard]] QString lastJobId() const;

public slots:
    /// Reads the last synced values of every edited field from the store.
    void refreshDiff();
    /// Sends pendingChanges() as one push; ignored while busy or when empty.
    void push();
    /// For a Conflict entry; false when the choice does not apply (an
    /// object deleted in NetBox cannot be kept).
    bool resolve(int row, OpsDeck::Models::ChangeSetSession::Resolution resolution);

signals:
    // Structure, for the item model: a reset brackets any change to the
    // fields of an entry; entryChanged() leaves its fields' count as it was.
    void entriesAboutToBeReset();
    void entriesReset();
    void entryAboutToBeAdded(int row);
    void entryAdded(int row);
    void entryAboutToBeRemoved(int row);
    void entryRemoved(int row);
    /// The state, values or label of the entry at @p row changed.
    void entryChanged(int row);

    void busyChanged(bool busy);
    void pushFinished(int written, int conflicts, int failed);
    /// A push or a resolution failed as a whole (translated).
    void errorOccurred(const QString &text);
    /// Entries were added, removed or changed state.
    void entriesChanged();
    /// push() went to the job service as job @p jobId.
    void jobSubmitted(const QString &jobId);
    /// canPush() may have changed.
    void pushTargetChanged();
    /// restoreJournal() has read the journal (or failed to: errorOccurred()).
    void journalRestored();

private:
    struct PendingResolution
    {
        Domain::ObjectKind kind;
        qint64 id;
        Resolution resolution;
    };

    enum class Journal { Off, Restoring, Restored, Broken };

    void handleJournalLoaded(const Result<QList<NetBox::JournalEntry>> &loaded);
    void handleBase(const ChangeSetBase &base);
    void scheduleSave();
    void saveJournal();
    void handlePushFinished(const Result<NetBox::WriteReport> &report);
    void handleRemoteAdopted(const Status &status);
    void setBusy(bool pushing);
    void removeAt(int row);
    [[nodiscard]] bool isPushable(const Entry &entry) const;

    Store::Access m_store;
    QHash<QString, QString> m_refNames; ///< "field/id" -> name of the related object
    QPointer<NetBox::NetBoxRunner> m_runner;
    Journal m_journal = Journal::Off;
    bool m_saveQueued = false;
    QList<Entry> m_entries;
    QList<int> m_pushedRows; ///< entry rows in the order of the push's outcomes
    QList<PendingResolution> m_resolving;
    bool m_pushing = false;
    ChangeSetJobPush *m_jobPush; ///< the push through opsdeckd's job queue
};

} // namespace OpsDeck::Models
