// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/deliveryformat.h"

#include <QJsonArray>
#include <QLocale>

#include "backend/notify/delivery.h"

namespace OpsDeck::Notify {

namespace {

constexpr int kMaxQpLine = 76; // RFC 2045, the soft break's '=' included

bool isPlainAscii(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

QString rfc5322Date(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QStringLiteral(" +0000");
}

} // namespace

QString deliverySubject(const Delivery &delivery)
{
    const QString first = delivery.messages.isEmpty() ? QString() : delivery.messages.constFirst().subject;
    if (delivery.messages.size() <= 1)
        return first;
    return QStringLiteral("[%1] %2 notifications: %3")
        .arg(severityName(delivery.severity).toUpper())
        .arg(delivery.messages.size())
        .arg(first);
}

QString deliveryText(const Delivery &delivery)
{
    QStringList parts;
    for (const Message &m : delivery.messages) {
        QStringList lines{m.subject, QString()};
        lines << QStringLiteral("Severity: %1").arg(severityName(m.severity));
        if (!m.device.isEmpty())
            lines << QStringLiteral("Device: %1").arg(m.device);
        if (!m.site.isEmpty())
            lines << QStringLiteral("Site: %1").arg(m.site);
        if (m.createdAt.isValid())
            lines << QStringLiteral("Time: %1").arg(m.createdAt.toUTC().toString(Qt::ISODate));
        if (!m.text.isEmpty())
            lines << QString() << m.text;
        parts << lines.join(QLatin1Char('\n'));
    }
    QString text = parts.join(QStringLiteral("\n\n----\n\n"));
    if (delivery.messages.size() > 1 && !delivery.groupKey.isEmpty())
        text = QStringLiteral("%1 notifications of group %2\n\n").arg(delivery.messages.size()).arg(delivery.groupKey)
               + text;
    return text + QLatin1Char('\n');
}

QJsonObject deliveryJson(const Delivery &delivery, const QDateTime &sentAt)
{
    QJsonArray messages;
    for (const Message &m : delivery.messages)
        messages.append(m.toJson());
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("channel"), delivery.channel},
            {QStringLiteral("groupKey"), delivery.groupKey},
            {QStringLiteral("severity"), severityName(delivery.severity)},
            {QStringLiteral("subject"), deliverySubject(delivery)},
            {QStringLiteral("count"), int(delivery.messages.size())},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("sentAt"), sentAt.toUTC().toString(Qt::ISODateWithMs)}};
}

QByteArray encodeHeaderText(const QString &value)
{
    if (isPlainAscii(value))
        return value.toLatin1();
    // Each encoded word holds at most 45 bytes of UTF-8 (60 in base64),
    // cut between characters, so a word stays under 75 characters.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const qsizetype len = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
        i += len - 1;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArrayList out;
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        const QByteArray bytes = line.toUtf8();
        QByteArray encoded;
        int column = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool last = i + 1 == bytes.size();
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const QByteArray token = literal ? QByteArray(1, char(c))
                                             : "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + token.size() > kMaxQpLine - 1) {
                encoded += "=\r\n";
                column = 0;
            }
            encoded += token;
            column += int(token.size());
        }
        out << encoded;
    }
    return out.join("\r\n") + "\r\n";
}

QByteArray composeMail(const MailParts &parts)
{
    QByteArrayList headers;
    headers << "Date: " + rfc5322Date(parts.date.isValid() ? parts.date : QDateTime::currentDateTimeUtc()).toLatin1();
    headers << "From: <" + parts.from.toLatin1() + ">";
    QByteArrayList to;
    for (const QString &address : parts.to)
        to << "<" + address.toLatin1() + ">";
    headers << "To: " + to.join(",\r\n ");
    headers << "Subject: " + encodeHeaderText(parts.subject);
    headers << "Message-ID: <" + parts.messageId.toLatin1() + ">";
    headers << "MIME-Version: 1.0";
    headers << "Content-Type: text/plain; charset=UTF-8";
    headers << "Content-Transfer-Encoding: quoted-printable";
    // Keeps vacation responders from answering a machine (RFC 3834).
    headers << "Auto-Submitted: auto-generated";
    for (const QString &line : parts.extraHeaders)
        headers << line.toLatin1();
    return headers.join("\r\n") + "\r\n\r\n" + quotedPrintable(parts.text);
}

} // namespace OpsDeck::Notify
