// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "tests/backend/notify/notifytestservers.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>

namespace OpsDeck::Bench {

/// The webhook receiver of the notification tests
/// (tests/backend/notify/webhookreceiver.py under /usr/bin/python3) on a
/// free loopback port: checks the HMAC signature with the key it is given
/// and appends each request with its receive time to requests.jsonl.
class WebhookReceiver final
{
public:
    WebhookReceiver() = default;
    WebhookReceiver(const WebhookReceiver &) = delete;
    WebhookReceiver &operator=(const WebhookReceiver &) = delete;

    /// Starts it recording into @p folder; false with @p error when it does not listen.
    bool start(const QString &folder, const QByteArray &signingKey, QString *error);
    [[nodiscard]] QString url() const;

    /// What arrived so far: the accepted raises by device, the time each
    /// first arrived (ms since the epoch); and counts of all requests and
    /// of those whose signature did not verify.
    struct Received
    {
        QHash<QString, double> raisedAtMs;
        int requests = 0;
        int badSignatures = 0;
        int messages = 0;
    };
    [[nodiscard]] Received received() const;

private:
    Test::ServerProcess m_server;
    QString m_folder;
    quint16 m_port = 0;
};

} // namespace OpsDeck::Bench
