// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/alarmrules.h"

#include <algorithm>
#include <array>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "backend/workspace/configchecks.h"
#include "backend/workspace/configreader.h"

namespace OpsDeck::Alarms {

using Workspace::ConfigIssue;
using Workspace::ConfigReader;
using Workspace::EnumName;
using Workspace::Verdict;

namespace {

constexpr double kHuge = 1e15;
constexpr int kDaySeconds = 86400;

std::optional<Verdict> checkRuleId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("an id: a letter or digit, then letters, digits, '.', '_' or '-' (at most 64)")};
    return std::nullopt;
}

std::optional<Verdict> checkOid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.?[0-9]+(\\.[0-9]+)+$"));
    if (!pattern.match(text).hasMatch())
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a numeric OID such as \"1.3.6.1.6.3.1.1.5.3\"")};
    return std::nullopt;
}

std::optional<Verdict> checkRegex(const QString &text)
{
    if (!QRegularExpression(text).isValid() || text.size() > 1024)
        return Verdict{ConfigIssue::Kind::BadFormat, QStringLiteral("a valid regular expression")};
    return std::nullopt;
}

std::optional<Verdict> checkTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return Verdict{ConfigIssue::Kind::BadFormat,
                       QStringLiteral("an ISO 8601 time with its offset, such as \"2025-03-01T22:00:00Z\"")};
    return std::nullopt;
}

/// ConfigReader with the numbers alarm rules need.
class RuleReader : public ConfigReader
{
public:
    using ConfigReader::ConfigReader;

    void number(const char *key, double &value, double min, double max)
    {
        QJsonValue json;
        if (!take(key, json))
            return;
        const QString expected = QStringLiteral("a number from %1 to %2").arg(min).arg(max);
        if (!json.isDouble() || !std::isfinite(json.toDouble())) {
            report(ConfigIssue::Kind::WrongType, pathOf(key), Workspace::renderValue(json), expected);
            return;
        }
        if (json.toDouble() < min || json.toDouble() > max) {
            report(ConfigIssue::Kind::OutOfRange, pathOf(key), Workspace::renderValue(json), expected);
            return;
        }
        value = json.toDouble();
    }
};

void readScope(ConfigReader &r, Scope &scope)
{
    r.object("scope", [&](ConfigReader &s) {
        s.text("device", scope.device, Workspace::checkName);
        s.text("site", scope.site, Workspace::checkName);
        s.text("role", scope.role, Workspace::checkName);
        s.text("tag", scope.tag, Workspace::checkName);
    });
}

void readSeriesKeys(RuleReader &r, AlarmRule &rule)
{
    r.text("metric", rule.metric, Workspace::checkPlain);
    r.text("object", rule.object, Workspace::checkPlain);
    r.number("hysteresis", rule.hysteresis, 0, kHuge);
    r.integer("forSeconds", rule.forSeconds, 0, kDaySeconds);
}

/// The keys only rules of @p rule.kind have; the rest are unknown keys.
void readKindKeys(RuleReader &r, AlarmRule &rule)
{
    switch (rule.kind) {
    case RuleKind::IcmpDown:
    case RuleKind::SnmpUnreachable:
        r.integer("probes", rule.probes, 1, 1000);
        break;
    case RuleKind::IcmpDegraded:
        r.number("lossPercent", rule.lossPercent, 0, 100);
        r.number("latencyMs", rule.latencyMs, 0, 600000);
        break;
    case RuleKind::InterfaceDown:
        r.text("interface", rule.interface, Workspace::checkPlain);
        break;
    case RuleKind::Threshold:
    case RuleKind::RateOfChange:
        readSeriesKeys(r, rule);
        r.number("above", rule.above, -kHuge, kHuge);
        r.number("below", rule.below, -kHuge, kHuge);
        break;
    case RuleKind::OpticalPower:
        readSeriesKeys(r, rule);
        r.number("low", rule.low, -100, 100);
        r.number("high", rule.high, -100, 100);
        break;
    case RuleKind::Anomaly:
        r.text("metric", rule.metric, Workspace::checkPlain);
        r.text("object", rule.object, Workspace::checkPlain);
        r.number("above", rule.above, 0, kHuge);
        r.number("hysteresis", rule.hysteresis, 0, kHuge);
        break;
    case RuleKind::Trap:
        r.text("trapOid", rule.trapOid, checkOid);
        r.text("clearTrapOid", rule.clearTrapOid, checkOid);
        r.objects("varBinds", rule.varBinds, [](ConfigReader &v, VarBindMatch &m) {
            v.text("oid", m.oid, checkOid);
            v.text("equals", m.equals, Workspace::checkPlain);
            v.text("matches", m.matches, checkRegex);
        });
        break;
    case RuleKind::McpAlarm:
        r.choice("minimumSeverity", rule.minimumSeverity, severityNames());
        break;
    case RuleKind::JobFailed:
        r.text("jobKind", rule.jobKind, Workspace::checkPlain);
        break;
    }
}

