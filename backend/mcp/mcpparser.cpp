// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpparser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

#include "backend/core/jsonbody.h"

namespace OpsDeck::Mcp {

namespace {

Error invalid(const QString &detail, const QVariantMap &context = {})
{
    return Error(ErrorCode::InvalidInput, detail, context);
}

// A string attribute that may also be sent as a number.
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = text(o.value(QLatin1String(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

qint64 metaTotal(const QJsonObject &root)
{
    const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
    for (const char *key : {"total", "query-total", "queryTotal"}) {
        const QJsonValue v = meta.value(QLatin1String(key));
        if (v.isDouble())
            return qint64(v.toDouble());
        if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
    }
    return -1;
}

QUrl nextLink(const QJsonObject &root)
{
    const QJsonValue next = root.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
    // JSON:API allows a link object {"href": ...} as well as a string.
    const QString href = next.isObject() ? next.toObject().value(QLatin1String("href")).toString() : next.toString();
    return href.isEmpty() ? QUrl() : QUrl(href);
}

// Validates the envelope and hands each item (with its attributes) to `parseItem`.
template<typename T, typename F>
Result<Page<T>> parseCollection(const QByteArray &body, const QString &what, F parseItem)
{
    auto root = parseJsonObject(body, what);
    if (!root)
        return root.error();
    const QJsonValue data = root->value(QLatin1String("data"));
    if (!data.isArray())
        return invalid(QStringLiteral("%1: the body has no \"data\" array").arg(what));
    Page<T> page;
    page.next = nextLink(*root);
    page.total = metaTotal(*root);
    const QJsonArray items = data.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString id = text(item.value(QLatin1String("id")));
        const QJsonValue attributes = item.value(QLatin1String("attributes"));
        if (id.isEmpty() || !attributes.isObject()) {
            return invalid(QStringLiteral("%1: item %2 has no id or no attributes object").arg(what).arg(i),
                           {{QStringLiteral("index"), i}, {QStringLiteral("id"), id}});
        }
        page.items << parseItem(id, item, attributes.toObject());
    }
    return page;
}

QString relationshipId(const QJsonObject &item, const char *name)
{
    return item.value(QLatin1String("relationships"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

QJsonArray relationshipList(const QJsonObject &item, const char *name)
{
    const QJsonValue data =
        item.value(QLatin1String("relationships")).toObject().value(QLatin1String(name)).toObject().value(
            QLatin1String("data"));
    if (data.isArray())
        return data.toArray();
    if (data.isObject())
        return QJsonArray{data};
    return {};
}

// The NC UUID is the first 36 characters of equipment and TPE ids.
QString ncFromId(const QString &id)
{
    const qsizetype sep = id.indexOf(QLatin1String("::"));
    return sep > 0 ? id.left(sep) : QString();
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = text(v).toUpper();
    return s == QLatin1String("TRUE") || s == QLatin1String("YES") || s == QLatin1String("SERVICE_AFFECTING")
           || s == QLatin1String("SA") || s == QLatin1String("1");
}

} // namespace

bool Fre::isOptical() const
{
    static const QStringList optical = {QStringLiteral("OTS"),  QStringLiteral("OMS"),   QStringLiteral("OCH"),
                                        QStringLiteral("OTU2"), QStringLiteral("OTU4"),  QStringLiteral("OTUCN"),
                                        QStringLiteral("ODU"),  QStringLiteral("ODU4"),  QStringLiteral("PHY"),
                                        QStringLiteral("OSC"),  QStringLiteral("OTSI")};
    return optical.contains(layerRate.toUpper());
}

QString severityName(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Critical: return QStringLiteral("CRITICAL");
    case AlarmSeverity::Major: return QStringLiteral("MAJOR");
    case AlarmSeverity::Minor: return QStringLiteral("MINOR");
    case AlarmSeverity::Warning: return QStringLiteral("WARNING");
    case AlarmSeverity::Info: return QStringLiteral("INFO");
    case AlarmSeverity::Indeterminate: break;
    }
    return QStringLiteral("INDETERMINATE");
}

QString matchMethodName(MatchMethod method)
{
    switch (method) {
    case MatchMethod::Name: return QStringLiteral("name");
    case MatchMethod::IpAddress: return QStringLiteral("ip");
    case MatchMethod::Serial: return QStringLiteral("serial");
    case MatchMethod::Manual: return QStringLiteral("manual");
    case MatchMethod::None: break;
    }
    return {};
}

MatchMethod matchMethodFromName(const QString &name)
{
    if (name == QLatin1String("name"))
        return MatchMethod::Name;
    if (name == QLatin1String("ip"))
        return MatchMethod::IpAddress;
    if (name == QLatin1String("serial"))
        return MatchMethod::Serial;
    if (name == QLatin1String("manual"))
        return MatchMethod::Manual;
    return MatchMethod::None;
}

AlarmSeverity severityFromName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("CRITICAL"))
        return AlarmSeverity::Critical;
    if (n == QLatin1String("MAJOR"))
        return AlarmSeverity::Major;
    if (n == QLatin1String("MINOR"))
        return AlarmSeverity::Minor;
    if (n == QLatin1String("WARNING"))
        return AlarmSeverity::Warning;
    if (n == QLatin1String("INFO") || n == QLatin1String("INFORMATIONAL"))
        return AlarmSeverity::Info;
    return AlarmSeverity::Indeterminate;
}

QDateTime McpParser::parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    bool numeric = false;
    const qint64 ms = s.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    // v2_0 clients send "yyyy-MM-ddTHH:mm:ss.SSS" without a zone: MCP means UTC.
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Result<QString> McpParser::parseToken(const QByteArray &body, int *timeoutSeconds)
{
    auto root = parseJsonObject(body, QStringLiteral("token response"));
    if (!root)
        return root.error();
    // The OAuth2 variant calls it accessToken.
    const QString token = firstOf(*root, {"token", "accessToken"});
    if (token.isEmpty())
        return Error(ErrorCode::Auth, QStringLiteral("token response carries no token"));
    if (timeoutSeconds)
        *timeoutSeconds = firstOf(*root, {"timeout", "expiresIn"}).toInt();
    return token;
}

Result<Page<NetworkElement>> McpParser::parseNetworkConstructs(const QByteArray &body)
{
    return parseCollection<NetworkElement>(
        body, QStringLiteral("networkConstructs"), [](const QString &id, const QJsonObject &, const QJsonObject &a) {
            const QJsonObject display = a.value(QLatin1String("displayData")).toObject();
            NetworkElement ne;
            ne.id = id;
            ne.name = firstOf(a, {"name"});
            if (ne.name.isEmpty())
                ne.name = firstOf(display, {"displayName"});
            ne.ipAddress = firstOf(a, {"ipAddress"});
            if (ne.ipAddress.isEmpty())
                ne.ipAddress = firstOf(display, {"displayIpAddress"});
            ne.macAddress = firstOf(a, {"macAddress"});
            if (ne.macAddress.isEmpty())
                ne.macAddress = firstOf(display, {"displayMACAddress"});
            ne.serialNumber = firstOf(a, {"serialNumber"});
            ne.typeGroup = firstOf(a, {"typeGroup"});
            ne.resourceType = firstOf(a, {"resourceType"});
            ne.deviceVersion = firstOf(a, {"deviceVersion", "deviceType"});
            ne.softwareVersion = firstOf(a, {"softwareVersion"});
            ne.constructType = firstOf(a, {"networkConstructType"});
            return ne;
        });
}

Result<Page<Equipment>> McpParser::parseEquipment(const QByteArray &body)
{
    return parseCollection<Equipment>(
        body, QStringLiteral("equipment"), [](const QString &id, const QJsonObject &item, const QJsonObject &a) {
            Equipment e;
            e.id = id;
            e.networkElementId = relationshipId(item, "networkConstruct");
            if (e.networkElementId.isEmpty())
                e.networkElementId = ncFromId(id);
            e.category = firstOf(a, {"category"});
            e.name = firstOf(a.value(QLatin1String("displayData")).toObject(), {"displayName"});
            e.nativeName = firstOf(a, {"nativeName"});
            if (e.name.isEmpty())
                e.name = e.nativeName;
            e.state = firstOf(a, {"state"});
            e.cardType = firstOf(a, {"cardType"});
            const QJsonObject installed = a.value(QLatin1String("installedSpec")).toObject();
            const QJsonObject provisioned = a.value(QLatin1String("provisionedSpec")).toObject();
            const QJsonObject &spec = installed.isEmpty() ? provisioned : installed;
            e.serialNumber = firstOf(spec, {"serialNumber"});
            e.partNumber = firstOf(spec, {"partNumber"});
            e.manufacturer = firstOf(spec, {"manufacturer"});
            const QJsonObject location = a.value(QLatin1String("locations")).toArray().at(0).toObject();
            e.shelf = firstOf(location, {"shelf"});
            e.slot = firstOf(location, {"slot"});
            e.subslot = firstOf(location, {"subslot"});
            return e;
        });
}

Result<Page<Tpe>> McpParser::parseTpes(const QByteArray &body)
{
    return parseCollection<Tpe>(
        body, QStringLiteral("tpes"), [](const QString &id, const QJsonObject &item, const QJsonObject &a) {
            Tpe t;
            t.id = id;
            t.networkElementId = relationshipId(item, "networkConstruct");
            if (t.networkElementId.isEmpty())
                t.networkElementId = ncFromId(id);
            t.nativeName = firstOf(a, {"nativeName"});
            t.structureType = firstOf(a, {"structureType"});
            t.state = firstOf(a, {"state"});
            const QJsonObject location = a.value(QLatin1String("locations")).toArray().at(0).toObject();
            t.shelf = firstOf(location, {"shelf"});
            t.slot = firstOf(location, {"slot"});
            t.port = firstOf(location, {"port"});
            return t;
        });
}

Result<Page<Fre>> McpParser::parseFres(const QByteArray &body)
{
    // endPoint id -> its TPE ids, from `included`.
    QHash<QString, QStringList> endPoints;
    {
        auto root = parseJsonObject(body, QStringLiteral("fres"));
        if (!root)
            return root.error();
        const QJsonArray included = root->value(QLatin1String("included")).toArray();
        for (const QJsonValue &v : included) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("type")).toString() != QLatin1String("endPoints"))
                continue;
            QStringList tpes;
            for (const QJsonValue &t : relationshipList(o, "tpes"))
                tpes << t.toObject().value(QLatin1String("id")).toString();
            endPoints.insert(text(o.value(QLatin1String("id"))), tpes);
        }
    }
    return parseCollection<Fre>(
        body, QStringLiteral("fres"), [&endPoints](const QString &id, const QJsonObject &item, const QJsonObject &a) {
            Fre f;
            f.id = id;
            f.name = firstOf(a, {"userLabel", "mgmtName", "linkLabel", "serviceLabel"});
            f.layerRate = firstOf(a, {"layerRate"});
            f.serviceClass = firstOf(a, {"serviceClass"});
            f.freType = firstOf(a, {"type", "freType"});
            f.operationState = firstOf(a.value(QLatin1String("displayData")).toObject(), {"operationState"});
            for (const QJsonValue &ep : relationshipList(item, "endPoints"))
                f.tpeIds << endPoints.value(text(ep.toObject().value(QLatin1String("id"))));
            if (f.tpeIds.isEmpty()) {
                for (const QJsonValue &t : relationshipList(item, "tpes"))
                    f.tpeIds << t.toObject().value(QLatin1String("id")).toString();
            }
            return f;
        });
}

