// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/notifyconfig.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include "backend/net/restredaction.h"
#include "backend/workspace/configreader.h"

namespace OpsDeck::Notify {

using Workspace::ConfigIssue;
using Workspace::ConfigReader;
using Workspace::EnumName;
using Workspace::Verdict;

namespace {

std::optional<Verdict> checkChannelName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a channel name: a letter or digit, then letters, "
                                                                    "digits, '.', '_' or '-' (at most 64)")};
    return std::nullopt;
}

// An address as SMTP's MAIL FROM and RCPT TO take it: local@domain, with
// nothing that would break out of the angle brackets or a header line.
std::optional<Verdict> checkAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s<>()\\[\\],;:\"@]+@[A-Za-z0-9.-]+$"));
    if (text.size() > 254 || !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("an e-mail address such as noc@example.net")};
    return std::nullopt;
}

void readEmail(ConfigReader &r, EmailChannelConfig &email)
{
    r.text("host", email.host, Workspace::checkHost);
    r.integer("port", email.port, 1, 65535);
    r.choice("security", email.security, smtpSecurityNames());
    r.boolean("verifyTls", email.verifyTls);
    r.text("caFile", email.caFile, Workspace::checkPlain);
    r.text("user", email.user, Workspace::checkUserName);
    r.secret("password", email.password, QStringLiteral("notify/smtp"));
    r.text("from", email.from, checkAddress);
    r.textList("to", email.to, checkAddress);
    r.integer("timeoutSeconds", email.timeoutSeconds, 1, 600);
}

// Whether @p url carries a credential: a password in its user info or a
// query item that holds one (token=, api_key=, sig=, ...).
bool carriesCredential(const QUrl &url)
{
    if (!url.password().isEmpty())
        return true;
    const auto items = QUrlQuery(url).queryItems();
    return std::any_of(items.cbegin(), items.cend(),
                       [](const auto &item) { return Net::RestRedaction::isCredentialParameter(item.first); });
}

// "url" as checkUrl takes it, except that a URL with a credential in it is
// refused without echoing it (its place is the vault, under "urlSecret").
void readWebhookUrl(ConfigReader &r, QString &url)
{
    QJsonValue json;
    if (!r.value("url", json))
        return;
    const QString text = json.toString();
    if (json.isString() && carriesCredential(QUrl(text))) {
        r.report(ConfigIssue::Kind::BadUrl, r.pathOf("url"), QStringLiteral("(not shown: it carries a credential)"),
                 QStringLiteral("a URL without a password or token; keep a URL that carries one in the vault and "
                                "name it with \"urlSecret\": {\"secret\": \"notify/webhook-url\"}"));
        return;
    }
    ConfigReader again(QJsonObject{{QStringLiteral("url"), json}}, r.pathOf(""), r.file(), r.issues());
    again.text("url", url, Workspace::checkUrl);
}

void readWebhook(ConfigReader &r, WebhookChannelConfig &hook)
{
    readWebhookUrl(r, hook.url);
    r.secret("urlSecret", hook.urlSecret, QStringLiteral("notify/webhook-url"));
    r.secret("signingKey", hook.signingKey, QStringLiteral("notify/webhook"));
    r.boolean("verifyTls", hook.verifyTls);
    r.text("caFile", hook.caFile, Workspace::checkPlain);
    r.integer("timeoutSeconds", hook.timeoutSeconds, 1, 600);
    r.integer("retries", hook.retries, 0, 10);
}

void readChannel(ConfigReader &r, ChannelConfig &channel)
{
    r.text("name", channel.name, checkChannelName);
    // The type decides which further keys belong: the other type's keys
    // are reported as unknown.
    r.choice("type", channel.type, channelTypeNames());
    if (channel.type == ChannelType::Email)
        readEmail(r, channel.email);
    else
        readWebhook(r, channel.webhook);
}

void readRoute(ConfigReader &r, RouteConfig &route)
{
    r.choice("minSeverity", route.minSeverity, severityNames());
    r.text("site", route.site, Workspace::checkName);
    r.text("role", route.role, Workspace::checkName);
    r.text("tag", route.tag, Workspace::checkName);
    r.textList("channels", route.channels, checkChannelName);
    r.boolean("stop", route.stop);
}

bool sameText(const QString &wanted, const QString &have)
{
    return wanted.isEmpty() || wanted.compare(have, Qt::CaseInsensitive) == 0;
}