/// Reads one rule object into @p rules: merged into the rule of the same id,
/// else added. Nothing is added when the rule lacks an id or a kind.
void readRule(RuleReader &r, QList<AlarmRule> &rules)
{
    QString id;
    r.text("id", id, checkRuleId);
    const auto existing = std::find_if(rules.begin(), rules.end(), [&](const AlarmRule &x) { return x.id == id; });
    AlarmRule rule = existing != rules.end() ? *existing : AlarmRule();
    QJsonValue kindJson;
    const bool hasKind = r.value("kind", kindJson);
    const RuleKind before = rule.kind;
    if (hasKind)
        r.choice("kind", rule.kind, ruleKindNames());
    if (existing != rules.end() && rule.kind != before) {
        r.report(ConfigIssue::Kind::Inconsistent, r.pathOf("kind"), Workspace::renderValue(kindJson),
                 QStringLiteral("\"%1\", the kind rule \"%2\" has in an earlier layer (use a new id for another kind)")
                     .arg(ruleKindName(before), id));
        rule.kind = before;
    } else if (existing == rules.end() && !hasKind) {
        r.report(ConfigIssue::Kind::Inconsistent, r.pathOf("kind"), QStringLiteral("(none)"),
                 QStringLiteral("the rule's kind: one of icmpDown, icmpDegraded, snmpUnreachable, interfaceDown, "
                                "threshold, rateOfChange, opticalPower, trap, mcpAlarm, jobFailed, anomaly"));
    }
    if (rule.kind != RuleKind::McpAlarm)
        r.choice("severity", rule.severity, severityNames());
    r.boolean("enabled", rule.enabled);
    r.text("description", rule.description, Workspace::checkDescription);
    readScope(r, rule.scope);
    readKindKeys(r, rule);
    r.finish();
    if (id.isEmpty()) {
        r.report(ConfigIssue::Kind::Inconsistent, r.pathOf("id"), QStringLiteral("(none)"),
                 QStringLiteral("an id naming the rule"));
        return;
    }
    if (existing == rules.end() && !hasKind)
        return;
    rule.id = id;
    rule.origin = r.pathOf("").chopped(1);
    if (existing != rules.end())
        *existing = rule;
    else
        rules << rule;
}