Result<Page<Alarm>> McpParser::parseAlarms(const QByteArray &body)
{
    return parseCollection<Alarm>(
        body, QStringLiteral("alarms"), [](const QString &id, const QJsonObject &, const QJsonObject &a) {
            Alarm alarm;
            alarm.id = firstOf(a, {"alarm-id", "id"});
            if (alarm.id.isEmpty())
                alarm.id = id;
            alarm.networkElementId = firstOf(a, {"node-id", "network-construct-id"});
            alarm.deviceName = firstOf(a, {"device-name"});
            alarm.ipAddress = firstOf(a, {"ip-address"});
            alarm.resource = firstOf(a, {"resource"});
            alarm.condition = firstOf(a, {"native-condition-type"});
            alarm.severity = severityFromName(firstOf(a, {"condition-severity", "severity"}));
            const QString state = firstOf(a, {"state"});
            if (!state.isEmpty())
                alarm.state = state.toUpper();
            alarm.serviceAffecting = truthy(a.value(QLatin1String("service-affecting")));
            alarm.acknowledged = firstOf(a, {"acknowledge-state"}).toUpper() == QLatin1String("ACKNOWLEDGED");
            alarm.firstRaised = parseTime(a.value(QLatin1String("first-raise-time")));
            alarm.lastRaised = parseTime(a.value(QLatin1String("last-raise-time")));
            alarm.additionalText = firstOf(a, {"additional-text"});
            const int occurrences = firstOf(a, {"number-of-occurrences"}).toInt();
            alarm.occurrences = occurrences > 0 ? occurrences : 1;
            return alarm;
        });
}

