// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/net/restredaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace OpsDeck::Net {

namespace {

constexpr qsizetype kMinSecretLength = 6;
constexpr qsizetype kMaxSecrets = 16;

const QStringList &credentialParameters()
{
    static const QStringList names = {
        QStringLiteral("access_token"), QStringLiteral("api_key"),  QStringLiteral("api_token"),
        QStringLiteral("apikey"),       QStringLiteral("apitoken"), QStringLiteral("auth"),
        QStringLiteral("authorization"), QStringLiteral("pass"),    QStringLiteral("passhash"),
        QStringLiteral("passwd"),       QStringLiteral("password"), QStringLiteral("secret"),
        QStringLiteral("session"),      QStringLiteral("sessionid"), QStringLiteral("token"),
    };
    return names;
}

} // namespace

void RestRedaction::add(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    if (text.size() < kMinSecretLength || m_secrets.contains(text))
        return;
    // Tokens are replaced on every login: keep the newest few.
    if (m_secrets.size() >= kMaxSecrets)
        m_secrets.removeFirst();
    m_secrets.append(text);
}

bool RestRedaction::isCredentialParameter(const QString &name)
{
    return credentialParameters().contains(name, Qt::CaseInsensitive);
}

QString RestRedaction::url(const QUrl &url) const
{
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(mask());
    if (out.hasQuery()) {
        QUrlQuery query(out);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isCredentialParameter(item.first))
                item.second = mask();
        }
        query.setQueryItems(items);
        out.setQuery(query);
    }
    return text(out.toDisplayString());
}

QString RestRedaction::text(QString text) const
{
    // Credentials in URLs that a message quotes (Qt's error strings do).
    static const QRegularExpression inQuery(
        QStringLiteral("([?&](?:%1)=)[^&\\s#\"']*").arg(credentialParameters().join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(inQuery, QStringLiteral("\\1") + mask());
    for (const QString &secret : m_secrets) {
        text.replace(secret, mask());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, mask());
    }
    return text;
}

} // namespace OpsDeck::Net
