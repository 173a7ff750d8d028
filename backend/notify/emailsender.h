// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>

#include <QObject>

#include "backend/core/workerthread.h"
#include "backend/notify/notifyconfig.h"
#include "backend/notify/sender.h"

namespace OpsDeck::Notify {

class SmtpWorker;

/// Sends deliveries as mails through one SMTP server with libcurl: STARTTLS
/// or implicit TLS with verification (and an extra CA file), AUTH with the
/// user and the password read from the vault at each attempt, a timeout per
/// attempt. libcurl blocks, so each attempt runs on a worker thread the
/// sender owns ("notify-smtp-<channel>"); one attempt at a time per channel.
///
/// Lives on the notifier's thread. The destructor stops a running attempt
/// (through libcurl's progress callback) and waits for the worker.
class EmailSender final : public QObject, public Sender
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailSender)

public:
    EmailSender(QString channel, EmailChannelConfig config, SecretLookup secrets, QObject *parent = nullptr);
    ~EmailSender() override;

    void send(const Delivery &delivery, QObject *context, Done done) override;

private:
    QString m_channel;
    EmailChannelConfig m_config;
    SecretLookup m_secrets;
    std::shared_ptr<std::atomic_bool> m_stop;
    WorkerThread<SmtpWorker> m_worker;
};

} // namespace OpsDeck::Notify
