// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/outboxstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "backend/store/moduleconnection.h"
#include "backend/store/store.h"

namespace OpsDeck::Notify {

namespace {

const char kEntryColumns[] = "id, channel, group_key, state, severity, message_count, window_end_ms, next_attempt_ms,"
                             " attempts, last_error, last_attempt_ms, created_ms, delivered_ms";

// A null QString binds as SQL NULL; the key columns are NOT NULL ('' is "no group").
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString stateName(DeliveryState state)
{
    return deliveryStateName(state);
}

} // namespace

OutboxStore::OutboxStore(std::unique_ptr<Store::ModuleConnection> connection)
    : m_connection(std::move(connection))
{}

OutboxStore::~OutboxStore() = default;

QSqlDatabase OutboxStore::db() const
{
    return m_connection->db();
}

Store::Dialect OutboxStore::dialect() const
{
    return m_connection->dialect();
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::openSqlite(const QString &path)
{
    // Full: a message submit() accepted is on disk when it returns.
    auto connection = Store::ModuleConnection::openSqlite(path, QStringLiteral("the notification outbox"),
                                                          Store::ModuleConnection::Durability::Full);
    if (!connection)
        return connection.error();
    return finishOpen(std::move(*connection));
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::openPostgres(const Store::PostgresParams &params)
{
    auto connection = Store::ModuleConnection::openPostgres(params, QStringLiteral("the notification outbox"));
    if (!connection)
        return connection.error();
    return finishOpen(std::move(*connection));
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::finishOpen(std::unique_ptr<Store::ModuleConnection> connection)
{
    if (!connection->db().tables().contains(QStringLiteral("notify_outbox")))
        return Error(ErrorCode::Database, QStringLiteral("the store has no notification outbox tables"),
                     {{QStringLiteral("store"), connection->description()}});
    return std::unique_ptr<OutboxStore>(new OutboxStore(std::move(connection)));
}

Status OutboxStore::exec(QSqlQuery &query, const QString &what) const
{
    return m_connection->exec(query, what);
}

Status OutboxStore::transaction(const std::function<Status()> &work)
{
    return m_connection->transaction(work);
}

Result<SubmitResult> OutboxStore::accept(const Message &message, const QStringList &channels,
                                         const GroupingConfig &grouping, qint64 nowMs)
{
    SubmitResult result;
    result.channels = channels;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO notify_messages (id, group_key, severity, created_ms, accepted_ms, data)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(message.id);
        q.addBindValue(notNull(message.groupKey));
        q.addBindValue(severityName(message.severity));
        q.addBindValue(message.createdAt.isValid() ? message.createdAt.toMSecsSinceEpoch() : nowMs);
        q.addBindValue(nowMs);
        q.addBindValue(QString::fromUtf8(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact)));
        if (auto s = exec(q, QStringLiteral("cannot store the message")); !s)
            return s;
        if (q.numRowsAffected() == 0) {
            result.duplicate = true;
            return {};
        }
        for (const QString &channel : channels) {
            auto id = addToGroup(message, channel, grouping, nowMs);
            if (!id)
                return id.error();
            result.deliveryIds << *id;
        }
        return {};
    });
    if (!st)
        return st.error();
    return result;
}

Result<QString> OutboxStore::addToGroup(const Message &message, const QString &channel, const GroupingConfig &grouping,
                                        qint64 nowMs)
{
    const qint64 window = qint64(grouping.windowSeconds) * 1000;
    if (window <= 0 || message.groupKey.isEmpty())
        return insertEntry(message, channel, DeliveryState::Pending, nowMs, nowMs, nowMs);

    // The latest window of the group on this channel that is still open:
    // its collecting entry when there is one, else the entry sent at once
    // for a critical first message.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, state, window_end_ms FROM notify_outbox WHERE channel = ? AND group_key = ?"
                             " AND window_end_ms > ? ORDER BY window_end_ms DESC, created_ms DESC"));
    q.addBindValue(channel);
    q.addBindValue(notNull(message.groupKey));
    q.addBindValue(nowMs);
    if (auto s = exec(q, QStringLiteral("cannot read the group's window")); !s)
        return s.error();
    QString openId;
    qint64 openWindowEnd = 0;
    while (q.next()) {
        if (openWindowEnd == 0)
            openWindowEnd = q.value(2).toLongLong();
        if (deliveryStateFromName(q.value(1).toString()) == DeliveryState::Collecting) {
            openId = q.value(0).toString();
            break;
        }
    }
    if (!openId.isEmpty()) {
        if (auto s = attach(openId, message); !s)
            return s.error();
        return openId;
    }
    if (openWindowEnd > 0) // the window's first message went out at once: collect the rest behind it
        return insertEntry(message, channel, DeliveryState::Collecting, openWindowEnd, openWindowEnd, nowMs);
    if (message.severity == Severity::Critical && grouping.criticalImmediately)
        return insertEntry(message, channel, DeliveryState::Pending, nowMs + window, nowMs, nowMs);
    return insertEntry(message, channel, DeliveryState::Collecting, nowMs + window, nowMs + window, nowMs);
}

