// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "backend/notify/message.h"

namespace OpsDeck::Notify {

/// Where an outbox entry stands.
enum class DeliveryState {
    Collecting, ///< its group window is open: later messages of the group join it
    Pending,    ///< waiting for its (next) attempt
    Delivered,
    Failed,     ///< refused for good, or out of attempts; kept for the record
};

[[nodiscard]] QString deliveryStateName(DeliveryState state);
[[nodiscard]] DeliveryState deliveryStateFromName(const QString &name);

/// One outbox entry: the messages of one group window for one channel, sent
/// as one mail or one webhook call. Its id is the idempotency key receivers
/// see, the same on every attempt and after a restart. Times are
/// milliseconds since the epoch (UTC); 0 means "not yet". A plain value type.
struct Delivery
{
    QString id;
    QString channel;
    QString groupKey;
    DeliveryState state = DeliveryState::Pending;
    Severity severity = Severity::Info; ///< the highest of its messages
    int messageCount = 0;
    qint64 windowEndMs = 0;
    qint64 nextAttemptMs = 0;
    int attempts = 0;
    QString lastError;
    qint64 lastAttemptMs = 0;
    qint64 createdMs = 0;
    qint64 deliveredMs = 0;
    QList<Message> messages; ///< in arrival order; filled by OutboxStore::due() and delivery()

    bool operator==(const Delivery &) const = default;
};

/// The outbox of one channel at a glance, for the console.
struct ChannelStatus
{
    QString channel;
    int collecting = 0;
    int pending = 0;
    int delivered = 0;
    int failed = 0;
    qint64 lastDeliveredMs = 0;
    QString lastError;       ///< of the latest failed attempt (empty: none)
    qint64 lastErrorMs = 0;
    qint64 oldestWaitingMs = 0; ///< creation time of the oldest entry not yet delivered (0: none)

    bool operator==(const ChannelStatus &) const = default;
};

/// What submitting a message did.
struct SubmitResult
{
    bool duplicate = false;  ///< the id was accepted before: nothing new is sent
    QStringList channels;    ///< the channels it goes to (empty: no route matched)
    QStringList deliveryIds; ///< the outbox entries it joined or opened, one per channel
};

} // namespace OpsDeck::Notify
