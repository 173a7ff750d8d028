// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/changeset/changesetmodel.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <QTimer>
#include <QUuid>

#include "backend/ipc/ipcclient.h"
#include "backend/jobs/netboxchangesetexecutor.h"
#include "backend/netbox/changesetjournal.h"
#include "backend/netbox/netboxrunner.h"

Q_LOGGING_CATEGORY(lcChangeSetModel, "opsdeck.changeset")

namespace OpsDeck::Models {

using NetBox::Edit;
using NetBox::WriteOutcome;

namespace {

// Child rows carry their entry's row + 1 as internal id; top rows carry 0.
constexpr quintptr kTopLevel = 0;

// Fields that hold a related object's id, and where its name is.
struct RefField
{
    Domain::ObjectKind kind;
    const char *nameField;
};

std::optional<RefField> refField(const QString &field)
{
    using K = Domain::ObjectKind;
    static const QHash<QString, RefField> fields = {
        {QStringLiteral("site"), {K::Site, "name"}},         {QStringLiteral("location"), {K::Location, "name"}},
        {QStringLiteral("rack"), {K::Rack, "name"}},         {QStringLiteral("role"), {K::DeviceRole, "name"}},
        {QStringLiteral("platform"), {K::Platform, "name"}}, {QStringLiteral("tenant"), {K::Tenant, "name"}},
        {QStringLiteral("device_type"), {K::DeviceType, "model"}}, {QStringLiteral("device"), {K::Device, "name"}},
    };
    const auto it = fields.constFind(field);
    return it == fields.cend() ? std::nullopt : std::optional<RefField>(*it);
}

QString refKey(const QString &field, qint64 id)
{
    return field + u'/' + QString::number(id);
}

} // namespace

ChangeSetModel::ChangeSetModel(Store::Access store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(std::move(store))
{
    connect(this, &ChangeSetModel::entriesChanged, this, &ChangeSetModel::scheduleSave);
}

ChangeSetModel::~ChangeSetModel()
{
    // An edit made just before closing is kept too.
    if (m_saveQueued)
        saveJournal();
}

void ChangeSetModel::setRunner(NetBox::NetBoxRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (runner)
        connect(runner, &NetBox::NetBoxRunner::pushFinished, this, &ChangeSetModel::handlePushFinished);
    emit pushTargetChanged();
}

bool ChangeSetModel::canPush() const
{
    return m_runner || (m_jobs && m_jobs->isConnected());
}

void ChangeSetModel::addEdits(const QList<NetBox::Edit> &edits)
{
    for (const Edit &e : edits) {
        if (e.type == Edit::Type::Update)
            update(e.kind, e.id, e.fields);
        else
            create(e.kind, e.fields);
    }
}

namespace {

using JournalState = NetBox::JournalEntry::State;

std::optional<JournalState> journalState(ChangeSetModel::EntryState state)
{
    using S = ChangeSetModel::EntryState;
    switch (state) {
    case S::Pending:
    case S::Pushing: // not known to be written: pushed again after a restart
        return JournalState::Pending;
    case S::Failed:
        return JournalState::Failed;
    case S::Conflict:
        return JournalState::Conflict;
    case S::KeepMine:
        return JournalState::KeepMine;
    case S::Written:
    case S::TheirsTaken:
        break;
    }
    return std::nullopt;
}

ChangeSetModel::EntryState fromJournal(JournalState state)
{
    using S = ChangeSetModel::EntryState;
    switch (state) {
    case JournalState::Pending:
        return S::Pending;
    case JournalState::Failed:
        return S::Failed;
    case JournalState::Conflict:
        return S::Conflict;
    case JournalState::KeepMine:
        return S::KeepMine;
    }
    return S::Pending;
}

} // namespace

void ChangeSetModel::restoreJournal()
{
    if (!m_store || m_journal == Journal::Restoring || m_journal == Journal::Restored)
        return;
    m_journal = Journal::Restoring;
    m_store(this, [this](Store::Store &store) -> std::function<void()> {
        auto loaded = NetBox::ChangeSetJournal::load(store);
        return [this, loaded] {
            if (!loaded) {
                m_journal = Journal::Broken;
                qCWarning(lcChangeSetModel).noquote() << loaded.error().toString();
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
                for (FieldRow &f : e.fields) {
                    for (const NetBox::ConflictField &c : std::as_const(e.conflict.fields)) {
                        if (c.field == f.field) {
                            f.base = c.synced;
                            f.remote = c.remote;
                        }
                    }
                }
                restored << e;
            }
            beginResetModel();
            const int shift = int(restored.size());
            m_entries = restored + m_entries;
            for (int &row : m_pushedRows)
                row += shift;
            endResetModel();
            m_journal = Journal::Restored;
            qCInfo(lcChangeSetModel) << "restored" << shift << "pending NetBox edits";
            emit journalRestored();
            emit entriesChanged();
            refreshDiff();
        };
    });
}

void ChangeSetModel::scheduleSave()
{
    if (m_journal != Journal::Restored || m_saveQueued)
        return;
    m_saveQueued = true;
    QTimer::singleShot(0, this, &ChangeSetModel::saveJournal);
}

void ChangeSetModel::saveJournal()
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

void ChangeSetModel::update(Domain::ObjectKind kind, qint64 id, const QJsonObject &fields)
{
    beginResetModel();
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
    endResetModel();
    emit entriesChanged();
    refreshDiff();
}

void ChangeSetModel::create(Domain::ObjectKind kind, const QJsonObject &body)
{
    // The same new object twice (a plan sent again) is one create.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.edit.type == Edit::Type::Create && e.edit.kind == kind && e.edit.fields == body &&
            e.state != EntryState::Written && e.state != EntryState::TheirsTaken)
            return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.edit = Edit{Edit::Type::Create, kind, 0, body};
    rebuildFields(e);
    m_entries << e;
    endInsertRows();
    emit entriesChanged();
}

void ChangeSetModel::setChangeSet(const NetBox::ChangeSet &changes)
{
    beginResetModel();
    m_entries.clear();
    for (const Edit &edit : changes.edits()) {
        Entry e;
        e.edit = edit;
        rebuildFields(e);
        m_entries << e;
    }
    endResetModel();
    emit entriesChanged();
    refreshDiff();
}

void ChangeSetModel::removeEntry(int row)
{
    if (isBusy() || row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit entriesChanged();
}

void ChangeSetModel::clearFinished()
{
    if (isBusy())
        return;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const EntryState s = m_entries.at(row).state;
        if (s == EntryState::Written || s == EntryState::TheirsTaken) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    emit entriesChanged();
}

bool ChangeSetModel::isPushable(const Entry &entry) const
{
    return entry.state == EntryState::Pending || entry.state == EntryState::Failed ||
           entry.state == EntryState::KeepMine;
}

NetBox::ChangeSet ChangeSetModel::pendingChanges() const
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

int ChangeSetModel::count(EntryState state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [state](const Entry &e) { return e.state == state; }));
}

