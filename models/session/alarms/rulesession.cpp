// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/alarms/rulesession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "backend/ipc/ipcclient.h"
#include "backend/workspace/workspace.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/workspace/workspacesection.h"

namespace OpsDeck::Models {

namespace {

const QString kSection = QStringLiteral("alarms");
const QString kFile = QStringLiteral("workspace.json");

/// "alarms.rules[3].scope.device" -> 3 and "scope.device"; -1 when the key
/// is not inside a rule.
std::pair<int, QString> splitKey(const QString &keyPath)
{
    static const QRegularExpression pattern(QStringLiteral("\\.rules\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch m = pattern.match(keyPath);
    if (!m.hasMatch())
        return {-1, keyPath};
    return {m.captured(1).toInt(), m.captured(2)};
}

QString sentenceOf(const Workspace::ConfigIssue &issue, const QString &key)
{
    if (issue.kind == Workspace::ConfigIssue::Kind::UnknownKey)
        return RuleSession::tr("“%1” is not a setting of this kind of rule.").arg(key);
    if (key.isEmpty())
        return RuleSession::tr("The rule needs %1.").arg(issue.expected);
    if (issue.value == u"(none)")
        return RuleSession::tr("“%1” needs %2.").arg(key, issue.expected);
    return RuleSession::tr("“%1” cannot be %2: expected %3.").arg(key, issue.value, issue.expected);
}

/// One problem per rule and key: the first the backend found.
QList<RuleProblem> problemsOf(const QList<Workspace::ConfigIssue> &issues, const QJsonArray &rules)
{
    QList<RuleProblem> out;
    QSet<std::pair<int, QString>> seen;
    for (const Workspace::ConfigIssue &issue : issues) {
        const auto [index, key] = splitKey(issue.keyPath);
        if (seen.contains({index, key}))
            continue;
        seen.insert({index, key});
        RuleProblem p;
        p.key = key;
        if (index >= 0 && index < rules.size())
            p.ruleId = rules.at(index).toObject().value(QStringLiteral("id")).toString();
        p.message = sentenceOf(issue, key);
        out << p;
    }
    return out;
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

RulePreviewResult RulePreviewResult::fromJson(const QJsonObject &json)
{
    const auto time = [](const QJsonValue &v) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    };
    RulePreviewResult r;
    r.ruleId = json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    r.hours = json.value(QStringLiteral("hours")).toInt();
    r.series = json.value(QStringLiteral("series")).toInt();
    r.points = json.value(QStringLiteral("points")).toInteger();
    const QJsonArray hits = json.value(QStringLiteral("hits")).toArray();
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        Alarms::PreviewHit h;
        h.device = o.value(QStringLiteral("device")).toString();
        h.object = o.value(QStringLiteral("object")).toString();
        h.metric = o.value(QStringLiteral("metric")).toString();
        h.raisedMs = time(o.value(QStringLiteral("raised")));
        h.clearedMs = time(o.value(QStringLiteral("cleared")));
        h.summary = o.value(QStringLiteral("summary")).toString();
        r.hits << h;
    }
    return r;
}

RuleSession::RuleSession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    // One file operation at a time, in the order asked.
    m_files.setObjectName(QStringLiteral("opsdeck-rule-files"));
    m_files.setMaxThreadCount(1);
}

RuleSession::~RuleSession()
{
    m_files.waitForDone();
}

bool RuleSession::connected() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

void RuleSession::load(const QString &folder)
{
    WorkspaceSection::load(
        m_files, this, folder, [this](const Workspace::WorkspaceConfig &config) { emit loaded(config.alarms); },
        [this](const Error &error) { emit loadFailed(error); });
}

void RuleSession::save(const QString &folder, const QJsonObject &base, const QJsonArray &rules)
{
    if (const QList<RuleProblem> problems = checkRules(rules); !problems.isEmpty()) {
        const RuleProblem &p = problems.constFirst();
        const QString text = p.ruleId.isEmpty() ? p.message : tr("Rule “%1”: %2").arg(p.ruleId, p.message);
        QMetaObject::invokeMethod(
            this, [this, text] { emit saveFailed(Error(ErrorCode::InvalidInput, text)); }, Qt::QueuedConnection);
        return;
    }
    QJsonObject section = base;
    if (rules.isEmpty())
        section.remove(QStringLiteral("rules"));
    else
        section.insert(QStringLiteral("rules"), rules);
    WorkspaceSection::SaveRequest request;
    request.folder = folder;
    request.what = QStringLiteral("alarm rules");
    request.unchanged = [base](const Workspace::WorkspaceConfig &config) { return config.alarms == base; };
    request.change = [section](Workspace::WorkspaceConfig &config) { config.alarms = section; };
    request.part = kSection;
    request.partName = tr("alarm engine");
    WorkspaceSection::save(
        m_files, this, m_connection, request,
        [this](const WorkspaceSection::ReloadOutcome &outcome) { emit saved(outcome.applied, outcome.reason); },
        [this](const Error &error) { emit saveFailed(error); });
}

void RuleSession::preview(const Alarms::AlarmRule &rule, int hours)
{
    const quint64 generation = ++m_previewGeneration;
    m_previewing = true;
    if (!connected()) {
        // Reported after the caller returns, as a reply would be.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_previewGeneration)
                    return;
                m_previewing = false;
                emit previewFailed(Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject params{{QStringLiteral("rule"), rule.toJson()}, {QStringLiteral("hours"), hours}};
    m_connection->client()->call(QStringLiteral("rules.test"), params, this,
                                 [this, generation, toMs, hours](Result<QJsonValue> r) {
                                     if (generation != m_previewGeneration)
                                         return; // superseded or cancelled
                                     m_previewing = false;
                                     if (!r) {
                                         emit previewFailed(r.error());
                                         return;
                                     }
                                     RulePreviewResult result = RulePreviewResult::fromJson(r->toObject());
                                     result.toMs = toMs;
                                     result.fromMs = toMs - qint64(hours) * 3600 * 1000;
                                     emit previewFinished(result);
                                 });
}

void RuleSession::cancelPreview()
{
    ++m_previewGeneration;
    m_previewing = false;
}

Alarms::AlarmRule RuleSession::readRule(const QJsonObject &json, const Alarms::AlarmRule *base,
                                        QList<RuleProblem> *problems)
{
    Alarms::AlarmRulesConfig config;
    config.rules.clear();
    if (base)
        config.rules << *base;
    QList<Workspace::ConfigIssue> issues;
    const QJsonArray rules{json};
    config.readJson(QJsonObject{{QStringLiteral("rules"), rules}}, kSection, kFile, issues);
    Alarms::AlarmRule rule = config.rules.isEmpty() ? Alarms::AlarmRule() : config.rules.constFirst();
    if (config.rules.isEmpty()) {
        // Kept for the editor even when the file's object lacks an id or kind.
        rule.id = json.value(QStringLiteral("id")).toString();
        rule.kind = Alarms::ruleKindFromName(json.value(QStringLiteral("kind")).toString())
                        .value_or(Alarms::RuleKind::Threshold);
    }
    if (problems) {
        issues << config.crossCheck(kSection, kFile);
        *problems = problemsOf(issues, rules);
    }
    return rule;
}

QList<RuleProblem> RuleSession::checkRule(const Alarms::AlarmRule &rule)
{
    QList<RuleProblem> problems;
    (void)readRule(rule.toJson(), nullptr, &problems);
    return problems;
}

QList<RuleProblem> RuleSession::checkRules(const QJsonArray &rules)
{
    Alarms::AlarmRulesConfig config = Alarms::AlarmRulesConfig::defaults();
    QList<Workspace::ConfigIssue> issues;
    config.readJson(QJsonObject{{QStringLiteral("rules"), rules}}, kSection, kFile, issues);
    issues << config.crossCheck(kSection, kFile);
    QList<RuleProblem> problems = problemsOf(issues, rules);
    // The engine merges objects of the same id; the editor keeps one per rule.
    QSet<QString> ids;
    for (const QJsonValue &v : rules) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && ids.contains(id))
            problems << RuleProblem{id, QStringLiteral("id"), tr("Another rule already has the id “%1”.").arg(id)};
        ids.insert(id);
    }
    return problems;
}

QString RuleSession::loadErrorText(const Error &error)
{
    return tr("The alarm rules could not be read: %1.").arg(firstLine(error.detail));
}

QString RuleSession::saveErrorText(const Error &error)
{
    if (error.code == ErrorCode::InvalidInput && !error.context.contains(QStringLiteral("issues")))
        return error.detail; // already a sentence of checkRules()
    if (error.code == ErrorCode::Conflict)
        return tr("The rules were not saved: the workspace file changed since the editor read it. Close the "
                  "editor and open it again to see the changes.");
    return tr("The rules were not saved: %1.").arg(firstLine(error.detail));
}

QString RuleSession::previewErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        return tr("The preview needs the OpsDeck service, which is not reachable.");
    default:
        break;
    }
    return tr("The preview failed: %1.").arg(firstLine(error.detail));
}

} // namespace OpsDeck::Models
