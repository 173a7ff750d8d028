// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/notify/delivery.h"
#include "backend/notify/notifyconfig.h"
#include "backend/store/migrations.h"

class QSqlDatabase;
class QSqlQuery;

namespace OpsDeck::Store {
struct PostgresParams;
}

namespace OpsDeck::Store {
class ModuleConnection;
}

namespace OpsDeck::Notify {

/// The durable side of the notifier in the workspace store (the notify_*
/// tables): accepted messages, the outbox entries that carry them to each
/// channel, and their attempts. SQLite (WAL, synchronous=FULL, so an
/// accepted message survives a crash of the machine) or PostgreSQL; the
/// workspace Store owns the schema and migrates it on open.
///
/// Owns its own database connection: use an instance only on the thread
/// that opened it. Every notify_* statement goes through this class.
class OutboxStore final
{
public:
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<OutboxStore>> openSqlite(const QString &path);
    [[nodiscard]] static Result<std::unique_ptr<OutboxStore>> openPostgres(const Store::PostgresParams &params);

    [[nodiscard]] Store::Dialect dialect() const;

    /// Stores @p message and adds it to one entry per channel of
    /// @p channels, in one transaction: the open window of its group on that
    /// channel, or a new entry (see GroupingConfig). A message id stored
    /// before is a duplicate: nothing changes.
    [[nodiscard]] Result<SubmitResult> accept(const Message &message, const QStringList &channels,
                                              const GroupingConfig &grouping, qint64 nowMs);

    /// Entries whose next attempt is due at @p nowMs (windows that closed
    /// included, which become Pending), oldest first, with their messages.
    [[nodiscard]] Result<QList<Delivery>> due(qint64 nowMs, int limit = 100);
    /// The earliest next attempt of any entry still to send; none when the
    /// outbox has nothing to send.
    [[nodiscard]] Result<std::optional<qint64>> nextAttemptMs();

    /// Holds a Pending entry back until @p untilMs while an attempt runs, so
    /// that due() and nextAttemptMs() skip it; an attempt that never ends
    /// (a crash) is tried again when the hold expires. release: untilMs = now.
    [[nodiscard]] Status hold(const QString &id, qint64 untilMs);
    /// Marks the entry delivered (counting the attempt).
    [[nodiscard]] Status recordDelivered(const QString &id, qint64 nowMs);
    /// Counts a failed attempt: the entry stays Pending until
    /// @p nextAttemptMs, or is Failed for good when that is none.
    [[nodiscard]] Status recordFailure(const QString &id, const QString &error, std::optional<qint64> nextAttemptMs,
                                       qint64 nowMs);

    /// One entry with its messages; NotFound for an unknown id.
    [[nodiscard]] Result<Delivery> delivery(const QString &id);
    /// Entries of @p channel (all channels when empty), newest first, without messages.
    [[nodiscard]] Result<QList<Delivery>> deliveries(const QString &channel = {}, int limit = 200);
    /// Counts and latest outcome per channel that has entries, by name.
    [[nodiscard]] Result<QList<ChannelStatus>> channelStatus();

    /// Deletes delivered and failed entries created before @p beforeMs, and
    /// the messages accepted before then that no entry carries any more;
    /// returns the entries deleted.
    [[nodiscard]] Result<int> purge(qint64 beforeMs);

private:
    explicit OutboxStore(std::unique_ptr<Store::ModuleConnection> connection);
    [[nodiscard]] static Result<std::unique_ptr<OutboxStore>>
    finishOpen(std::unique_ptr<Store::ModuleConnection> connection);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Status exec(QSqlQuery &query, const QString &what) const;
    [[nodiscard]] Status transaction(const std::function<Status()> &work);
    [[nodiscard]] Result<QString> addToGroup(const Message &message, const QString &channel,
                                             const GroupingConfig &grouping, qint64 nowMs);
    [[nodiscard]] Result<QString> insertEntry(const Message &message, const QString &channel, DeliveryState state,
                                              qint64 windowEndMs, qint64 nextAttemptMs, qint64 nowMs);
    [[nodiscard]] Status attach(const QString &entryId, const Message &message);
    [[nodiscard]] Result<QList<Message>> messagesOf(const QString &entryId);
    [[nodiscard]] Result<QList<Delivery>> readEntries(QSqlQuery &query);

    std::unique_ptr<Store::ModuleConnection> m_connection;
};

} // namespace OpsDeck::Notify