QJsonObject channelJson(const ChannelConfig &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), enumName(channelTypeNames(), c.type)}};
    if (c.type == ChannelType::Email) {
        const EmailChannelConfig &e = c.email;
        o.insert(QStringLiteral("host"), e.host);
        o.insert(QStringLiteral("port"), e.port);
        o.insert(QStringLiteral("security"), enumName(smtpSecurityNames(), e.security));
        o.insert(QStringLiteral("verifyTls"), e.verifyTls);
        o.insert(QStringLiteral("caFile"), e.caFile);
        o.insert(QStringLiteral("user"), e.user);
        if (e.password.isSet())
            o.insert(QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), e.password.path}});
        o.insert(QStringLiteral("from"), e.from);
        o.insert(QStringLiteral("to"), QJsonArray::fromStringList(e.to));
        o.insert(QStringLiteral("timeoutSeconds"), e.timeoutSeconds);
    } else {
        const WebhookChannelConfig &w = c.webhook;
        if (w.urlSecret.isSet())
            o.insert(QStringLiteral("urlSecret"), QJsonObject{{QStringLiteral("secret"), w.urlSecret.path}});
        else
            o.insert(QStringLiteral("url"), w.url);
        if (w.signingKey.isSet())
            o.insert(QStringLiteral("signingKey"), QJsonObject{{QStringLiteral("secret"), w.signingKey.path}});
        o.insert(QStringLiteral("verifyTls"), w.verifyTls);
        o.insert(QStringLiteral("caFile"), w.caFile);
        o.insert(QStringLiteral("timeoutSeconds"), w.timeoutSeconds);
        o.insert(QStringLiteral("retries"), w.retries);
    }
    return o;
}

QJsonObject routeJson(const RouteConfig &r)
{
    QJsonObject o{{QStringLiteral("minSeverity"), severityName(r.minSeverity)},
                  {QStringLiteral("channels"), QJsonArray::fromStringList(r.channels)}};
    for (const auto &[key, value] : {std::pair{"site", r.site}, {"role", r.role}, {"tag", r.tag}}) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    if (r.stop)
        o.insert(QStringLiteral("stop"), true);
    return o;
}

} // namespace

const std::array<EnumName<Severity>, 5> &severityNames()
{
    static const std::array<EnumName<Severity>, 5> names = {{{Severity::Info, "info"},
                                                             {Severity::Warning, "warning"},
                                                             {Severity::Minor, "minor"},
                                                             {Severity::Major, "major"},
                                                             {Severity::Critical, "critical"}}};
    return names;
}

const std::array<EnumName<SmtpSecurity>, 3> &smtpSecurityNames()
{
    static const std::array<EnumName<SmtpSecurity>, 3> names = {
        {{SmtpSecurity::None, "none"}, {SmtpSecurity::StartTls, "starttls"}, {SmtpSecurity::Tls, "tls"}}};
    return names;
}

const std::array<EnumName<ChannelType>, 2> &channelTypeNames()
{
    static const std::array<EnumName<ChannelType>, 2> names = {
        {{ChannelType::Email, "email"}, {ChannelType::Webhook, "webhook"}}};
    return names;
}

bool RouteConfig::matches(const Message &message) const
{
    if (message.severity < minSeverity || !sameText(site, message.site) || !sameText(role, message.role))
        return false;
    if (tag.isEmpty())
        return true;
    return std::any_of(message.tags.cbegin(), message.tags.cend(),
                       [this](const QString &t) { return tag.compare(t, Qt::CaseInsensitive) == 0; });
}

