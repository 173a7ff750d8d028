// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/changeset/changesetsession.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <QLoggingCategory>
#include <QTimer>

#include "backend/netbox/changesetjournal.h"
#include "backend/netbox/netboxrunner.h"
#include "models/session/changeset/changesetbase.h"
#include "models/session/changeset/changesetjobpush.h"

Q_LOGGING_CATEGORY(lcChangeSetSession, "opsdeck.changeset")

namespace OpsDeck::Models {

using NetBox::Edit;
using NetBox::WriteOutcome;
using EntryState = ChangeSetSession::EntryState;

namespace {

using JournalState = NetBox::JournalEntry::State;

std::optional<JournalState> journalState(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
    case EntryState::Pushing: // not known to be written: pushed again after a restart
        return JournalState::Pending;
    case EntryState::Failed:
        return JournalState::Failed;
    case EntryState::Conflict:
        return JournalState::Conflict;
    case EntryState::KeepMine:
        return JournalState::KeepMine;
    case EntryState::Written:
    case EntryState::TheirsTaken:
        break;
    }
    return std::nullopt;
}

EntryState fromJournal(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return EntryState::Pending;
    case JournalState::Failed:
        return EntryState::Failed;
    case JournalState::Conflict:
        return EntryState::Conflict;
    case JournalState::KeepMine:
        return EntryState::KeepMine;
    }
    return EntryState::Pending;
}

// One field row per edited field; the base and remote values already read
// for a field are kept.
void rebuildFields(ChangeSetSession::Entry &entry)
{
    QList<ChangeSetSession::Field> fields;
    for (auto it = entry.edit.fields.constBegin(); it != entry.edit.fields.constEnd(); ++it) {
        ChangeSetSession::Field f;
        f.field = it.key();
        f.local = it.value();
        for (const ChangeSetSession::Field &old : std::as_const(entry.fields)) {
            if (old.field == f.field) {
                f.base = old.base;
                f.remote = old.remote;
            }
        }
        fields << f;
    }
    entry.fields = fields;
}

// The synced and remote values of the conflict's fields.
void applyConflict(ChangeSetSession::Entry &entry)
{
    for (ChangeSetSession::Field &f : entry.fields) {
        for (const NetBox::ConflictField &c : std::as_const(entry.conflict.fields)) {
            if (c.field == f.field) {
                f.base = c.synced;
                f.remote = c.remote;
            }
        }
    }
}

} // namespace

