// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/notifier.h"

#include <QDateTime>
#include <QLoggingCategory>

#include "backend/net/resterrors.h"
#include "backend/notify/emailsender.h"
#include "backend/notify/outboxstore.h"
#include "backend/notify/webhooksender.h"

Q_LOGGING_CATEGORY(lcNotify, "opsdeck.notify")

namespace OpsDeck::Notify {

namespace {

// How long an entry is held while its attempt runs. Longer than any attempt
// (timeouts and in-attempt retries included); after a crash the entry is
// tried again once it expires.
constexpr qint64 kHoldMs = 10 * 60 * 1000;
// The timer never sleeps longer, so a clock change is noticed.
constexpr qint64 kMaxSleepMs = 60 * 1000;
// How soon to look again after the outbox could not be read.
constexpr qint64 kStoreRetryMs = 5000;
// How often entries past their retention are purged (also once at start).
constexpr int kPurgeIntervalMs = 60 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Notifier::Notifier(NotifyConfig config, std::unique_ptr<OutboxStore> store, SecretLookup secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(std::move(store))
    , m_secrets(std::move(secrets))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::handleDue);
    m_purgeTimer.setInterval(kPurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] { (void)purgeExpired(); });
}

Notifier::~Notifier()
{
    m_stopping = true;
    m_timer.stop();
    m_purgeTimer.stop();
    // Attempts still running end without an outcome: let the next notifier
    // try them at once instead of after the hold.
    const qint64 now = nowMs();
    for (const QString &id : std::as_const(m_inFlight)) {
        if (auto st = m_store->hold(id, now); !st)
            qCWarning(lcNotify) << "cannot release outbox entry" << id << st.error().toString();
    }
    m_senders.clear(); // before the store: a sender's last words must not reach it
}

void Notifier::start()
{
    m_started = true;
    (void)purgeExpired(); // failures are logged and signalled
    m_purgeTimer.start();
    schedule();
}

Result<int> Notifier::purgeExpired()
{
    const qint64 retentionMs = qint64(m_config.delivery.retentionDays) * 24 * 3600 * 1000;
    auto purged = m_store->purge(nowMs() - retentionMs);
    if (!purged) {
        qCWarning(lcNotify) << "cannot purge the outbox" << purged.error().toString();
        emit errorOccurred(purged.error());
    } else if (*purged > 0) {
        qCInfo(lcNotify) << "purged" << *purged << "outbox entries older than" << m_config.delivery.retentionDays
                         << "days";
    }
    return purged;
}

Result<SubmitResult> Notifier::submit(const Message &message)
{
    if (auto st = message.validate(); !st)
        return st.error();
    const QStringList channels = m_config.route(message);
    auto result = m_store->accept(message, channels, m_config.grouping, nowMs());
    if (!result)
        return result.error();
    if (result->duplicate)
        qCInfo(lcNotify) << "message" << message.id << "was submitted before";
    else if (channels.isEmpty())
        qCInfo(lcNotify) << "message" << message.id << "matches no route";
    else
        schedule();
    return result;
}

Result<QList<ChannelStatus>> Notifier::channelStatus()
{
    return m_store->channelStatus();
}

Result<QList<Delivery>> Notifier::deliveries(const QString &channel, int limit)
{
    return m_store->deliveries(channel, limit);
}

Result<Delivery> Notifier::delivery(const QString &id)
{
    return m_store->delivery(id);
}

void Notifier::schedule()
{
    if (!m_started || m_stopping)
        return;
    auto next = m_store->nextAttemptMs();
    if (!next) {
        qCWarning(lcNotify) << "cannot read the outbox:" << next.error().toString();
        emit errorOccurred(next.error());
        m_timer.start(int(kStoreRetryMs));
        return;
    }
    if (!next->has_value()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(**next - nowMs(), 0, kMaxSleepMs)));
}

