// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/prtg/prtgparser.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include "backend/core/jsonbody.h"

namespace OpsDeck::Prtg {

namespace {

Error invalid(const QString &detail, const QVariantMap &context = {})
{
    return Error(ErrorCode::InvalidInput, detail, context);
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

qint64 number(const QJsonValue &v, bool *ok = nullptr)
{
    if (v.isDouble()) {
        if (ok)
            *ok = true;
        return qint64(v.toDouble());
    }
    return v.toString().trimmed().toLongLong(ok);
}

// The raw column when present, else the display column without HTML.
QString column(const QJsonObject &row, const QString &name)
{
    const QJsonValue raw = row.value(name + QStringLiteral("_raw"));
    if (raw.isString() || raw.isDouble())
        return text(raw);
    return PrtgParser::stripHtml(text(row.value(name)));
}

template<typename T, typename F>
Result<TablePage<T>> parseTable(const QByteArray &body, const QString &content, F parseRow)
{
    auto root = parseJsonObject(body, QStringLiteral("table %1").arg(content));
    if (!root)
        return root.error();
    const QJsonValue rows = root->value(content);
    if (!rows.isArray())
        return invalid(QStringLiteral("table %1: the body has no \"%1\" array").arg(content));
    TablePage<T> page;
    page.treeSize = number(root->value(QLatin1String("treesize")));
    const QJsonArray array = rows.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject row = array.at(i).toObject();
        bool ok = false;
        const qint64 id = number(row.value(QLatin1String("objid")), &ok);
        if (!ok || id <= 0)
            return invalid(QStringLiteral("table %1: row %2 has no numeric objid").arg(content).arg(i),
                           {{QStringLiteral("row"), i}});
        page.items << parseRow(id, row);
    }
    if (page.treeSize < page.items.size())
        page.treeSize = page.items.size();
    return page;
}

} // namespace

QString PrtgParser::stripHtml(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.simplified();
}

QDateTime PrtgParser::parseDate(const QString &input)
{
    QString s = input.trimmed();
    const qsizetype bracket = s.indexOf(QLatin1Char('['));
    if (bracket > 0)
        s = s.left(bracket).trimmed();
    if (s.isEmpty() || s == QLatin1String("-"))
        return {};
    bool ok = false;
    const double ole = s.toDouble(&ok);
    if (ok) {
        // OLE Automation date: days since 1899-12-30.
        const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
        return epoch.addMSecs(qint64(std::llround(ole * 86400000.0)));
    }
    static const QStringList formats = {
        QStringLiteral("M/d/yyyy h:mm:ss AP"), QStringLiteral("M/d/yyyy h:mm AP"),
        QStringLiteral("M/d/yyyy H:mm:ss"),    QStringLiteral("dd.MM.yyyy HH:mm:ss"),
        QStringLiteral("d.M.yyyy H:mm:ss"),    QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd-HH-mm-ss"), QStringLiteral("dd/MM/yyyy HH:mm:ss"),
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime t = c.toDateTime(s, format);
        if (t.isValid()) {
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Result<TablePage<Group>> PrtgParser::parseGroups(const QByteArray &body)
{
    return parseTable<Group>(body, QStringLiteral("groups"), [](qint64 id, const QJsonObject &row) {
        Group g;
        g.id = id;
        g.name = column(row, QStringLiteral("name"));
        if (g.name.isEmpty())
            g.name = column(row, QStringLiteral("group"));
        g.probe = column(row, QStringLiteral("probe"));
        g.parentId = column(row, QStringLiteral("parentid")).toLongLong();
        return g;
    });
}

Result<TablePage<Device>> PrtgParser::parseDevices(const QByteArray &body)
{
    return parseTable<Device>(body, QStringLiteral("devices"), [](qint64 id, const QJsonObject &row) {
        Device d;
        d.id = id;
        d.name = column(row, QStringLiteral("device"));
        if (d.name.isEmpty())
            d.name = column(row, QStringLiteral("name"));
        d.host = column(row, QStringLiteral("host"));
        d.group = column(row, QStringLiteral("group"));
        d.probe = column(row, QStringLiteral("probe"));
        d.parentId = column(row, QStringLiteral("parentid")).toLongLong();
        d.status = column(row, QStringLiteral("status")).toInt();
        return d;
    });
}

Result<TablePage<Sensor>> PrtgParser::parseSensors(const QByteArray &body)
{
    return parseTable<Sensor>(body, QStringLiteral("sensors"), [](qint64 id, const QJsonObject &row) {
        Sensor s;
        s.id = id;
        s.name = column(row, QStringLiteral("sensor"));
        if (s.name.isEmpty())
            s.name = column(row, QStringLiteral("name"));
        s.type = column(row, QStringLiteral("type")).toLower();
        s.deviceId = column(row, QStringLiteral("parentid")).toLongLong();
        s.device = column(row, QStringLiteral("device"));
        s.group = column(row, QStringLiteral("group"));
        s.probe = column(row, QStringLiteral("probe"));
        s.status = column(row, QStringLiteral("status")).toInt();
        s.message = column(row, QStringLiteral("message"));
        s.intervalSeconds = column(row, QStringLiteral("interval")).toInt();
        s.tags = column(row, QStringLiteral("tags"));
        return s;
    });
}

Result<QList<HistoryRow>> PrtgParser::parseHistory(const QByteArray &body)
{
    auto root = parseJsonObject(body, QStringLiteral("historicdata"));
    if (!root)
        return root.error();
    const QJsonValue rows = root->value(QLatin1String("histdata"));
    if (!rows.isArray())
        return invalid(QStringLiteral("historicdata: the body has no \"histdata\" array"));
    QList<HistoryRow> out;
    const QJsonArray array = rows.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject row = array.at(i).toObject();
        HistoryRow h;
        const QJsonValue raw = row.value(QLatin1String("datetime_raw"));
        h.time = raw.isDouble() ? parseDate(text(raw)) : parseDate(row.value(QLatin1String("datetime")).toString());
        if (!h.time.isValid())
            return invalid(QStringLiteral("historicdata: row %1 has an unreadable datetime \"%2\"")
                               .arg(i)
                               .arg(row.value(QLatin1String("datetime")).toString()),
                           {{QStringLiteral("row"), i}});
        for (auto it = row.begin(); it != row.end(); ++it) {
            const QString key = it.key();
            if (key.startsWith(QLatin1String("datetime")) || key.startsWith(QLatin1String("coverage")))
                continue;
            // Gaps come as "" (no data in that interval): skip them.
            if (it.value().isDouble()) {
                h.channels.insert(key, it.value().toDouble());
            } else {
                bool ok = false;
                const double v = it.value().toString().toDouble(&ok);
                if (ok)
                    h.channels.insert(key, v);
            }
        }
        out << h;
    }
    return out;
}

Result<SensorDetails> PrtgParser::parseSensorDetails(const QByteArray &body)
{
    auto root = parseJsonObject(body, QStringLiteral("getsensordetails"));
    if (!root)
        return root.error();
    const QJsonValue data = root->value(QLatin1String("sensordata"));
    if (!data.isObject())
        return invalid(QStringLiteral("getsensordetails: the body has no \"sensordata\" object"));
    const QJsonObject o = data.toObject();
    SensorDetails d;
    d.name = text(o.value(QLatin1String("name")));
    d.sensorType = text(o.value(QLatin1String("sensortype"))).toLower();
    d.intervalSeconds = text(o.value(QLatin1String("interval"))).toInt();
    d.parentDeviceId = text(o.value(QLatin1String("parentdeviceid"))).toLongLong();
    d.parentDeviceName = text(o.value(QLatin1String("parentdevicename")));
    d.statusId = text(o.value(QLatin1String("statusid"))).toInt();
    d.statusText = stripHtml(text(o.value(QLatin1String("statustext"))));
    d.lastUp = parseDate(text(o.value(QLatin1String("lastup"))));
    d.lastCheck = parseDate(text(o.value(QLatin1String("lastcheck"))));
    return d;
}

Result<QString> PrtgParser::parseObjectProperty(const QByteArray &body)
{
    static const QRegularExpression result(QStringLiteral("<result>(.*)</result>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = result.match(QString::fromUtf8(body));
    if (!m.hasMatch())
        return invalid(QStringLiteral("getobjectproperty: no <result> element"));
    const QString value = stripHtml(m.captured(1));
    if (value == QLatin1String("(Property not found)"))
        return Error(ErrorCode::NotFound, QStringLiteral("getobjectproperty: property not found"));
    return value;
}

Result<TableCount> PrtgParser::parseTableCount(const QByteArray &body)
{
    auto root = parseJsonObject(body, QStringLiteral("table.json"));
    if (!root)
        return root.error();
    bool ok = false;
    TableCount count;
    count.version = text(root->value(QLatin1String("prtg-version")));
    count.treeSize = number(root->value(QLatin1String("treesize")), &ok);
    if (count.version.isEmpty() || !ok)
        return invalid(QStringLiteral("table.json: the answer names no PRTG version or no treesize"));
    return count;
}

QString PrtgParser::errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString e = text(doc.object().value(QLatin1String("error")));
        if (!e.isEmpty())
            return stripHtml(e);
    }
    static const QRegularExpression xml(QStringLiteral("<error>(.*)</error>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression html(QStringLiteral("class=\"errormsg\"[^>]*>(.*?)</"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QString s = QString::fromUtf8(body);
    for (const QRegularExpression *re : {&xml, &html}) {
        const QRegularExpressionMatch m = re->match(s);
        if (m.hasMatch())
            return stripHtml(m.captured(1));
    }
    return stripHtml(s.left(200));
}

} // namespace OpsDeck::Prtg