ChangeSetModel::EntryState ChangeSetModel::entryState(int row) const
{
    return m_entries.value(row).state;
}

NetBox::Edit ChangeSetModel::edit(int row) const
{
    return m_entries.value(row).edit;
}

NetBox::Conflict ChangeSetModel::conflict(int row) const
{
    return m_entries.value(row).conflict;
}

int ChangeSetModel::rowOf(Domain::ObjectKind kind, qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).edit.kind == kind && m_entries.at(i).edit.id == id)
            return i;
    }
    return -1;
}

QString ChangeSetModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ChangeSetModel::displayText(const QString &field, const QJsonValue &value) const
{
    if (value.isDouble() && refField(field)) {
        const QString name = m_refNames.value(refKey(field, value.toInteger()));
        if (!name.isEmpty())
            return tr("%1 (#%2)").arg(name).arg(value.toInteger());
    }
    return valueText(value);
}

QString ChangeSetModel::stateText(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
        return tr("Pending");
    case EntryState::Pushing:
        return tr("Pushing");
    case EntryState::Written:
        return tr("Written");
    case EntryState::Conflict:
        return tr("Conflict");
    case EntryState::Failed:
        return tr("Failed");
    case EntryState::KeepMine:
        return tr("Keep mine");
    case EntryState::TheirsTaken:
        return tr("Took NetBox's version");
    }
    return {};
}

