// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>

#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxwriter.h"
#include "backend/store/storework.h"

namespace OpsDeck::NetBox {
class NetBoxRunner;
}

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {

/// The pending NetBox change set of the console as a two-level tree: one
/// row per edited object (its state: pending, written, conflict, failed),
/// one child row per field with the local value, NetBox's current value
/// (for conflicts) and the last synced value (the base), side by side.
///
/// Edits from the console come in through update()/create()/addEdits(). The
/// last synced values come from the workspace store through a Store::Access
/// (never on the GUI thread); with restoreJournal() the unpushed edits are
/// kept in that store too, so offline work survives a restart.
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
/// the edits wait. Does not own the runner or the job service client. GUI
/// thread.
class ChangeSetModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetModel)

public:
    /// Top rows: the object in ObjectColumn; child rows: the field.
    enum Column { ObjectColumn, LocalColumn, RemoteColumn, BaseColumn, StatusColumn, ColumnCount };
    enum Role {
        EntryStateRole = Qt::UserRole, ///< EntryState as int (both row levels)
        KindRole,                      ///< Domain::ObjectKind as int
        ObjectIdRole,                  ///< qint64; 0 for an unwritten create
        FieldRole,                     ///< child rows: the API field name
        ValueRole,                     ///< the column's value as QJsonValue
    };
    enum class EntryState { Pending, Pushing, Written, Conflict, Failed, KeepMine, TheirsTaken };
    Q_ENUM(EntryState)
    enum class Resolution { KeepMine, TakeTheirs };
    Q_ENUM(Resolution)

    explicit ChangeSetModel(Store::Access store, QObject *parent = nullptr);
    ~ChangeSetModel() override;

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
    [[nodiscard]] int count(EntryState state) const;
    [[nodiscard]] EntryState entryState(int row) const;
    [[nodiscard]] NetBox::Edit edit(int row) const;
    [[nodiscard]] NetBox::Conflict conflict(int row) const;
    /// The entry of an object; -1 when none.
    [[nodiscard]] int rowOf(Domain::ObjectKind kind, qint64 id) const;
    [[nodiscard]] bool isBusy() const { return m_pushing || !m_resolving.isEmpty(); }

    /// Pushes through @p client's job queue while it is connected (nullptr:
    /// always through the runner). @p requester names the submitting user.
    void setJobService(Ipc::IpcClient *client, const QString &requester = {});
    /// The job of the last push through the job service; empty before one.
    [[nodiscard]] QString lastJobId() const { return m_jobId; }

    /// A value as the views show it; empty for "no value".
    [[nodiscard]] static QString valueText(const QJsonValue &value);
    [[nodiscard]] static QString stateText(EntryState state);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public slots:
    /// Reads the last synced values of every edited field from the store.
    void refreshDiff();
    /// Sends pendingChanges() as one push; ignored while busy or when empty.
    void push();
    /// For a Conflict entry; false when the choice does not apply (an
    /// object deleted in NetBox cannot be kept).
    bool resolve(int row, OpsDeck::Models::ChangeSetModel::Resolution resolution);

signals:
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
    struct FieldRow
    {
        QString field;
        QJsonValue local;
        QJsonValue base = QJsonValue(QJsonValue::Undefined);
        QJsonValue remote = QJsonValue(QJsonValue::Undefined);
    };
    struct Entry
    {
        NetBox::Edit edit;
        EntryState state = EntryState::Pending;
        QList<FieldRow> fields;
        NetBox::Conflict conflict;
        QString error;
        QString label; ///< the object's name as the store has it, when known
    };
    struct PendingResolution
    {
        Domain::ObjectKind kind;
        qint64 id;
        Resolution resolution;
    };

    enum class Journal { Off, Restoring, Restored, Broken };

    void handleDiff(const QList<NetBox::FieldDiff> &diff, const QHash<QString, QString> &labels,
                    const QHash<QString, QString> &refNames);
    /// A value for the views: a related object's id with its name when known.
    [[nodiscard]] QString displayText(const QString &field, const QJsonValue &value) const;
    void scheduleSave();
    void saveJournal();
    void handlePushFinished(const Result<NetBox::WriteReport> &report);
    void handleRemoteAdopted(const Status &status);
    void submitJob(const NetBox::ChangeSet &changes);
    void handleJobChanged(const QJsonObject &job);
    void setBusy(bool pushing);
    void rebuildFields(Entry &entry) const;
    void entryChanged(int row);
    [[nodiscard]] bool isPushable(const Entry &entry) const;
    [[nodiscard]] QString objectText(const Entry &entry) const;
    [[nodiscard]] QString statusText(const Entry &entry) const;

    Store::Access m_store;
    QHash<QString, QString> m_refNames; ///< "field/id" -> name of the related object
    QPointer<NetBox::NetBoxRunner> m_runner;
    Journal m_journal = Journal::Off;
    bool m_saveQueued = false;
    QList<Entry> m_entries;
    QList<int> m_pushedRows; ///< entry rows in the order of the push's outcomes
    QList<PendingResolution> m_resolving;
    bool m_pushing = false;
    QPointer<Ipc::IpcClient> m_jobs;
    QString m_requester;
    QString m_jobKey; ///< idempotency key of the job being waited for
    QString m_jobId;
};

} // namespace OpsDeck::Models
