// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/devicefacts.h"

#include <QJsonArray>

namespace OpsDeck::Compliance {

namespace {

// A string, or an array of strings (numbers are accepted and written out).
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isString())
        return QStringList{value.toString()};
    if (value.isDouble())
        return QStringList{QString::number(value.toDouble(), 'g', 15)};
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out << v.toString();
        else if (v.isDouble())
            out << QString::number(v.toDouble(), 'g', 15);
        else
            return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<QStringList> DeviceFacts::variable(const QString &key) const
{
    const auto it = values.constFind(key);
    if (it != values.constEnd())
        return it->isEmpty() ? std::nullopt : std::optional<QStringList>(*it);
    QString single;
    if (key == QLatin1String("device.name"))
        single = name;
    else if (key == QLatin1String("device.site"))
        single = site;
    else if (key == QLatin1String("device.role"))
        single = role;
    else if (key == QLatin1String("device.platform"))
        single = platform;
    else if (key == QLatin1String("device.primary_ip"))
        single = primaryIp;
    else if (key == QLatin1String("device.tags"))
        return tags.isEmpty() ? std::nullopt : std::optional<QStringList>(tags);
    if (single.isEmpty())
        return std::nullopt;
    return QStringList{single};
}

QJsonObject DeviceFacts::toJson() const
{
    QJsonObject vars;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        vars.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {{QStringLiteral("name"), name},
            {QStringLiteral("site"), site},
            {QStringLiteral("role"), role},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("primary_ip"), primaryIp},
            {QStringLiteral("values"), vars}};
}

Result<DeviceFacts> DeviceFacts::fromJson(const QJsonObject &json)
{
    DeviceFacts facts;
    const auto text = [&json](const char *key, QString &out) -> bool {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };
    const std::pair<const char *, QString *> fields[] = {{"name", &facts.name},
                                                         {"site", &facts.site},
                                                         {"role", &facts.role},
                                                         {"platform", &facts.platform},
                                                         {"primary_ip", &facts.primaryIp}};
    for (const auto &[key, out] : fields) {
        if (!text(key, *out))
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("device facts: \"%1\" must be a string").arg(QLatin1String(key)));
    }
    if (json.contains(QLatin1String("tags"))) {
        const auto tags = stringList(json.value(QLatin1String("tags")));
        if (!tags)
            return Error(ErrorCode::InvalidInput, QStringLiteral("device facts: \"tags\" must be an array of strings"));
        facts.tags = *tags;
    }
    const QJsonValue vars = json.value(QLatin1String("values"));
    if (!vars.isUndefined() && !vars.isNull()) {
        if (!vars.isObject())
            return Error(ErrorCode::InvalidInput, QStringLiteral("device facts: \"values\" must be an object"));
        const QJsonObject object = vars.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto list = stringList(it.value());
            if (!list)
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("device facts: values.\"%1\" must be a string or an array of strings")
                                 .arg(it.key()));
            facts.values.insert(it.key(), *list);
        }
    }
    return facts;
}

} // namespace OpsDeck::Compliance