void Notifier::handleDue()
{
    if (m_stopping)
        return;
    auto due = m_store->due(nowMs());
    if (!due) {
        qCWarning(lcNotify) << "cannot read the outbox:" << due.error().toString();
        emit errorOccurred(due.error());
        m_timer.start(int(kStoreRetryMs));
        return;
    }
    for (const Delivery &d : std::as_const(*due)) {
        if (!m_inFlight.contains(d.id))
            dispatch(d);
    }
    schedule();
}

void Notifier::dispatch(const Delivery &delivery)
{
    Sender *sender = senderFor(delivery.channel);
    if (!sender) {
        // The channel left the configuration: nothing can ever send this.
        handleOutcome(delivery,
                      SendOutcome::permanent(Error(ErrorCode::NotFound,
                                                   QStringLiteral("channel %1 is not configured").arg(delivery.channel),
                                                   {{QStringLiteral("channel"), delivery.channel}})));
        return;
    }
    if (auto st = m_store->hold(delivery.id, nowMs() + kHoldMs); !st) {
        emit errorOccurred(st.error());
        return;
    }
    m_inFlight.insert(delivery.id);
    sender->send(delivery, this, [this, delivery](const SendOutcome &outcome) {
        m_inFlight.remove(delivery.id);
        handleOutcome(delivery, outcome);
        schedule();
    });
}

void Notifier::handleOutcome(const Delivery &delivery, const SendOutcome &outcome)
{
    if (m_stopping)
        return;
    const qint64 now = nowMs();
    Delivery after = delivery;
    after.attempts = delivery.attempts + 1;
    after.lastAttemptMs = now;
    if (outcome.kind == SendOutcome::Kind::Delivered) {
        if (auto st = m_store->recordDelivered(delivery.id, now); !st) {
            qCWarning(lcNotify) << "cannot record delivery" << delivery.id << st.error().toString();
            emit errorOccurred(st.error());
        }
        after.state = DeliveryState::Delivered;
        after.deliveredMs = now;
        qCInfo(lcNotify) << "delivered" << delivery.id << "to" << delivery.channel << "with" << delivery.messages.size()
                         << "message(s)";
        emit delivered(after);
        return;
    }
    const bool retry = outcome.kind == SendOutcome::Kind::Retry && after.attempts < m_config.delivery.maxAttempts;
    std::optional<qint64> next;
    if (retry)
        next = now + std::max(backoffMs(after.attempts), outcome.retryAfterMs);
    if (auto st = m_store->recordFailure(delivery.id, outcome.error.toString(), next, now); !st) {
        qCWarning(lcNotify) << "cannot record the failed attempt of" << delivery.id << st.error().toString();
        emit errorOccurred(st.error());
    }
    after.state = retry ? DeliveryState::Pending : DeliveryState::Failed;
    after.lastError = outcome.error.toString();
    after.nextAttemptMs = next.value_or(now);
    qCWarning(lcNotify).noquote() << "delivery" << delivery.id << "to" << delivery.channel << "failed (attempt"
                                  << after.attempts << (retry ? "- will retry):" : "- gave up):")
                                  << outcome.error.toString();
    emit attemptFailed(after, outcome.error, retry);
}

Sender *Notifier::senderFor(const QString &channel)
{
    if (auto it = m_senders.find(channel); it != m_senders.end())
        return it->second.get();
    const ChannelConfig *config = m_config.channel(channel);
    if (!config)
        return nullptr;
    std::unique_ptr<Sender> sender;
    if (config->type == ChannelType::Email)
        sender = std::make_unique<EmailSender>(config->name, config->email, m_secrets);
    else
        sender = std::make_unique<WebhookSender>(config->name, config->webhook, m_secrets);
    return m_senders.emplace(channel, std::move(sender)).first->second.get();
}

qint64 Notifier::backoffMs(int attempts) const
{
    Net::RetryPolicy policy;
    policy.baseMs = m_config.delivery.backoffSeconds * 1000;
    policy.maxMs = m_config.delivery.maxBackoffSeconds * 1000;
    return Net::retryDelayMs(policy, attempts, 0);
}

} // namespace OpsDeck::Notify
