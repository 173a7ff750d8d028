// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/net/resterrors.h"

#include <algorithm>
#include <initializer_list>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace OpsDeck::Net {

namespace {

constexpr qsizetype kMaxJsonCause = 400;
constexpr qsizetype kMaxTextCause = 200;

QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

QString causeFromJson(const QJsonDocument &doc)
{
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (QString text = firstText(o, {"detail", "message", "errorMessage", "error"}); !text.isEmpty())
            return text;
        const QJsonObject first = o.value(QLatin1String("errors")).toArray().at(0).toObject();
        if (QString text = firstText(first, {"detail", "title", "message"}); !text.isEmpty())
            return text;
    }
    const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return text.size() > kMaxJsonCause ? text.left(kMaxJsonCause) + QStringLiteral("...") : text;
}

// A web page (a proxy's or a server's error page) said in one line: its
// title, else its text without the markup.
QString causeFromHtml(const QString &page)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QRegularExpressionMatch m = title.match(page);
    QString text = m.hasMatch() ? m.captured(1) : QString(page).replace(tags, QStringLiteral(" "));
    text = text.simplified();
    return QStringLiteral("HTML page: %1").arg(text.left(kMaxTextCause));
}

} // namespace

ErrorCode errorCodeForStatus(int status)
{
    switch (status) {
    case 400:
    case 405:
    case 406:
        return ErrorCode::InvalidInput;
    case 401:
    case 403:
        return ErrorCode::Auth;
    case 404:
        return ErrorCode::NotFound;
    case 409:
    case 412:
        return ErrorCode::Conflict;
    default:
        return ErrorCode::Network;
    }
}

QString causeFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull())
        return causeFromJson(doc);
    const QString text = QString::fromUtf8(body.left(4096));
    if (text.trimmed().startsWith(QLatin1Char('<')))
        return causeFromHtml(text);
    const QString simplified = text.left(kMaxTextCause).simplified();
    return simplified.isEmpty() ? QStringLiteral("(empty body)") : simplified;
}

int retryAfterMs(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return int(std::clamp<qint64>(qint64(seconds) * 1000, 0, 3600 * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3600 * 1000));
    return 0;
}

qint64 retryDelayMs(const RetryPolicy &policy, int attempt, int retryAfter)
{
    // Exponential backoff with jitter in its upper half, so that many
    // clients retrying together spread out.
    const qint64 base = std::max(1, policy.baseMs);
    const qint64 backoff = std::min<qint64>(std::max(1, policy.maxMs), base << std::clamp(attempt - 1, 0, 16));
    const qint64 jittered = backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1);
    return std::max<qint64>(jittered, std::min(retryAfter, policy.maxRetryAfterMs));
}

} // namespace OpsDeck::Net
