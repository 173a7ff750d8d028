// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace OpsDeck::Notify {

struct Delivery;

/// The subject line of a delivery: the message's own for one message;
/// "[CRITICAL] 5 notifications: <first subject>" for a group.
[[nodiscard]] QString deliverySubject(const Delivery &delivery);
/// The plain-text body: every message with its severity, device, site, time
/// and text, in arrival order.
[[nodiscard]] QString deliveryText(const Delivery &delivery);
/// The JSON a webhook receives: the delivery's id, channel, group key,
/// highest severity, subject, messages (Message::toJson()) and sentAt.
[[nodiscard]] QJsonObject deliveryJson(const Delivery &delivery, const QDateTime &sentAt);

/// What goes into one mail.
struct MailParts
{
    QString from;
    QStringList to;
    QString subject;
    QString text;
    QDateTime date;
    QString messageId; ///< without angle brackets: "local@domain"
    QStringList extraHeaders; ///< complete "Name: value" lines, ASCII
};

/// An RFC 5322 message: Date, From, To, Subject (RFC 2047 encoded words when
/// not plain ASCII), Message-ID, MIME headers and the UTF-8 text as
/// quoted-printable, every line ended by CRLF. SMTP dot-stuffing is left to
/// the transport.
[[nodiscard]] QByteArray composeMail(const MailParts &parts);
/// RFC 2047 "B" encoded words for a header value that is not plain
/// printable ASCII (folded with CRLF SP between words); the value itself otherwise.
[[nodiscard]] QByteArray encodeHeaderText(const QString &value);
/// Quoted-printable (RFC 2045) of UTF-8 text, lines ended by CRLF.
[[nodiscard]] QByteArray quotedPrintable(const QString &text);

} // namespace OpsDeck::Notify
