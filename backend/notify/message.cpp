// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/message.h"

#include <array>

#include <QJsonArray>

namespace OpsDeck::Notify {

namespace {

constexpr std::array<const char *, 5> kSeverityNames = {"info", "warning", "minor", "major", "critical"};

// Bounds that keep one message far below what a mail server or webhook
// receiver refuses, and a misbehaving producer from filling the store.
constexpr qsizetype kMaxKey = 200;
constexpr qsizetype kMaxSubject = 998;
constexpr qsizetype kMaxText = 256 * 1024;

Error invalid(const QString &field, const QString &detail)
{
    return Error(ErrorCode::InvalidInput, QStringLiteral("notification message: %1 %2").arg(field, detail),
                 {{QStringLiteral("key"), field}});
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

QString severityName(Severity severity)
{
    return QLatin1String(kSeverityNames.at(std::size_t(severity)));
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (std::size_t i = 0; i < kSeverityNames.size(); ++i) {
        if (name.compare(QLatin1String(kSeverityNames.at(i)), Qt::CaseInsensitive) == 0)
            return Severity(i);
    }
    return std::nullopt;
}

Status Message::validate() const
{
    if (id.trimmed().isEmpty())
        return invalid(QStringLiteral("id"), QStringLiteral("is empty"));
    if (id.size() > kMaxKey || groupKey.size() > kMaxKey)
        return invalid(id.size() > kMaxKey ? QStringLiteral("id") : QStringLiteral("groupKey"),
                       QStringLiteral("is longer than %1 characters").arg(kMaxKey));
    if (subject.trimmed().isEmpty())
        return invalid(QStringLiteral("subject"), QStringLiteral("is empty"));
    // A line break in a header would let a producer's text add headers.
    if (subject.size() > kMaxSubject || hasLineBreak(subject))
        return invalid(QStringLiteral("subject"), QStringLiteral("must be one line of at most %1 characters")
                                                      .arg(kMaxSubject));
    if (text.size() > kMaxText)
        return invalid(QStringLiteral("text"), QStringLiteral("is longer than %1 characters").arg(kMaxText));
    return {};
}

QJsonObject Message::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("groupKey"), groupKey},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("site"), site},
            {QStringLiteral("role"), role},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("device"), device},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("text"), text},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<Message> Message::fromJson(const QJsonObject &json)
{
    Message m;
    for (const char *key : {"id", "groupKey", "severity", "site", "role", "device", "subject", "text", "createdAt"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return invalid(QLatin1String(key), QStringLiteral("is not a string"));
    }
    m.id = json.value(QLatin1String("id")).toString();
    m.groupKey = json.value(QLatin1String("groupKey")).toString();
    const QString severity = json.value(QLatin1String("severity")).toString(QStringLiteral("info"));
    const auto level = severityFromName(severity);
    if (!level)
        return invalid(QStringLiteral("severity"), QStringLiteral("is not one of info, warning, minor, major, critical"));
    m.severity = *level;
    m.site = json.value(QLatin1String("site")).toString();
    m.role = json.value(QLatin1String("role")).toString();
    for (const QJsonValue &tag : json.value(QLatin1String("tags")).toArray())
        m.tags << tag.toString();
    m.device = json.value(QLatin1String("device")).toString();
    m.subject = json.value(QLatin1String("subject")).toString();
    m.text = json.value(QLatin1String("text")).toString();
    m.payload = json.value(QLatin1String("payload")).toObject();
    const QString created = json.value(QLatin1String("createdAt")).toString();
    m.createdAt = created.isEmpty() ? QDateTime() : QDateTime::fromString(created, Qt::ISODateWithMs);
    return m;
}

} // namespace OpsDeck::Notify
