// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/netbox/changeset.h"
#include "backend/netbox/netboxclient.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::NetBox {

/// One edited field of a conflicting object, side by side.
struct ConflictField
{
    QString field;
    QJsonValue synced; ///< what OpsDeck last synced
    QJsonValue local;  ///< what the change set writes
    QJsonValue remote; ///< what NetBox holds now (undefined when deleted)
};

/// An object changed in NetBox since the last sync; nothing was written.
struct Conflict
{
    Domain::ObjectKind kind = Domain::ObjectKind::Device;
    qint64 id = 0;
    QString syncedLastUpdated;
    QString remoteLastUpdated; ///< empty when the object was deleted remotely
    bool deletedRemotely = false;
    QList<ConflictField> fields;
    /// The whole object as NetBox holds it now (empty when deleted), so a
    /// resolution can adopt it as the new synced base.
    QJsonObject remoteObject;
};

/// What happened to one edit.
struct WriteOutcome
{
    enum class State { Written, Conflict, Failed };
    Edit edit;
    State state = State::Failed;
    qint64 id = 0;     ///< the object's id (new id for a create)
    Error error;       ///< when Failed
    Conflict conflict; ///< when Conflict
};

struct WriteReport
{
    QList<WriteOutcome> outcomes; ///< in the change set's order
    [[nodiscard]] int count(WriteOutcome::State state) const;
};

/// Pushes a ChangeSet to NetBox without overwriting remote changes: each
/// updated object is checked against its last synced `last_updated` —
/// If-Match with the synced ETag on NetBox 4.6 (a 412 is a conflict), a
/// fetch-and-compare before that — and conflicting objects are reported
/// side by side and left alone. Updates go out as bulk PATCHes per endpoint
/// (4.6: per object, as If-Match is per object), creates as bulk POSTs in
/// dependency order. NetBox's bulk writes are all-or-none, so a rejected
/// batch is split: a bulk create names its bad items, which get their own
/// errors while the rest is sent again; a bulk update names only the
/// fields of the first bad object, so its objects are sent one by one and
/// only the rejected ones fail (with NetBox's message). Written objects are
/// mapped back into the store.
///
/// Emits finished() exactly once per push(). Lives on the thread of the
/// client and the store.
/// The body NetBox @p version accepts for @p fields, which edits hold in
/// the 4.x write form: before 3.6 a device's role is "device_role"; before
/// 3.3 a cable has one termination per end as termination_a_type/_id; before
/// 4.1 a rack's form factor is "type"; before 4.2 a prefix has a "site"
/// instead of scope_type/scope_id. Unknown versions get the 4.x form.
[[nodiscard]] QJsonObject versionWriteForm(Domain::ObjectKind kind, QJsonObject fields, ApiVersion version);

class NetBoxWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxWriter)

public:
    NetBoxWriter(NetBoxClient *client, Store::Store *store, QObject *parent = nullptr);
    ~NetBoxWriter() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

public slots:
    void push(const OpsDeck::NetBox::ChangeSet &changes);
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const OpsDeck::Result<OpsDeck::NetBox::WriteReport> &report);

private:
    void next();
    void runUpdatesWithETags(const QList<int> &indexes);
    void runUpdatesCompared(const QList<int> &indexes);
    void bulkWrite(const QByteArray &method, const QList<int> &indexes, bool retried);
    void writeSingles(const QByteArray &method);
    void bulkWritten(const QByteArray &method, const QList<int> &indexes, const QJsonArray &objects);
    void written(int index, const QJsonObject &object);
    void conflict(int index, const QJsonObject &remote, bool deleted);
    void failed(int index, const Error &error);
    NetBoxReply *track(NetBoxReply *reply);
    void stepDone();
    void finish();

    NetBoxClient *m_client;
    Store::Store *m_store;
    bool m_running = false;
    WriteReport m_report;
    QList<QList<int>> m_steps; ///< groups of outcome indexes, run one after another
    QList<QPointer<NetBoxReply>> m_inFlight;
    int m_pending = 0;
    int m_done = 0;
    QList<int> m_single; ///< edits of a rejected bulk update still to send one by one
};

} // namespace OpsDeck::NetBox