QString ChangeSetModel::objectText(const Entry &entry) const
{
    const QString kind = Domain::kindInfo(entry.edit.kind).key;
    if (entry.edit.type == Edit::Type::Create && entry.edit.id == 0) {
        for (const char *field : {"name", "address", "label"}) {
            const QString name = entry.edit.fields.value(QString::fromLatin1(field)).toString();
            if (!name.isEmpty())
                return tr("new %1 %2").arg(kind, name);
        }
        return tr("new %1").arg(kind);
    }
    if (!entry.label.isEmpty())
        return tr("%1 %2 (#%3)").arg(kind, entry.label).arg(entry.edit.id);
    return tr("%1 #%2").arg(kind).arg(entry.edit.id);
}

QString ChangeSetModel::statusText(const Entry &entry) const
{
    switch (entry.state) {
    case EntryState::Conflict:
        return entry.conflict.deletedRemotely ? tr("Conflict: deleted in NetBox since the sync")
                                              : tr("Conflict: changed in NetBox since the sync");
    case EntryState::Failed:
        return tr("Failed: %1").arg(entry.error);
    case EntryState::KeepMine:
        return tr("Keep mine: overwrites NetBox on the next push");
    default:
        return stateText(entry.state);
    }
}

QModelIndex ChangeSetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_entries.size())
        return {};
    if (row >= m_entries.at(parent.row()).fields.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChangeSetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ChangeSetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.row()).fields.size());
}

int ChangeSetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChangeSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const Entry &e = m_entries.at(top ? index.row() : int(index.internalId() - 1));
    switch (role) {
    case EntryStateRole:
        return int(e.state);
    case KindRole:
        return int(e.edit.kind);
    case ObjectIdRole:
        return e.edit.id;
    default:
        break;
    }
    if (top) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ObjectColumn)
                return objectText(e);
            if (index.column() == StatusColumn)
                return statusText(e);
            return {};
        case Qt::ToolTipRole:
            return index.column() == StatusColumn ? QVariant(statusText(e)) : QVariant();
        case Qt::ForegroundRole:
            if (e.state == EntryState::Conflict || e.state == EntryState::Failed)
                return QColor(Qt::red).darker(120);
            return {};
        default:
            return {};
        }
    }
    const FieldRow &f = e.fields.at(index.row());
    const auto value = [&]() -> QJsonValue {
        switch (index.column()) {
        case LocalColumn:
            return f.local;
        case RemoteColumn:
            return f.remote;
        case BaseColumn:
            return f.base;
        default:
            return QJsonValue(QJsonValue::Undefined);
        }
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == ObjectColumn)
            return f.field;
        if (index.column() != StatusColumn)
            return displayText(f.field, value());
        if (e.state == EntryState::Conflict && f.remote != f.base)
            return tr("changed in NetBox");
        if (e.edit.type == Edit::Type::Update && f.base.isUndefined())
            return QString();
        return f.base == f.local ? tr("unchanged") : tr("changed");
    case FieldRole:
        return f.field;
    case ValueRole:
        return value().toVariant();
    case Qt::ForegroundRole:
        if (e.state == EntryState::Conflict && index.column() == RemoteColumn && f.remote != f.base)
            return QColor(Qt::red).darker(120);
        return {};
    default:
        return {};
    }
}

QVariant ChangeSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Object / field");
    case LocalColumn:
        return tr("Local (mine)");
    case RemoteColumn:
        return tr("NetBox now (theirs)");
    case BaseColumn:
        return tr("Last synced (base)");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ChangeSetModel::refreshDiff()
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
        auto diff = updates.diff(store);
        if (!diff) {
            qCWarning(lcChangeSetModel).noquote() << "change set diff failed:" << diff.error().toString();
            return {};
        }
        // What the views call each object: its name (an address for IPs).
        QHash<QString, QString> labels;
        for (const Edit &e : updates.edits()) {
            for (const char *field : {"name", "address", "label"}) {
                auto value = NetBox::ChangeSet::syncedValue(store, e.kind, e.id, QString::fromLatin1(field));
                if (value && value->isString() && !value->toString().isEmpty()) {
                    labels.insert(Domain::kindInfo(e.kind).key + u'/' + QString::number(e.id), value->toString());
                    break;
                }
            }
        }
        // Names of the related objects on either side (rack 4 is "AMS1-R001").
        QHash<QString, QString> refNames;
        for (const NetBox::FieldDiff &d : std::as_const(*diff)) {
            const auto ref = refField(d.field);
            if (!ref)
                continue;
            for (const QJsonValue &v : {d.proposed, d.synced}) {
                if (!v.isDouble() || refNames.contains(refKey(d.field, v.toInteger())))
                    continue;
                auto name = NetBox::ChangeSet::syncedValue(store, ref->kind, v.toInteger(),
                                                           QString::fromLatin1(ref->nameField));
                if (name && name->isString())
                    refNames.insert(refKey(d.field, v.toInteger()), name->toString());
            }
        }
        return [this, diff = *diff, labels, refNames] { handleDiff(diff, labels, refNames); };
    });
}

