// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "webhookreceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OpsDeck::Bench {

bool WebhookReceiver::start(const QString &folder, const QByteArray &signingKey, QString *error)
{
    m_folder = folder;
    m_port = Test::freePort();
    const QString keyFile = folder + QStringLiteral("/webhook.key");
    if (!Test::writePrivateFile(keyFile, signingKey)) {
        *error = QStringLiteral("cannot write %1").arg(keyFile);
        return false;
    }
    return Test::startWebhookReceiver(m_server, m_port, folder, keyFile, error);
}

QString WebhookReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port);
}

WebhookReceiver::Received WebhookReceiver::received() const
{
    Received out;
    QFile f(m_folder + QStringLiteral("/requests.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        ++out.requests;
        if (!request.value(QStringLiteral("signatureOk")).toBool())
            ++out.badSignatures;
        if (request.value(QStringLiteral("outcome")).toString() != QLatin1String("accepted"))
            continue;
        const double atMs = request.value(QStringLiteral("at")).toDouble() * 1000.0;
        const QJsonArray messages =
            request.value(QStringLiteral("body")).toObject().value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &m : messages) {
            ++out.messages;
            const QJsonObject payload = m.toObject().value(QStringLiteral("payload")).toObject();
            if (payload.value(QStringLiteral("event")).toString() != QLatin1String("raised") ||
                payload.value(QStringLiteral("kind")).toString() != QLatin1String("icmpDown"))
                continue;
            const QString device = payload.value(QStringLiteral("device")).toString();
            if (!out.raisedAtMs.contains(device))
                out.raisedAtMs.insert(device, atMs);
        }
    }
    return out;
}

} // namespace OpsDeck::Bench