ChangeSetSession::ChangeSetSession(Store::Access store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_jobPush(new ChangeSetJobPush(this))
{
    connect(this, &ChangeSetSession::entriesChanged, this, &ChangeSetSession::scheduleSave);
    connect(m_jobPush, &ChangeSetJobPush::connectionChanged, this, &ChangeSetSession::pushTargetChanged);
    connect(m_jobPush, &ChangeSetJobPush::jobSubmitted, this, &ChangeSetSession::jobSubmitted);
    connect(m_jobPush, &ChangeSetJobPush::finished, this, &ChangeSetSession::handlePushFinished);
}

ChangeSetSession::~ChangeSetSession()
{
    // An edit made just before closing is kept too.
    if (m_saveQueued)
        saveJournal();
}

void ChangeSetSession::setRunner(NetBox::NetBoxRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (runner)
        connect(runner, &NetBox::NetBoxRunner::pushFinished, this, &ChangeSetSession::handlePushFinished);
    emit pushTargetChanged();
}

bool ChangeSetSession::canPush() const
{
    return m_runner || m_jobPush->isConnected();
}

void ChangeSetSession::addEdits(const QList<NetBox::Edit> &edits)
{
    for (const Edit &e : edits) {
        if (e.type == Edit::Type::Update)
            update(e.kind, e.id, e.fields);
        else
            create(e.kind, e.fields);
    }
}

void ChangeSetSession::restoreJournal()
{
    if (!m_store || m_journal == Journal::Restoring || m_journal == Journal::Restored)
        return;
    m_journal = Journal::Restoring;
    m_store(this, [this](Store::Store &store) -> std::function<void()> {
        auto loaded = NetBox::ChangeSetJournal::load(store);
        return [this, loaded] { handleJournalLoaded(loaded); };
    });
}

void ChangeSetSession::handleJournalLoaded(const Result<QList<NetBox::JournalEntry>> &loaded)
{
    if (!loaded) {
        m_journal = Journal::Broken;
        qCWarning(lcChangeSetSession).noquote() << loaded.error().toString();
        emit errorOccurred(tr("The pending NetBox edits kept in this workspace could not be read, so new "
                              "edits are not kept either (the stored ones stay as they are): %1")
                               .arg(loaded.error().detail));
        emit journalRestored();
        return;
    }
    QList<Entry> restored;
    for (const NetBox::JournalEntry &j : *loaded) {
        Entry e;
        e.edit = j.edit;
        e.state = fromJournal(j.state);
        e.error = j.error;
        if (j.conflict)
            e.conflict = *j.conflict;
        rebuildFields(e);
        applyConflict(e);
        restored << e;
    }
    emit entriesAboutToBeReset();
    const int shift = int(restored.size());
    m_entries = restored + m_entries;
    for (int &row : m_pushedRows)
        row += shift;
    emit entriesReset();
    m_journal = Journal::Restored;
    qCInfo(lcChangeSetSession) << "restored" << shift << "pending NetBox edits";
    emit journalRestored();
    emit entriesChanged();
    refreshDiff();
}

void ChangeSetSession::scheduleSave()
{
    if (m_journal != Journal::Restored || m_saveQueued)
        return;
    m_saveQueued = true;
    QTimer::singleShot(0, this, &ChangeSetSession::saveJournal);
}

void ChangeSetSession::saveJournal()
{
    m_saveQueued = false;
    if (m_journal != Journal::Restored || !m_store)
        return;
    QList<NetBox::JournalEntry> entries;
    for (const Entry &e : std::as_const(m_entries)) {
        const auto state = journalState(e.state);
        if (!state)
            continue;
        NetBox::JournalEntry j{e.edit, *state, e.error, std::nullopt};
        if (e.state == EntryState::Conflict || e.state == EntryState::KeepMine)
            j.conflict = e.conflict;
        entries << j;
    }
    m_store(this, [this, entries](Store::Store &store) -> std::function<void()> {
        const Status saved = NetBox::ChangeSetJournal::save(store, entries);
        if (saved)
            return {};
        const Error error = saved.error();
        return [this, error] {
            emit errorOccurred(tr("The pending NetBox edits could not be kept in the workspace: %1").arg(error.detail));
        };
    });
}

void ChangeSetSession::update(Domain::ObjectKind kind, qint64 id, const QJsonObject &fields)
{
    emit entriesAboutToBeReset();
    bool merged = false;
    for (Entry &e : m_entries) {
        if (e.edit.type == Edit::Type::Update && e.edit.kind == kind && e.edit.id == id &&
            e.state != EntryState::Written && e.state != EntryState::TheirsTaken && e.state != EntryState::Pushing) {
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                e.edit.fields.insert(it.key(), it.value());
            if (e.state == EntryState::Failed)
                e.state = EntryState::Pending;
            rebuildFields(e);
            merged = true;
            break;
        }
    }
    if (!merged) {
        Entry e;
        e.edit = Edit{Edit::Type::Update, kind, id, fields};
        rebuildFields(e);
        m_entries << e;
    }
    emit entriesReset();
    emit entriesChanged();
    refreshDiff();
}

void ChangeSetSession::create(Domain::ObjectKind kind, const QJsonObject &body)
{
    // The same new object twice (a plan sent again) is one create.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.edit.type == Edit::Type::Create && e.edit.kind == kind && e.edit.fields == body &&
            e.state != EntryState::Written && e.state != EntryState::TheirsTaken)
            return;
    }
    const int row = int(m_entries.size());
    emit entryAboutToBeAdded(row);
    Entry e;
    e.edit = Edit{Edit::Type::Create, kind, 0, body};
    rebuildFields(e);
    m_entries << e;
    emit entryAdded(row);
    emit entriesChanged();
}

void ChangeSetSession::setChangeSet(const NetBox::ChangeSet &changes)
{
    emit entriesAboutToBeReset();
    m_entries.clear();
    for (const Edit &edit : changes.edits()) {
        Entry e;
        e.edit = edit;
        rebuildFields(e);
        m_entries << e;
    }
    emit entriesReset();
    emit entriesChanged();
    refreshDiff();
}