Result<QString> OutboxStore::insertEntry(const Message &message, const QString &channel, DeliveryState state,
                                         qint64 windowEndMs, qint64 nextAttemptMs, qint64 nowMs)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO notify_outbox (id, channel, group_key, state, severity, message_count,"
                       " window_end_ms, next_attempt_ms, attempts, created_ms) VALUES (?, ?, ?, ?, ?, 0, ?, ?, 0, ?)"));
    q.addBindValue(id);
    q.addBindValue(channel);
    q.addBindValue(notNull(message.groupKey));
    q.addBindValue(stateName(state));
    q.addBindValue(severityName(message.severity));
    q.addBindValue(windowEndMs);
    q.addBindValue(nextAttemptMs);
    q.addBindValue(nowMs);
    if (auto s = exec(q, QStringLiteral("cannot add an outbox entry")); !s)
        return s.error();
    if (auto s = attach(id, message); !s)
        return s.error();
    return id;
}

Status OutboxStore::attach(const QString &entryId, const Message &message)
{
    QSqlQuery read(db());
    read.prepare(QStringLiteral("SELECT message_count, severity FROM notify_outbox WHERE id = ?"));
    read.addBindValue(entryId);
    if (auto s = exec(read, QStringLiteral("cannot read an outbox entry")); !s)
        return s;
    if (!read.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no outbox entry %1").arg(entryId));
    const int position = read.value(0).toInt();
    const Severity stored = severityFromName(read.value(1).toString()).value_or(Severity::Info);
    const Severity highest = std::max(stored, message.severity);

    QSqlQuery link(db());
    link.prepare(
        QStringLiteral("INSERT INTO notify_outbox_messages (outbox_id, message_id, position) VALUES (?, ?, ?)"));
    link.addBindValue(entryId);
    link.addBindValue(message.id);
    link.addBindValue(position);
    if (auto s = exec(link, QStringLiteral("cannot add the message to its outbox entry")); !s)
        return s;
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE notify_outbox SET message_count = ?, severity = ? WHERE id = ?"));
    update.addBindValue(position + 1);
    update.addBindValue(severityName(highest));
    update.addBindValue(entryId);
    return exec(update, QStringLiteral("cannot count the message"));
}

Result<QList<Message>> OutboxStore::messagesOf(const QString &entryId)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT m.data FROM notify_outbox_messages om JOIN notify_messages m ON m.id = om.message_id"
                       " WHERE om.outbox_id = ? ORDER BY om.position"));
    q.addBindValue(entryId);
    if (auto s = exec(q, QStringLiteral("cannot read the messages of an outbox entry")); !s)
        return s.error();
    QList<Message> out;
    while (q.next()) {
        auto message = Message::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (!message)
            return message.error();
        out << *message;
    }
    return out;
}