const ChannelConfig *NotifyConfig::channel(const QString &name) const
{
    for (const ChannelConfig &c : channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList NotifyConfig::route(const Message &message) const
{
    QStringList out;
    for (const RouteConfig &r : routes) {
        if (!r.matches(message))
            continue;
        for (const QString &name : r.channels) {
            if (!out.contains(name))
                out << name;
        }
        if (r.stop)
            break;
    }
    return out;
}

QJsonObject NotifyConfig::toJson() const
{
    QJsonArray channelArray;
    for (const ChannelConfig &c : channels)
        channelArray.append(channelJson(c));
    QJsonArray routeArray;
    for (const RouteConfig &r : routes)
        routeArray.append(routeJson(r));
    return {{QStringLiteral("channels"), channelArray},
            {QStringLiteral("routes"), routeArray},
            {QStringLiteral("grouping"),
             QJsonObject{{QStringLiteral("windowSeconds"), grouping.windowSeconds},
                         {QStringLiteral("criticalImmediately"), grouping.criticalImmediately}}},
            {QStringLiteral("delivery"), QJsonObject{{QStringLiteral("maxAttempts"), delivery.maxAttempts},
                                                     {QStringLiteral("backoffSeconds"), delivery.backoffSeconds},
                                                     {QStringLiteral("maxBackoffSeconds"), delivery.maxBackoffSeconds},
                                                     {QStringLiteral("retentionDays"), delivery.retentionDays}}}};
}

void NotifyConfig::readJson(const QJsonValue &json, const QString &path, const QString &file,
                            QList<ConfigIssue> &issues)
{
    // A reader holding just this section's key, so issues carry its full path.
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QString key = path.mid(dot + 1);
    const QByteArray keyBytes = key.toUtf8();
    ConfigReader parent(QJsonObject{{key, json}}, path.left(dot + 1), file, issues);
    parent.object(keyBytes.constData(), [this](ConfigReader &section) {
        section.objects("channels", channels, readChannel);
        section.objects("routes", routes, readRoute);
        section.object("grouping", [this](ConfigReader &r) {
            r.integer("windowSeconds", grouping.windowSeconds, 0, 3600);
            r.boolean("criticalImmediately", grouping.criticalImmediately);
        });
        section.object("delivery", [this](ConfigReader &r) {
            r.integer("maxAttempts", delivery.maxAttempts, 1, 1000);
            r.integer("backoffSeconds", delivery.backoffSeconds, 1, 86400);
            r.integer("maxBackoffSeconds", delivery.maxBackoffSeconds, 1, 7 * 86400);
            r.integer("retentionDays", delivery.retentionDays, 1, 3650);
        });
    });
}

QList<ConfigIssue> NotifyConfig::crossCheck(const QString &path, const QString &file) const
{
    QList<ConfigIssue> issues;
    const auto inconsistent = [&](const QString &key, const QString &expected) {
        ConfigIssue issue;
        issue.kind = ConfigIssue::Kind::Inconsistent;
        issue.file = file;
        issue.keyPath = path + QLatin1Char('.') + key;
        issue.expected = expected;
        issues << issue;
    };
    QSet<QString> names;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const ChannelConfig &c = channels.at(i);
        const QString at = QStringLiteral("channels[%1].").arg(i);
        if (c.name.isEmpty())
            inconsistent(at + QStringLiteral("name"), QStringLiteral("a name for every channel"));
        else if (names.contains(c.name))
            inconsistent(at + QStringLiteral("name"), QStringLiteral("a name no other channel has"));
        names.insert(c.name);
        if (c.type == ChannelType::Webhook) {
            if (c.webhook.url.isEmpty() == !c.webhook.urlSecret.isSet())
                inconsistent(at + QStringLiteral("url"),
                             QStringLiteral("the URL a webhook channel posts to: \"url\" or \"urlSecret\", not both"));
            continue;
        }
        const EmailChannelConfig &e = c.email;
        if (e.host.isEmpty())
            inconsistent(at + QStringLiteral("host"), QStringLiteral("the SMTP server of an email channel"));
        if (e.from.isEmpty())
            inconsistent(at + QStringLiteral("from"), QStringLiteral("the sender address of an email channel"));
        if (e.to.isEmpty())
            inconsistent(at + QStringLiteral("to"), QStringLiteral("at least one recipient"));
        if (e.user.isEmpty() != !e.password.isSet())
            inconsistent(at + (e.user.isEmpty() ? QStringLiteral("user") : QStringLiteral("password")),
                         QStringLiteral("both user and password, or neither"));
        if (e.password.isSet() && e.security == SmtpSecurity::None)
            inconsistent(at + QStringLiteral("security"),
                         QStringLiteral("\"starttls\" or \"tls\" when a password is sent"));
    }
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const RouteConfig &r = routes.at(i);
        const QString at = QStringLiteral("routes[%1].channels").arg(i);
        if (r.channels.isEmpty())
            inconsistent(at, QStringLiteral("at least one channel"));
        for (const QString &name : r.channels) {
            if (!names.contains(name))
                inconsistent(at, QStringLiteral("names of configured channels (\"%1\" is none)").arg(name));
        }
    }
    if (delivery.maxBackoffSeconds < delivery.backoffSeconds)
        inconsistent(QStringLiteral("delivery.maxBackoffSeconds"), QStringLiteral("at least backoffSeconds"));
    return issues;
}

Result<NotifyConfig> NotifyConfig::parse(const QJsonValue &json, const QString &path, const QString &file)
{
    NotifyConfig config;
    QList<ConfigIssue> issues;
    config.readJson(json, path, file, issues);
    if (issues.isEmpty())
        issues = config.crossCheck(path, file);
    if (!issues.isEmpty())
        return ConfigIssue::toError(issues);
    return config;
}

} // namespace OpsDeck::Notify