void ChangeSetSession::removeEntry(int row)
{
    if (isBusy() || row < 0 || row >= m_entries.size())
        return;
    removeAt(row);
    emit entriesChanged();
}

void ChangeSetSession::clearFinished()
{
    if (isBusy())
        return;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const EntryState s = m_entries.at(row).state;
        if (s == EntryState::Written || s == EntryState::TheirsTaken)
            removeAt(row);
    }
    emit entriesChanged();
}

void ChangeSetSession::removeAt(int row)
{
    emit entryAboutToBeRemoved(row);
    m_entries.removeAt(row);
    emit entryRemoved(row);
}

bool ChangeSetSession::isPushable(const Entry &entry) const
{
    return entry.state == EntryState::Pending || entry.state == EntryState::Failed ||
           entry.state == EntryState::KeepMine;
}

NetBox::ChangeSet ChangeSetSession::pendingChanges() const
{
    NetBox::ChangeSet changes;
    for (const Entry &e : m_entries) {
        if (!isPushable(e))
            continue;
        if (e.edit.type == Edit::Type::Update)
            changes.update(e.edit.kind, e.edit.id, e.edit.fields);
        else
            changes.create(e.edit.kind, e.edit.fields);
    }
    return changes;
}

int ChangeSetSession::count(EntryState state) const
{
    return int(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [state](const Entry &e) { return e.state == state; }));
}

EntryState ChangeSetSession::entryState(int row) const
{
    return m_entries.value(row).state;
}

NetBox::Edit ChangeSetSession::edit(int row) const
{
    return m_entries.value(row).edit;
}

NetBox::Conflict ChangeSetSession::conflict(int row) const
{
    return m_entries.value(row).conflict;
}

int ChangeSetSession::rowOf(Domain::ObjectKind kind, qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).edit.kind == kind && m_entries.at(i).edit.id == id)
            return i;
    }
    return -1;
}

QString ChangeSetSession::relatedName(const QString &field, qint64 id) const
{
    return ChangeSetBase::isReference(field) ? m_refNames.value(ChangeSetBase::refKey(field, id)) : QString();
}

void ChangeSetSession::refreshDiff()
{
    if (!m_store)
        return;
    NetBox::ChangeSet updates;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.edit.type == Edit::Type::Update && e.state != EntryState::Written)
            updates.update(e.edit.kind, e.edit.id, e.edit.fields);
    }
    if (updates.isEmpty())
        return;
    m_store(this, [this, updates](Store::Store &store) -> std::function<void()> {
        auto base = ChangeSetBase::read(store, updates);
        if (!base) {
            qCWarning(lcChangeSetSession).noquote() << "change set diff failed:" << base.error().toString();
            return {};
        }
        return [this, base = *base] { handleBase(base); };
    });
}

void ChangeSetSession::handleBase(const ChangeSetBase &base)
{
    m_refNames.insert(base.refNames);
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const QString label = base.labels.value(ChangeSetBase::objectKey(e.edit.kind, e.edit.id));
        if (e.edit.type == Edit::Type::Update && !label.isEmpty() && label != e.label) {
            e.label = label;
            emit entryChanged(row);
        }
    }
    for (const NetBox::FieldDiff &d : base.diff) {
        const int row = rowOf(d.kind, d.id);
        if (row < 0 || m_entries.at(row).edit.type != Edit::Type::Update)
            continue;
        Entry &e = m_entries[row];
        if (e.state == EntryState::Conflict || e.state == EntryState::Written)
            continue; // the base shown is the one the push measured against
        for (Field &f : e.fields) {
            if (f.field == d.field)
                f.base = d.synced;
        }
        emit entryChanged(row);
    }
}

void ChangeSetSession::push()
{
    if (isBusy())
        return;
    if (!canPush()) {
        emit errorOccurred(tr("There is nothing to push through: open NetBox Sync, or start the OpsDeck service, "
                              "then push again. The edits are kept."));
        return;
    }
    m_pushedRows.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (isPushable(m_entries.at(row)))
            m_pushedRows << row;
    }
    if (m_pushedRows.isEmpty())
        return;
    const NetBox::ChangeSet changes = pendingChanges();
    for (int row : std::as_const(m_pushedRows)) {
        m_entries[row].state = EntryState::Pushing;
        m_entries[row].error.clear();
        emit entryChanged(row);
    }
    setBusy(true);
    emit entriesChanged();
    if (m_jobPush->isConnected())
        m_jobPush->push(changes);
    else
        m_runner->push(changes);
}