Result<PmPage> McpParser::parsePm(const QByteArray &body)
{
    auto root = parseJsonObject(body, QStringLiteral("pm query"));
    if (!root)
        return root.error();
    const QJsonValue data = root->value(QLatin1String("data"));
    if (!data.isArray())
        return invalid(QStringLiteral("pm query: the body has no \"data\" array"));
    PmPage page;
    const QJsonArray series = data.toArray();
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QJsonObject attributes = series.at(i).toObject().value(QLatin1String("attributes")).toObject();
        const QJsonObject tags = attributes.value(QLatin1String("tags")).toObject();
        const QJsonValue values = attributes.value(QLatin1String("values"));
        if (tags.isEmpty() || !values.isObject())
            return invalid(QStringLiteral("pm query: series %1 has no tags or no values object").arg(i),
                           {{QStringLiteral("index"), i}});
        PmSample base;
        base.networkElementId = firstOf(tags, {"networkElementID", "networkElementId"});
        base.networkElementName = firstOf(tags, {"networkElementName", "displayName"});
        base.facility = firstOf(tags, {"facilityNameNative", "facilityName"});
        base.parameter = firstOf(tags, {"parameter"});
        base.unit = firstOf(tags, {"unit"});
        base.granularity = firstOf(tags, {"granularity"});
        // [INFERRED] threshold levels beside the values, numbers or numeric
        // strings; anything else is ignored rather than failing the page.
        const QJsonObject thresholds = attributes.value(QLatin1String("thresholds")).toObject();
        for (const char *level : {"lowAlarm", "lowWarning", "highWarning", "highAlarm"}) {
            const QJsonValue v = thresholds.value(QLatin1String(level));
            bool ok = v.isDouble();
            const double number = ok ? v.toDouble() : v.toString().toDouble(&ok);
            if (ok)
                page.thresholds << PmThreshold{base.networkElementId, base.facility, base.parameter,
                                               QLatin1String(level), number};
        }
        const QJsonObject points = values.toObject();
        for (auto it = points.begin(); it != points.end(); ++it) {
            const QDateTime t = parseTime(it.key());
            const QJsonValue v = it.value().isObject() ? it.value().toObject().value(QLatin1String("value"))
                                                       : it.value();
            bool ok = v.isDouble();
            const double number = ok ? v.toDouble() : v.toString().toDouble(&ok);
            if (!t.isValid() || !ok) {
                return invalid(QStringLiteral("pm query: series %1 has a bad point \"%2\"").arg(i).arg(it.key()),
                               {{QStringLiteral("index"), i}});
            }
            PmSample s = base;
            s.timestampMs = t.toMSecsSinceEpoch();
            s.value = number;
            page.samples << s;
        }
    }
    const QJsonObject links = root->value(QLatin1String("links")).toObject();
    const QString next = links.value(QLatin1String("nextInterval")).toString();
    if (!next.isEmpty())
        page.nextInterval = QUrl(next);
    return page;
}

QString McpParser::errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonObject first = o.value(QLatin1String("errors")).toArray().at(0).toObject();
        if (!first.isEmpty()) {
            const QString code = firstOf(first, {"code"});
            const QString detail = firstOf(first, {"detail", "title", "message"});
            return code.isEmpty() ? detail : QStringLiteral("%1: %2").arg(code, detail);
        }
        const QString message = firstOf(o, {"errorMessage", "message", "detail", "error"});
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace OpsDeck::Mcp