void ChangeSetModel::handleDiff(const QList<NetBox::FieldDiff> &diff, const QHash<QString, QString> &labels,
                                const QHash<QString, QString> &refNames)
{
    m_refNames.insert(refNames);
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const QString label = labels.value(Domain::kindInfo(e.edit.kind).key + u'/' + QString::number(e.edit.id));
        if (e.edit.type == Edit::Type::Update && !label.isEmpty() && label != e.label) {
            e.label = label;
            entryChanged(row);
        }
    }
    for (const NetBox::FieldDiff &d : diff) {
        const int row = rowOf(d.kind, d.id);
        if (row < 0 || m_entries.at(row).edit.type != Edit::Type::Update)
            continue;
        Entry &e = m_entries[row];
        if (e.state == EntryState::Conflict || e.state == EntryState::Written)
            continue; // the base shown is the one the push measured against
        for (FieldRow &f : e.fields) {
            if (f.field == d.field)
                f.base = d.synced;
        }
        entryChanged(row);
    }
}

void ChangeSetModel::push()
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
        entryChanged(row);
    }
    setBusy(true);
    emit entriesChanged();
    if (m_jobs && m_jobs->isConnected())
        submitJob(changes);
    else
        m_runner->push(changes);
}

void ChangeSetModel::setJobService(Ipc::IpcClient *client, const QString &requester)
{
    if (m_jobs)
        m_jobs->disconnect(this);
    m_jobs = client;
    m_requester = requester;
    emit pushTargetChanged();
    if (!client)
        return;
    connect(client, &Ipc::IpcClient::connected, this, &ChangeSetModel::pushTargetChanged);
    connect(client, &Ipc::IpcClient::jobChanged, this, &ChangeSetModel::handleJobChanged);
    connect(client, &Ipc::IpcClient::disconnected, this, [this] {
        emit pushTargetChanged();
        if (m_jobKey.isEmpty())
            return;
        m_jobKey.clear();
        handlePushFinished(Error(ErrorCode::Network, tr("The connection to the service was lost; job %1 may still "
                                                        "run there.")
                                                         .arg(m_jobId)));
    });
}

void ChangeSetModel::submitJob(const NetBox::ChangeSet &changes)
{
    Jobs::JobRequest request;
    request.kind = Jobs::Kind::netboxChangeSet();
    request.intent = tr("Write %n edited object(s) to NetBox", nullptr, int(changes.edits().size()));
    request.requester = m_requester;
    request.parameters = {{QStringLiteral("changeSet"), Jobs::changeSetToJson(changes)}};
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_jobKey = request.idempotencyKey;
    m_jobId.clear();
    m_jobs->subscribe({QStringLiteral("jobs")});
    m_jobs->submitJob(request, this, [this, key = request.idempotencyKey](const Result<QJsonValue> &reply) {
        if (!m_jobKey.isEmpty() && key != m_jobKey)
            return; // a later push
        if (!reply) {
            if (key == m_jobKey) {
                m_jobKey.clear();
                handlePushFinished(reply.error());
            }
            return;
        }
        // The job may have ended (and been handled) before this reply.
        const QJsonObject job = reply->toObject().value(QStringLiteral("job")).toObject();
        m_jobId = job.value(QStringLiteral("id")).toString();
        emit jobSubmitted(m_jobId);
        handleJobChanged(job);
    });
}

void ChangeSetModel::handleJobChanged(const QJsonObject &job)
{
    if (m_jobKey.isEmpty() || job.value(QStringLiteral("idempotencyKey")).toString() != m_jobKey)
        return;
    const QString state = job.value(QStringLiteral("state")).toString();
    auto terminal = Jobs::jobStateFromString(state);
    if (!terminal || (*terminal != Jobs::JobState::Succeeded && *terminal != Jobs::JobState::Failed &&
                      *terminal != Jobs::JobState::Cancelled && *terminal != Jobs::JobState::Interrupted))
        return;
    m_jobKey.clear();
    if (m_jobId.isEmpty())
        m_jobId = job.value(QStringLiteral("id")).toString();
    auto report = Jobs::writeReportFromJobResult(job.value(QStringLiteral("result")).toObject());
    if (!report) {
        const QString error = job.value(QStringLiteral("error")).toString();
        handlePushFinished(Error(ErrorCode::Unknown, error.isEmpty() ? tr("job %1 ended %2").arg(m_jobId, state)
                                                                     : error));
        return;
    }
    handlePushFinished(*report);
}

