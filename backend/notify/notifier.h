// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <map>
#include <memory>

#include <QObject>
#include <QSet>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/notify/delivery.h"
#include "backend/notify/notifyconfig.h"
#include "backend/notify/sender.h"

namespace OpsDeck::Notify {

class OutboxStore;

/// The notification engine of a workspace: routes each submitted message to
/// channels, groups messages per group key and window, and delivers the
/// outbox entries by email (SMTP) or webhook, retrying failed attempts with
/// backoff until they are delivered, refused for good or out of attempts.
///
/// Durable: submit() returns success only once the message is committed to
/// the outbox; start() (after a restart too) sends whatever is still due.
/// Each entry is attempted by one notifier at a time; run one notifier per
/// workspace store (opsdeckd).
///
/// Lives on the thread that creates it and uses its OutboxStore there;
/// senders do blocking work (SMTP) on threads of their own. Secrets are read
/// through the SecretLookup at each attempt and never logged.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    Notifier(NotifyConfig config, std::unique_ptr<OutboxStore> store, SecretLookup secrets, QObject *parent = nullptr);
    ~Notifier() override;

    /// Starts sending what the outbox holds (due entries at once) and
    /// purges expired entries now and every hour.
    void start();
    /// Deletes the delivered and failed entries older than
    /// delivery.retentionDays (and messages no entry carries any more);
    /// returns how many entries went. Entries still to send are kept.
    Result<int> purgeExpired();
    [[nodiscard]] bool isStarted() const { return m_started; }

    /// Validates, routes and stores @p message; its deliveries are sent
    /// when due (at once without grouping). A message without a matching
    /// route is stored and sent nowhere; an id seen before is a duplicate.
    [[nodiscard]] Result<SubmitResult> submit(const Message &message);

    [[nodiscard]] const NotifyConfig &config() const { return m_config; }

    // For the console (through the service): what the outbox holds.
    [[nodiscard]] Result<QList<ChannelStatus>> channelStatus();
    [[nodiscard]] Result<QList<Delivery>> deliveries(const QString &channel = {}, int limit = 200);
    [[nodiscard]] Result<Delivery> delivery(const QString &id);

signals:
    /// An entry went out.
    void delivered(const OpsDeck::Notify::Delivery &delivery);
    /// An attempt failed; @p willRetry false when the entry is now Failed.
    void attemptFailed(const OpsDeck::Notify::Delivery &delivery, const OpsDeck::Error &error, bool willRetry);
    /// The outbox could not be read or written in the background.
    void errorOccurred(const OpsDeck::Error &error);

private:
    void schedule();
    void handleDue();
    void dispatch(const Delivery &delivery);
    void handleOutcome(const Delivery &delivery, const SendOutcome &outcome);
    [[nodiscard]] Sender *senderFor(const QString &channel);
    [[nodiscard]] qint64 backoffMs(int attempts) const;

    NotifyConfig m_config;
    std::unique_ptr<OutboxStore> m_store;
    SecretLookup m_secrets;
    std::map<QString, std::unique_ptr<Sender>> m_senders;
    QSet<QString> m_inFlight; ///< entry ids with an attempt running
    QTimer m_timer;
    QTimer m_purgeTimer;
    bool m_started = false;
    bool m_stopping = false;
};

} // namespace OpsDeck::Notify
