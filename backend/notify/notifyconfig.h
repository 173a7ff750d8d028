// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/notify/message.h"
#include "backend/workspace/configchecks.h"
#include "backend/workspace/configissue.h"
#include "backend/workspace/configvalues.h"

namespace OpsDeck::Notify {

/// How an SMTP connection is protected.
enum class SmtpSecurity {
    None,     ///< plain SMTP (a local relay); no authentication allowed
    StartTls, ///< plain connection upgraded with STARTTLS, refused when the server cannot (port 587)
    Tls,      ///< TLS from the first byte (SMTPS, port 465)
};

/// An SMTP server and the envelope of the mails sent through it. The
/// password is a vault reference, resolved at send time.
struct EmailChannelConfig
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool verifyTls = true;
    QString caFile;   ///< extra CA certificates (PEM) besides the system ones
    QString user;     ///< empty: no authentication
    Workspace::SecretRef password;
    QString from;     ///< envelope sender and From: address
    QStringList to;   ///< recipients
    int timeoutSeconds = 30;

    bool operator==(const EmailChannelConfig &) const = default;
};

/// An HTTP(S) endpoint that receives deliveries as JSON POSTs, signed with
/// HMAC-SHA256 when a signing key is configured. Exactly one of url and
/// urlSecret is set: a URL that itself is a credential (a token in its path
/// or query, as chat services issue them) lives in the vault and is read at
/// each attempt; url refuses a URL with a password or a credential query item.
struct WebhookChannelConfig
{
    QString url;
    Workspace::SecretRef urlSecret;  ///< a vault entry holding the whole URL
    Workspace::SecretRef signingKey; ///< unset: the body is not signed
    bool verifyTls = true;
    QString caFile;
    int timeoutSeconds = 10;
    int retries = 3; ///< further attempts inside one delivery attempt (backoff, Retry-After)

    bool operator==(const WebhookChannelConfig &) const = default;
};

enum class ChannelType { Email, Webhook };

/// One named way out.
struct ChannelConfig
{
    QString name;
    ChannelType type = ChannelType::Email;
    EmailChannelConfig email;     ///< when type is Email
    WebhookChannelConfig webhook; ///< when type is Webhook

    bool operator==(const ChannelConfig &) const = default;
};

/// Sends the messages that match every non-empty field to @p channels:
/// severity at least minSeverity, the site, the role (compared without
/// regard to case) and one of the message's tags. Every matching route
/// adds its channels (each channel once, in the order found); a matching
/// route with stop set ends the search.
struct RouteConfig
{
    Severity minSeverity = Severity::Info;
    QString site;
    QString role;
    QString tag;
    QStringList channels;
    bool stop = false;

    [[nodiscard]] bool matches(const Message &message) const;
    bool operator==(const RouteConfig &) const = default;
};

/// Messages of one group key and channel arriving within windowSeconds of
/// the first go out as one delivery when the window closes. With
/// criticalImmediately, a critical message that opens a window is sent at
/// once and the rest of the window is collected behind it.
struct GroupingConfig
{
    int windowSeconds = 30; ///< 0: no grouping
    bool criticalImmediately = true;

    bool operator==(const GroupingConfig &) const = default;
};

/// When a failed delivery attempt is tried again: after backoffSeconds,
/// doubling up to maxBackoffSeconds (with jitter), or later when the
/// server asked so; after maxAttempts it is marked failed (and kept for
/// retentionDays, as delivered entries are).
struct DeliveryConfig
{
    int maxAttempts = 12;
    int backoffSeconds = 30;
    int maxBackoffSeconds = 3600;
    int retentionDays = 30; ///< delivered and failed entries older than this are purged

    bool operator==(const DeliveryConfig &) const = default;
};

/// The notification section of a workspace (workspace.json
/// "notifications"): channels, routes, grouping and delivery. Only vault
/// references are kept here, never a secret. Plain value type.
///
/// JSON: {"channels": [{"name", "type": "email", "host", "port", "security":
/// "none"|"starttls"|"tls", "verifyTls", "caFile", "user", "password":
/// {"secret"}, "from", "to": [...], "timeoutSeconds"} | {"name", "type":
/// "webhook", "url" | "urlSecret": {"secret"}, "signingKey": {"secret"}, "verifyTls", "caFile",
/// "timeoutSeconds", "retries"}], "routes": [{"minSeverity", "site", "role",
/// "tag", "channels": [...], "stop"}], "grouping": {"windowSeconds",
/// "criticalImmediately"}, "delivery": {"maxAttempts", "backoffSeconds",
/// "maxBackoffSeconds", "retentionDays"}}.
struct NotifyConfig
{
    QList<ChannelConfig> channels;
    QList<RouteConfig> routes;
    GroupingConfig grouping;
    DeliveryConfig delivery;

    [[nodiscard]] const ChannelConfig *channel(const QString &name) const;
    /// The channels @p message goes to, by the routes (see RouteConfig).
    [[nodiscard]] QStringList route(const Message &message) const;

    [[nodiscard]] QJsonObject toJson() const;
    /// Validates the JSON value of the key @p path (e.g. "notifications")
    /// and merges it into this configuration; every problem is appended to
    /// @p issues naming @p file and the key's full path.
    void readJson(const QJsonValue &json, const QString &path, const QString &file,
                  QList<Workspace::ConfigIssue> &issues);
    /// Rules across keys (Kind::Inconsistent): unique channel names, the
    /// fields each type needs, routes naming known channels.
    [[nodiscard]] QList<Workspace::ConfigIssue> crossCheck(const QString &path, const QString &file) const;
    /// readJson() and crossCheck() in one: the configuration, or
    /// InvalidInput carrying every issue (ConfigIssue::toError()).
    [[nodiscard]] static Result<NotifyConfig> parse(const QJsonValue &json, const QString &path, const QString &file);

    bool operator==(const NotifyConfig &) const = default;
};

/// The names of the enumerations as configuration files write them.
const std::array<Workspace::EnumName<Severity>, 5> &severityNames();
const std::array<Workspace::EnumName<SmtpSecurity>, 3> &smtpSecurityNames();
const std::array<Workspace::EnumName<ChannelType>, 2> &channelTypeNames();

} // namespace OpsDeck::Notify