void readMaintenance(ConfigReader &r, MaintenanceWindow &w)
{
    QString start;
    QString end;
    r.text("id", w.id, checkRuleId);
    readScope(r, w.scope);
    r.text("start", start, checkTime);
    r.text("end", end, checkTime);
    r.text("comment", w.comment, Workspace::checkDescription);
    if (!start.isEmpty())
        w.startMs = QDateTime::fromString(start, Qt::ISODateWithMs).toMSecsSinceEpoch();
    if (!end.isEmpty())
        w.endMs = QDateTime::fromString(end, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

void addIssue(QList<ConfigIssue> &issues, const QString &file, const QString &key, const QString &value,
              const QString &expected)
{
    ConfigIssue issue;
    issue.kind = ConfigIssue::Kind::Inconsistent;
    issue.file = file;
    issue.keyPath = key;
    issue.value = value;
    issue.expected = expected;
    issues << issue;
}

void checkRule(const AlarmRule &rule, const QString &key, const QString &file, QList<ConfigIssue> &issues)
{
    const bool series = rule.kind == RuleKind::Threshold || rule.kind == RuleKind::RateOfChange;
    if (series && rule.metric.isEmpty())
        addIssue(issues, file, key + QStringLiteral(".metric"), QStringLiteral("(none)"),
                 QStringLiteral("the metric the rule watches, such as \"if.in.bps\""));
    if (series && rule.hasAbove() == rule.hasBelow())
        addIssue(issues, file, key + QStringLiteral(".above"),
                 rule.hasAbove() ? QStringLiteral("both \"above\" and \"below\"") : QStringLiteral("(none)"),
                 QStringLiteral("exactly one of \"above\" or \"below\""));
    if (rule.kind == RuleKind::Anomaly && !rule.hasAbove())
        addIssue(issues, file, key + QStringLiteral(".above"), QStringLiteral("(none)"),
                 QStringLiteral("the anomaly score above which the rule raises"));
    if (rule.kind == RuleKind::Anomaly && rule.hasAbove() && (rule.above <= 0 || rule.above > 1))
        addIssue(issues, file, key + QStringLiteral(".above"), QString::number(rule.above),
                 QStringLiteral("an anomaly score above 0 and at most 1 (0.5 is unusual, 1 certain)"));
    if (rule.kind == RuleKind::OpticalPower && !std::isnan(rule.low) && !std::isnan(rule.high) && rule.low >= rule.high)
        addIssue(issues, file, key + QStringLiteral(".low"), QString::number(rule.low),
                 QStringLiteral("a value below \"high\" (%1)").arg(rule.high));
    if (rule.kind == RuleKind::Trap && rule.trapOid.isEmpty())
        addIssue(issues, file, key + QStringLiteral(".trapOid"), QStringLiteral("(none)"),
                 QStringLiteral("the notification OID the rule matches"));
    for (qsizetype v = 0; v < rule.varBinds.size(); ++v) {
        if (rule.varBinds.at(v).oid.isEmpty())
            addIssue(issues, file, key + QStringLiteral(".varBinds[%1].oid").arg(v), QStringLiteral("(none)"),
                     QStringLiteral("the OID (prefix) of the varbind to match"));
    }
}

} // namespace

AlarmRulesConfig AlarmRulesConfig::defaults()
{
    const auto make = [](const char *id, RuleKind kind, Severity severity) {
        AlarmRule r;
        r.id = QLatin1String(id);
        r.kind = kind;
        r.severity = severity;
        return r;
    };
    AlarmRulesConfig c;
    c.rules << make("icmp-down", RuleKind::IcmpDown, Severity::Critical);
    c.rules << make("icmp-degraded", RuleKind::IcmpDegraded, Severity::Minor);
    c.rules << make("snmp-unreachable", RuleKind::SnmpUnreachable, Severity::Major);
    c.rules << make("interface-down", RuleKind::InterfaceDown, Severity::Major);
    AlarmRule optical = make("optical-power", RuleKind::OpticalPower, Severity::Major);
    optical.metric = QStringLiteral("optical.dbm");
    optical.hysteresis = 0.5;
    c.rules << optical;
    AlarmRule coldStart = make("cold-start", RuleKind::Trap, Severity::Warning);
    coldStart.trapOid = QStringLiteral("1.3.6.1.6.3.1.1.5.1");
    c.rules << coldStart;
    AlarmRule mcp = make("mcp-alarms", RuleKind::McpAlarm, Severity::Major);
    mcp.minimumSeverity = Severity::Warning;
    c.rules << mcp;
    c.rules << make("job-failed", RuleKind::JobFailed, Severity::Major);
    AlarmRule anomaly = make("anomaly", RuleKind::Anomaly, Severity::Minor);
    anomaly.above = 0.8;      // the detector's scores run from 0 to 1; 0.5 is "unusual"
    anomaly.hysteresis = 0.3; // clears once the score is back under 0.5
    c.rules << anomaly;
    return c;
}

void AlarmRulesConfig::readJson(const QJsonValue &json, const QString &path, const QString &file,
                                QList<ConfigIssue> &issues)
{
    RuleReader root(QJsonObject{{path, json}}, QString(), file, issues);
    const QByteArray key = path.toUtf8();
    root.object<RuleReader>(key.constData(), [&](RuleReader &r) {
        QJsonValue rulesJson;
        if (r.value("rules", rulesJson)) {
            if (!rulesJson.isArray()) {
                r.report(ConfigIssue::Kind::WrongType, r.pathOf("rules"), Workspace::renderValue(rulesJson),
                         QStringLiteral("an array of objects"));
            }
            const QJsonArray array = rulesJson.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString itemPath = r.pathOf("rules") + QStringLiteral("[%1]").arg(i);
                if (!array.at(i).isObject()) {
                    r.report(ConfigIssue::Kind::WrongType, itemPath, Workspace::renderValue(array.at(i)),
                             QStringLiteral("an object"));
                    continue;
                }
                RuleReader item(array.at(i).toObject(), itemPath + QLatin1Char('.'), file, issues);
                readRule(item, rules);
            }
        }
        r.object("flap", [&](ConfigReader &f) {
            f.integer("transitions", flap.transitions, 2, 1000);
            f.integer("windowSeconds", flap.windowSeconds, 1, kDaySeconds);
        });
        r.object("rootCause", [&](ConfigReader &c) {
            c.boolean("enabled", rootCause.enabled);
            c.textList("attachment", rootCause.attachment, Workspace::checkName);
        });
        r.objects("maintenance", maintenance, readMaintenance);
    });
}