void ChangeSetSession::setJobService(Ipc::IpcClient *client, const QString &requester)
{
    m_jobPush->setClient(client, requester);
}

QString ChangeSetSession::lastJobId() const
{
    return m_jobPush->lastJobId();
}

void ChangeSetSession::handlePushFinished(const Result<NetBox::WriteReport> &report)
{
    if (!m_pushing)
        return;
    const QList<int> rows = std::exchange(m_pushedRows, {});
    if (!report) {
        for (int row : rows) {
            m_entries[row].state = EntryState::Failed;
            m_entries[row].error = report.error().detail;
            emit entryChanged(row);
        }
        setBusy(false);
        emit errorOccurred(tr("The change set could not be pushed: %1").arg(report.error().detail));
        emit entriesChanged();
        emit pushFinished(0, 0, int(rows.size()));
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        Entry &e = m_entries[rows.at(i)];
        if (i >= report->outcomes.size()) {
            e.state = EntryState::Failed;
            e.error = tr("no outcome reported");
            emit entryChanged(rows.at(i));
            continue;
        }
        const WriteOutcome &o = report->outcomes.at(i);
        switch (o.state) {
        case WriteOutcome::State::Written:
            e.state = EntryState::Written;
            e.edit.id = o.id;
            for (Field &f : e.fields)
                f.base = f.local;
            break;
        case WriteOutcome::State::Conflict:
            e.state = EntryState::Conflict;
            e.conflict = o.conflict;
            applyConflict(e);
            break;
        case WriteOutcome::State::Failed:
            e.state = EntryState::Failed;
            e.error = o.error.detail;
            break;
        }
        emit entryChanged(rows.at(i));
    }
    setBusy(false);
    emit entriesChanged();
    emit pushFinished(report->count(WriteOutcome::State::Written), report->count(WriteOutcome::State::Conflict),
                      report->count(WriteOutcome::State::Failed));
}

bool ChangeSetSession::resolve(int row, Resolution resolution)
{
    if (!m_store || row < 0 || row >= m_entries.size() || m_entries.at(row).state != EntryState::Conflict)
        return false;
    Entry &e = m_entries[row];
    if (e.conflict.deletedRemotely) {
        if (resolution == Resolution::KeepMine)
            return false;
        // Nothing to adopt; the next sync removes the object from the store.
        e.state = EntryState::TheirsTaken;
        emit entryChanged(row);
        emit entriesChanged();
        return true;
    }
    const bool wasBusy = isBusy();
    m_resolving << PendingResolution{e.edit.kind, e.edit.id, resolution};
    if (!wasBusy)
        emit busyChanged(true);
    m_store(this, [this, kind = e.edit.kind, remote = e.conflict.remoteObject](Store::Store &store) {
        const Status adopted = NetBox::adoptRemoteObject(store, kind, remote);
        return std::function<void()>([this, adopted] { handleRemoteAdopted(adopted); });
    });
    return true;
}

void ChangeSetSession::handleRemoteAdopted(const Status &status)
{
    if (m_resolving.isEmpty())
        return;
    const PendingResolution r = m_resolving.takeFirst();
    const int row = rowOf(r.kind, r.id);
    if (!status) {
        emit errorOccurred(
            tr("NetBox's version could not be taken into the local store: %1").arg(status.error().detail));
    } else if (row >= 0 && m_entries.at(row).state == EntryState::Conflict) {
        Entry &e = m_entries[row];
        // NetBox's current state is the new base: a KeepMine push is now
        // measured against it and fails again if NetBox changes once more.
        for (Field &f : e.fields)
            f.base = f.remote;
        e.state = r.resolution == Resolution::KeepMine ? EntryState::KeepMine : EntryState::TheirsTaken;
        emit entryChanged(row);
    }
    if (!isBusy())
        emit busyChanged(false);
    emit entriesChanged();
}

void ChangeSetSession::setBusy(bool pushing)
{
    const bool before = isBusy();
    m_pushing = pushing;
    if (before != isBusy())
        emit busyChanged(isBusy());
}

} // namespace OpsDeck::Models
