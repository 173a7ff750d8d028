// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include "backend/notify/notifyconfig.h"
#include "backend/notify/sender.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Notify {

/// One mail to hand to an SMTP server: a value type that crosses to the
/// worker thread.
struct SmtpJob
{
    EmailChannelConfig server;
    Vault::Secret password; ///< empty without authentication
    QByteArray mail;        ///< the complete RFC 5322 message
};

/// Runs libcurl's blocking SMTP transfers on the thread of an EmailSender
/// (see WorkerThread); only that thread calls send(). Stops a transfer
/// within about a second once the shared stop flag is set.
class SmtpWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpWorker)

public:
    explicit SmtpWorker(std::shared_ptr<std::atomic_bool> stop);

    /// Sends @p job; blocks until done, the timeout, or the stop flag.
    [[nodiscard]] SendOutcome send(const SmtpJob &job);

private:
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace OpsDeck::Notify
