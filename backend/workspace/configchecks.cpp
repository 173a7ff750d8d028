// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/configchecks.h"

#include <algorithm>
#include <cmath>

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace OpsDeck::Workspace {

const std::array<EnumName<SnmpVersion>, 3> &snmpVersionNames()
{
    static constexpr std::array<EnumName<SnmpVersion>, 3> names{{
        {SnmpVersion::V1, "v1"},
        {SnmpVersion::V2c, "v2c"},
        {SnmpVersion::V3, "v3"},
    }};
    return names;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

std::optional<Verdict> checkName(const QString &text)
{
    if (text.size() > 200 || hasControlCharacters(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("at most 200 characters without control characters")};
    return std::nullopt;
}

std::optional<Verdict> checkUserName(const QString &text)
{
    if (text.size() > 128 || hasControlCharacters(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("at most 128 characters without control characters")};
    return std::nullopt;
}

std::optional<Verdict> checkDescription(const QString &text)
{
    if (text.size() > 4000)
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("at most 4000 characters")};
    return std::nullopt;
}

std::optional<Verdict> checkPlain(const QString &text)
{
    if (text.size() > 1024 || hasControlCharacters(text))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("at most 1024 characters without control characters")};
    return std::nullopt;
}

std::optional<Verdict> checkUrl(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt; // not configured
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Verdict{ConfigIssue::Kind::BadUrl,
                       QStringLiteral("an http:// or https:// URL with a host (or an empty string)")};
    return std::nullopt;
}

std::optional<Verdict> checkHost(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]*$"));
    if (text.size() > 255 || !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a host name or IP address (no scheme, no path)")};
    return std::nullopt;
}

std::optional<Verdict> checkSlugOrAny(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\*|[-A-Za-z0-9_]+)$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a slug (letters, digits, '-', '_') or \"*\"")};
    return std::nullopt;
}

std::optional<Verdict> checkSlug(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-A-Za-z0-9_]+$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a role slug (letters, digits, '-', '_')")};
    return std::nullopt;
}

std::optional<Verdict> checkChangeKind(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\*|[a-z][a-z0-9_.-]*)$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a change kind (lower-case letters, digits, '.', '_', '-') or \"*\"")};
    return std::nullopt;
}

std::optional<Verdict> checkWindow(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch() || text.left(5) == text.mid(6))
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a local time window \"HH:MM-HH:MM\" with different start and end")};
    return std::nullopt;
}

std::optional<Verdict> checkListenAddress(const QString &text)
{
    if (QHostAddress(text).isNull())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("an IPv4 or IPv6 address such as \"0.0.0.0\"")};
    return std::nullopt;
}

std::optional<Verdict> checkEngineId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0x)?([0-9A-Fa-f]{2}){5,32}$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("an SNMP engine ID of 5 to 32 bytes in hex, or \"\" for informs")};
    return std::nullopt;
}

QString normalizeFingerprint(const QString &text)
{
    QString out = text.toLower();
    out.remove(QLatin1Char(':'));
    return out;
}

std::optional<Verdict> checkFingerprint(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Fa-f]{64}|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){31})$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("a SHA-256 fingerprint: 64 hex digits, optionally colon-separated pairs")};
    return std::nullopt;
}

bool isValidSecretPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    if (path.size() > 200 || !pattern.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".")) && !parts.contains(QStringLiteral(".."));
}

QString renderValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace OpsDeck::Workspace
