// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/emailsender.h"

#include <QPointer>

#include "backend/notify/delivery.h"
#include "backend/notify/deliveryformat.h"
#include "backend/notify/smtpworker.h"

namespace OpsDeck::Notify {

EmailSender::EmailSender(QString channel, EmailChannelConfig config, SecretLookup secrets, QObject *parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_config(std::move(config))
    , m_secrets(std::move(secrets))
    , m_stop(std::make_shared<std::atomic_bool>(false))
    , m_worker(QStringLiteral("notify-smtp-%1").arg(m_channel), m_stop)
{}

EmailSender::~EmailSender()
{
    // Ends a transfer in progress at libcurl's next progress call; the
    // worker's answer is dropped with this object's posted events.
    m_stop->store(true);
    m_worker.stop();
}

void EmailSender::send(const Delivery &delivery, QObject *context, Done done)
{
    SmtpJob job;
    job.server = m_config;
    if (m_config.password.isSet()) {
        auto password = m_secrets ? m_secrets(m_config.password.path)
                                  : Result<Vault::Secret>(Error(ErrorCode::NotFound, QStringLiteral("no vault")));
        if (!password) {
            // Names the entry, never a value; the entry stays in the outbox.
            Error error(password.error().code,
                        QStringLiteral("cannot read the SMTP password %1 from the vault: %2")
                            .arg(m_config.password.path, password.error().detail),
                        {{QStringLiteral("secret"), m_config.password.path}});
            QMetaObject::invokeMethod(
                this, [context = QPointer<QObject>(context), done, error] {
                    if (context)
                        done(SendOutcome::retry(error));
                },
                Qt::QueuedConnection);
            return;
        }
        job.password = *password;
    }
    MailParts parts;
    parts.from = m_config.from;
    parts.to = m_config.to;
    parts.subject = deliverySubject(delivery);
    parts.text = deliveryText(delivery);
    parts.date = QDateTime::currentDateTimeUtc();
    // Stable per delivery: a mail sent again after a lost answer has the
    // same Message-ID, which mail clients use to drop the copy.
    parts.messageId = delivery.id + QLatin1Char('@') + m_config.from.section(QLatin1Char('@'), 1);
    parts.extraHeaders << QStringLiteral("X-OpsDeck-Delivery: %1").arg(delivery.id)
                       << QStringLiteral("X-OpsDeck-Severity: %1").arg(severityName(delivery.severity));
    job.mail = composeMail(parts);

    m_worker.post([job, owner = this, context = QPointer<QObject>(context), done](SmtpWorker &worker) {
        const SendOutcome outcome = worker.send(job);
        // The owner outlives the worker thread (its destructor joins it),
        // so posting to it is safe; context is checked on its thread.
        postTo(owner, [context, done, outcome] {
            if (context)
                done(outcome);
        });
    });
}

} // namespace OpsDeck::Notify