QList<ConfigIssue> AlarmRulesConfig::crossCheck(const QString &path, const QString &file) const
{
    QList<ConfigIssue> issues;
    QSet<QString> ids;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AlarmRule &rule = rules.at(i);
        const QString key = rule.origin.isEmpty() ? path + QStringLiteral(".rules[%1]").arg(i) : rule.origin;
        if (ids.contains(rule.id))
            addIssue(issues, file, key + QStringLiteral(".id"), QLatin1Char('"') + rule.id + QLatin1Char('"'),
                     QStringLiteral("an id no other rule has"));
        ids.insert(rule.id);
        checkRule(rule, key, file, issues);
    }
    for (qsizetype i = 0; i < maintenance.size(); ++i) {
        const MaintenanceWindow &w = maintenance.at(i);
        const QString key = path + QStringLiteral(".maintenance[%1]").arg(i);
        if (w.id.isEmpty())
            addIssue(issues, file, key + QStringLiteral(".id"), QStringLiteral("(none)"),
                     QStringLiteral("an id naming the window"));
        if (!w.startMs || !w.endMs || w.endMs <= w.startMs)
            addIssue(issues, file, key + QStringLiteral(".end"),
                     w.endMs ? QDateTime::fromMSecsSinceEpoch(w.endMs, Qt::UTC).toString(Qt::ISODate)
                             : QStringLiteral("(none)"),
                     QStringLiteral("a \"start\" and a later \"end\""));
    }
    return issues;
}

Result<AlarmRulesConfig> AlarmRulesConfig::fromWorkspaceFile(const QByteArray &json, const QString &file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QList<ConfigIssue> issues;
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ConfigIssue issue;
        issue.kind = ConfigIssue::Kind::Syntax;
        issue.file = file;
        issue.offset = error.offset;
        issue.expected = error.error != QJsonParseError::NoError
                             ? QStringLiteral("valid JSON (%1)").arg(error.errorString())
                             : QStringLiteral("a JSON object");
        return ConfigIssue::toError({issue});
    }
    AlarmRulesConfig config = defaults();
    const QJsonValue alarms = document.object().value(QStringLiteral("alarms"));
    if (!alarms.isUndefined())
        config.readJson(alarms, QStringLiteral("alarms"), file, issues);
    issues << config.crossCheck(QStringLiteral("alarms"), file);
    if (!issues.isEmpty())
        return ConfigIssue::toError(issues);
    return config;
}

const AlarmRule *AlarmRulesConfig::rule(const QString &id) const
{
    for (const AlarmRule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject AlarmRule::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), ruleKindName(kind)},
                  {QStringLiteral("enabled"), enabled}};
    const auto put = [&](const char *key, const QJsonValue &value) { o.insert(QLatin1String(key), value); };
    const auto putText = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            put(key, value);
    };
    const auto putNumber = [&](const char *key, double value) {
        if (!std::isnan(value))
            put(key, value);
    };
    if (kind == RuleKind::McpAlarm)
        put("minimumSeverity", severityName(minimumSeverity));
    else
        put("severity", severityName(severity));
    putText("description", description);
    if (!scope.isEmpty())
        put("scope", scope.toJson());
    putText("metric", metric);
    putText("object", object);
    putNumber("above", above);
    putNumber("below", below);
    putNumber("low", low);
    putNumber("high", high);
    if (hysteresis > 0)
        put("hysteresis", hysteresis);
    if (forSeconds > 0)
        put("forSeconds", forSeconds);
    if (kind == RuleKind::IcmpDown || kind == RuleKind::SnmpUnreachable)
        put("probes", probes);
    if (kind == RuleKind::IcmpDegraded) {
        put("lossPercent", lossPercent);
        put("latencyMs", latencyMs);
    }
    putText("interface", interface);
    putText("trapOid", trapOid);
    putText("clearTrapOid", clearTrapOid);
    if (!varBinds.isEmpty()) {
        QJsonArray array;
        for (const VarBindMatch &m : varBinds)
            array << QJsonObject{{QStringLiteral("oid"), m.oid}, {QStringLiteral("equals"), m.equals},
                                 {QStringLiteral("matches"), m.matches}};
        put("varBinds", array);
    }
    putText("jobKind", jobKind);
    return o;
}

QJsonObject AlarmRulesConfig::toJson() const
{
    QJsonArray array;
    for (const AlarmRule &r : rules)
        array << r.toJson();
    QJsonArray windows;
    for (const MaintenanceWindow &w : maintenance)
        windows << QJsonObject{{QStringLiteral("id"), w.id},
                               {QStringLiteral("scope"), w.scope.toJson()},
                               {QStringLiteral("start"),
                                QDateTime::fromMSecsSinceEpoch(w.startMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("end"),
                                QDateTime::fromMSecsSinceEpoch(w.endMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("comment"), w.comment}};
    return {{QStringLiteral("rules"), array},
            {QStringLiteral("flap"),
             QJsonObject{{QStringLiteral("transitions"), flap.transitions},
                         {QStringLiteral("windowSeconds"), flap.windowSeconds}}},
            {QStringLiteral("rootCause"),
             QJsonObject{{QStringLiteral("enabled"), rootCause.enabled},
                         {QStringLiteral("attachment"), QJsonArray::fromStringList(rootCause.attachment)}}},
            {QStringLiteral("maintenance"), windows}};
}

} // namespace OpsDeck::Alarms
