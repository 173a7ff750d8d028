// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"

namespace OpsDeck::Notify {

/// How urgent a message is, lowest first (the X.733 levels alarms use).
enum class Severity { Info, Warning, Minor, Major, Critical };

/// "info", "warning", "minor", "major", "critical".
[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromName(const QString &name);

/// One notification as its producer (the alarm engine, the job engine)
/// hands it in: what happened, where, and how to group it. A plain value
/// type, safe to copy between threads; the notifier never needs the
/// producer's own types.
struct Message
{
    QString id;       ///< idempotency key: submitting the same id twice delivers once
    QString groupKey; ///< messages sharing it within a window go out together (e.g. the root-cause alarm id); empty: its own group
    Severity severity = Severity::Info;
    QString site;     ///< site slug or name, for routing
    QString role;     ///< device role slug or name, for routing
    QStringList tags; ///< tag slugs, for routing
    QString device;   ///< device name, for the text
    QString subject;  ///< one line
    QString text;     ///< plain-text body
    QJsonObject payload; ///< structured detail, passed to webhooks as is
    QDateTime createdAt; ///< when it happened (UTC)

    /// InvalidInput naming the field when the id or subject is missing or
    /// something is too long for a notification.
    [[nodiscard]] Status validate() const;

    [[nodiscard]] QJsonObject toJson() const;
    /// The inverse of toJson(); InvalidInput when a field has the wrong type.
    [[nodiscard]] static Result<Message> fromJson(const QJsonObject &json);

    bool operator==(const Message &) const = default;
};

} // namespace OpsDeck::Notify