Result<QList<Delivery>> OutboxStore::readEntries(QSqlQuery &query)
{
    QList<Delivery> out;
    while (query.next()) {
        Delivery d;
        d.id = query.value(0).toString();
        d.channel = query.value(1).toString();
        d.groupKey = query.value(2).toString();
        d.state = deliveryStateFromName(query.value(3).toString());
        d.severity = severityFromName(query.value(4).toString()).value_or(Severity::Info);
        d.messageCount = query.value(5).toInt();
        d.windowEndMs = query.value(6).toLongLong();
        d.nextAttemptMs = query.value(7).toLongLong();
        d.attempts = query.value(8).toInt();
        d.lastError = query.value(9).toString();
        d.lastAttemptMs = query.value(10).toLongLong();
        d.createdMs = query.value(11).toLongLong();
        d.deliveredMs = query.value(12).toLongLong();
        out << d;
    }
    return out;
}

Result<QList<Delivery>> OutboxStore::due(qint64 nowMs, int limit)
{
    QList<Delivery> entries;
    Status st = transaction([&]() -> Status {
        QSqlQuery close(db());
        close.prepare(QStringLiteral("UPDATE notify_outbox SET state = ? WHERE state = ? AND next_attempt_ms <= ?"));
        close.addBindValue(stateName(DeliveryState::Pending));
        close.addBindValue(stateName(DeliveryState::Collecting));
        close.addBindValue(nowMs);
        if (auto s = exec(close, QStringLiteral("cannot close group windows")); !s)
            return s;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM notify_outbox WHERE state = ? AND next_attempt_ms <= ?"
                                 " ORDER BY next_attempt_ms, created_ms LIMIT %2")
                      .arg(QLatin1String(kEntryColumns))
                      .arg(limit));
        q.addBindValue(stateName(DeliveryState::Pending));
        q.addBindValue(nowMs);
        if (auto s = exec(q, QStringLiteral("cannot read the due outbox entries")); !s)
            return s;
        auto read = readEntries(q);
        if (!read)
            return read.error();
        entries = std::move(read).value();
        for (Delivery &d : entries) {
            auto messages = messagesOf(d.id);
            if (!messages)
                return messages.error();
            d.messages = std::move(messages).value();
        }
        return {};
    });
    if (!st)
        return st.error();
    return entries;
}

Result<std::optional<qint64>> OutboxStore::nextAttemptMs()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_ms) FROM notify_outbox WHERE state IN (?, ?)"));
    q.addBindValue(stateName(DeliveryState::Collecting));
    q.addBindValue(stateName(DeliveryState::Pending));
    if (auto s = exec(q, QStringLiteral("cannot read the next attempt")); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status OutboxStore::hold(const QString &id, qint64 untilMs)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE notify_outbox SET next_attempt_ms = ? WHERE id = ? AND state = ?"));
    q.addBindValue(untilMs);
    q.addBindValue(id);
    q.addBindValue(stateName(DeliveryState::Pending));
    return exec(q, QStringLiteral("cannot hold an outbox entry"));
}

Status OutboxStore::recordDelivered(const QString &id, qint64 nowMs)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE notify_outbox SET state = ?, attempts = attempts + 1, last_attempt_ms = ?,"
                             " delivered_ms = ? WHERE id = ?"));
    q.addBindValue(stateName(DeliveryState::Delivered));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return exec(q, QStringLiteral("cannot record the delivery"));
}

Status OutboxStore::recordFailure(const QString &id, const QString &error, std::optional<qint64> nextAttemptMs,
                                  qint64 nowMs)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE notify_outbox SET state = ?, attempts = attempts + 1, last_attempt_ms = ?,"
                             " last_error = ?, next_attempt_ms = ? WHERE id = ?"));
    q.addBindValue(stateName(nextAttemptMs ? DeliveryState::Pending : DeliveryState::Failed));
    q.addBindValue(nowMs);
    q.addBindValue(error);
    q.addBindValue(nextAttemptMs.value_or(nowMs));
    q.addBindValue(id);
    return exec(q, QStringLiteral("cannot record the failed attempt"));
}