void ChangeSetModel::handlePushFinished(const Result<NetBox::WriteReport> &report)
{
    if (!m_pushing)
        return;
    const QList<int> rows = std::exchange(m_pushedRows, {});
    if (!report) {
        for (int row : rows) {
            m_entries[row].state = EntryState::Failed;
            m_entries[row].error = report.error().detail;
            entryChanged(row);
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
            entryChanged(rows.at(i));
            continue;
        }
        const WriteOutcome &o = report->outcomes.at(i);
        switch (o.state) {
        case WriteOutcome::State::Written:
            e.state = EntryState::Written;
            e.edit.id = o.id;
            for (FieldRow &f : e.fields)
                f.base = f.local;
            break;
        case WriteOutcome::State::Conflict:
            e.state = EntryState::Conflict;
            e.conflict = o.conflict;
            for (FieldRow &f : e.fields) {
                for (const NetBox::ConflictField &c : o.conflict.fields) {
                    if (c.field == f.field) {
                        f.base = c.synced;
                        f.remote = c.remote;
                    }
                }
            }
            break;
        case WriteOutcome::State::Failed:
            e.state = EntryState::Failed;
            e.error = o.error.detail;
            break;
        }
        entryChanged(rows.at(i));
    }
    setBusy(false);
    emit entriesChanged();
    emit pushFinished(report->count(WriteOutcome::State::Written), report->count(WriteOutcome::State::Conflict),
                      report->count(WriteOutcome::State::Failed));
}

bool ChangeSetModel::resolve(int row, Resolution resolution)
{
    if (!m_store || row < 0 || row >= m_entries.size() || m_entries.at(row).state != EntryState::Conflict)
        return false;
    Entry &e = m_entries[row];
    if (e.conflict.deletedRemotely) {
        if (resolution == Resolution::KeepMine)
            return false;
        // Nothing to adopt; the next sync removes the object from the store.
        e.state = EntryState::TheirsTaken;
        entryChanged(row);
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

void ChangeSetModel::handleRemoteAdopted(const Status &status)
{
    if (m_resolving.isEmpty())
        return;
    const PendingResolution r = m_resolving.takeFirst();
    const int row = rowOf(r.kind, r.id);
    if (!status) {
        emit errorOccurred(tr("NetBox's version could not be taken into the local store: %1").arg(status.error().detail));
    } else if (row >= 0 && m_entries.at(row).state == EntryState::Conflict) {
        Entry &e = m_entries[row];
        // NetBox's current state is the new base: a KeepMine push is now
        // measured against it and fails again if NetBox changes once more.
        for (FieldRow &f : e.fields)
            f.base = f.remote;
        e.state = r.resolution == Resolution::KeepMine ? EntryState::KeepMine : EntryState::TheirsTaken;
        entryChanged(row);
    }
    if (!isBusy())
        emit busyChanged(false);
    emit entriesChanged();
}

void ChangeSetModel::setBusy(bool pushing)
{
    const bool before = isBusy();
    m_pushing = pushing;
    if (before != isBusy())
        emit busyChanged(isBusy());
}

void ChangeSetModel::rebuildFields(Entry &entry) const
{
    QList<FieldRow> fields;
    for (auto it = entry.edit.fields.constBegin(); it != entry.edit.fields.constEnd(); ++it) {
        FieldRow f;
        f.field = it.key();
        f.local = it.value();
        for (const FieldRow &old : std::as_const(entry.fields)) {
            if (old.field == f.field) {
                f.base = old.base;
                f.remote = old.remote;
            }
        }
        fields << f;
    }
    entry.fields = fields;
}

void ChangeSetModel::entryChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int children = int(m_entries.at(row).fields.size());
    if (children > 0) {
        const QModelIndex parent = index(row, 0);
        emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

} // namespace OpsDeck::Models