Result<Delivery> OutboxStore::delivery(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM notify_outbox WHERE id = ?").arg(QLatin1String(kEntryColumns)));
    q.addBindValue(id);
    if (auto s = exec(q, QStringLiteral("cannot read an outbox entry")); !s)
        return s.error();
    auto entries = readEntries(q);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no outbox entry %1").arg(id));
    Delivery d = entries->constFirst();
    auto messages = messagesOf(id);
    if (!messages)
        return messages.error();
    d.messages = std::move(messages).value();
    return d;
}

Result<QList<Delivery>> OutboxStore::deliveries(const QString &channel, int limit)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM notify_outbox%2 ORDER BY created_ms DESC, id LIMIT %3")
            .arg(QLatin1String(kEntryColumns), channel.isEmpty() ? QString() : QStringLiteral(" WHERE channel = ?"))
            .arg(limit));
    if (!channel.isEmpty())
        q.addBindValue(channel);
    if (auto s = exec(q, QStringLiteral("cannot read the outbox")); !s)
        return s.error();
    return readEntries(q);
}

Result<QList<ChannelStatus>> OutboxStore::channelStatus()
{
    auto entries = deliveries({}, 1000000);
    if (!entries)
        return entries.error();
    // Newest first: the first entry of a channel with an error holds its latest error.
    QMap<QString, ChannelStatus> byName;
    for (const Delivery &d : *entries) {
        ChannelStatus &s = byName[d.channel];
        s.channel = d.channel;
        switch (d.state) {
        case DeliveryState::Collecting:
            ++s.collecting;
            break;
        case DeliveryState::Pending:
            ++s.pending;
            break;
        case DeliveryState::Delivered:
            ++s.delivered;
            break;
        case DeliveryState::Failed:
            ++s.failed;
            break;
        }
        s.lastDeliveredMs = std::max(s.lastDeliveredMs, d.deliveredMs);
        if (!d.lastError.isEmpty() && d.state != DeliveryState::Delivered && d.lastAttemptMs > s.lastErrorMs) {
            s.lastError = d.lastError;
            s.lastErrorMs = d.lastAttemptMs;
        }
        if (d.state != DeliveryState::Delivered && d.state != DeliveryState::Failed)
            s.oldestWaitingMs = s.oldestWaitingMs == 0 ? d.createdMs : std::min(s.oldestWaitingMs, d.createdMs);
    }
    return byName.values();
}

Result<int> OutboxStore::purge(qint64 beforeMs)
{
    int removed = 0;
    Status st = transaction([&]() -> Status {
        const QString finished = QStringLiteral("state IN ('%1', '%2') AND created_ms < ?")
                                     .arg(stateName(DeliveryState::Delivered), stateName(DeliveryState::Failed));
        QSqlQuery links(db());
        links.prepare(QStringLiteral("DELETE FROM notify_outbox_messages WHERE outbox_id IN"
                                     " (SELECT id FROM notify_outbox WHERE %1)")
                          .arg(finished));
        links.addBindValue(beforeMs);
        if (auto s = exec(links, QStringLiteral("cannot purge the outbox")); !s)
            return s;
        QSqlQuery entries(db());
        entries.prepare(QStringLiteral("DELETE FROM notify_outbox WHERE %1").arg(finished));
        entries.addBindValue(beforeMs);
        if (auto s = exec(entries, QStringLiteral("cannot purge the outbox")); !s)
            return s;
        removed = entries.numRowsAffected();
        QSqlQuery messages(db());
        // Old enough only: a recent message without a route still answers
        // "submitted before" to a retried submit.
        messages.prepare(QStringLiteral("DELETE FROM notify_messages WHERE accepted_ms < ? AND id NOT IN"
                                        " (SELECT message_id FROM notify_outbox_messages)"));
        messages.addBindValue(beforeMs);
        return exec(messages, QStringLiteral("cannot purge the messages"));
    });
    if (!st)
        return st.error();
    return removed;
}

} // namespace OpsDeck::Notify
