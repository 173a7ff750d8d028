// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/compliancejson.h"

#include <QJsonArray>

#include "backend/netbox/renderconfigreply.h"

namespace OpsDeck::Service {

namespace {

using Compliance::CheckState;

QJsonArray evidenceJson(const QList<Compliance::Evidence> &evidence)
{
    QJsonArray out;
    for (const Compliance::Evidence &e : evidence) {
        QJsonObject o{{QStringLiteral("line"), e.line}, {QStringLiteral("text"), e.text}};
        if (!e.section.isEmpty())
            o.insert(QStringLiteral("section"), e.section);
        out.append(o);
    }
    return out;
}

QJsonObject check(const QString &id, const QString &kind, const QString &name, CheckState state,
                  Compliance::Severity severity, const QString &detail, const QJsonArray &evidence)
{
    return {{QStringLiteral("check"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("state"), Compliance::stateName(state)},
            {QStringLiteral("severity"), Compliance::severityName(severity)},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("evidence"), evidence}};
}

} // namespace

QJsonObject deviceReportJson(const Compliance::DeviceReport &report, const Compliance::RuleSet &rules,
                             int backupVersion, const QString &intendedSource, const QString &intendedProblem)
{
    QJsonArray checks;
    std::optional<Compliance::Severity> worst;
    const auto failed = [&worst](CheckState state, Compliance::Severity severity) {
        if (state == CheckState::NonCompliant && (!worst || severity > *worst))
            worst = severity;
    };
    for (std::size_t i = 0; i < report.rules.size(); ++i) {
        const Compliance::RuleResult &r = report.rules[i];
        if (r.state == CheckState::NotApplicable)
            continue;
        const Compliance::Rule *rule = i < std::size_t(rules.size()) ? &rules.at(int(i)).rule : nullptr;
        const QString name = rule && !rule->description.isEmpty() ? rule->description : r.ruleId;
        checks.append(check(QStringLiteral("rule:") + r.ruleId, QStringLiteral("rule"), name, r.state, r.severity,
                            r.detail, evidenceJson(r.evidence)));
        failed(r.state, r.severity);
    }
    const Compliance::DriftResult &drift = report.drift;
    // Compared with an intended configuration (not: none kept, or no backup to compare).
    const bool hasIntended = drift.state == CheckState::Compliant || drift.state == CheckState::NonCompliant;
    if (hasIntended) {
        QList<Compliance::Evidence> evidence = drift.missing;
        evidence += drift.extra;
        checks.append(check(QStringLiteral("drift"), QStringLiteral("drift"),
                            QStringLiteral("Intended configuration (%1)").arg(intendedSource), drift.state,
                            Compliance::Severity::Major, drift.detail, evidenceJson(evidence.mid(0, 100))));
        failed(drift.state, Compliance::Severity::Major);
    } else if (!intendedProblem.isEmpty()) {
        checks.append(check(QStringLiteral("drift"), QStringLiteral("drift"), QStringLiteral("Intended configuration"),
                            CheckState::Unknown, Compliance::Severity::Info, intendedProblem, {}));
    }
    const Compliance::VersionCheck &version = report.version;
    if (version.state != CheckState::NotApplicable) {
        checks.append(check(QStringLiteral("version"), QStringLiteral("version"), QStringLiteral("Software version"),
                            version.state, version.severity, version.detail, {}));
        failed(version.state, version.severity);
    }
    QJsonObject out{
        {QStringLiteral("device"), report.facts.name},
        {QStringLiteral("site"), report.facts.site},
        {QStringLiteral("role"), report.facts.role},
        {QStringLiteral("platform"), report.facts.platform},
        {QStringLiteral("state"), Compliance::stateName(report.overall)},
        {QStringLiteral("worst"), worst ? Compliance::severityName(*worst) : QString()},
        {QStringLiteral("backupVersion"), backupVersion},
        {QStringLiteral("detail"), report.detail},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("version"), QJsonObject{{QStringLiteral("running"), version.running},
                                                {QStringLiteral("target"), version.target},
                                                {QStringLiteral("path"), QJsonArray::fromStringList(version.path)}}}};
    if (hasIntended)
        out.insert(QStringLiteral("drift"), QJsonObject{{QStringLiteral("missing"), drift.removed},
                                                        {QStringLiteral("extra"), drift.added},
                                                        {QStringLiteral("source"), intendedSource}});
    return out;
}

QString intendedProblemText(const Error &error)
{
    const QString detail = error.detail.section(QLatin1Char('\n'), 0, 0);
    switch (NetBox::renderConfigFailure(error)) {
    case NetBox::RenderConfigFailure::NotSupported:
        return QStringLiteral("No intended configuration: this NetBox has no render-config, which came in NetBox 3.5; "
                              "the rules and versions are still checked.");
    case NetBox::RenderConfigFailure::NoConfigTemplate:
        return QStringLiteral("No intended configuration: neither the device, its role nor its platform has a config "
                              "template in NetBox.");
    case NetBox::RenderConfigFailure::TokenNotWriteEnabled:
        return QStringLiteral("No intended configuration: NetBox renders configurations only for a write-enabled "
                              "token, and the workspace's token is read-only.");
    case NetBox::RenderConfigFailure::RenderFailed:
        return QStringLiteral("No intended configuration: NetBox could not render the template (%1).").arg(detail);
    case NetBox::RenderConfigFailure::DeviceNotFound:
        return QStringLiteral("No intended configuration: NetBox has no such device any more (sync the workspace).");
    case NetBox::RenderConfigFailure::Cancelled:
        return QStringLiteral("No intended configuration: the request was cancelled.");
    case NetBox::RenderConfigFailure::Transport:
        break;
    }
    return QStringLiteral("No intended configuration: NetBox could not be asked (%1).").arg(detail);
}

QString withoutVolatile(const Compliance::VolatileRules &rules, const QString &text)
{
    QString out;
    out.reserve(text.size());
    QString masked;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        switch (rules.check(line, line.trimmed(), &masked)) {
        case Compliance::VolatileRules::Verdict::Drop:
            continue;
        case Compliance::VolatileRules::Verdict::Masked:
            out += masked;
            break;
        case Compliance::VolatileRules::Verdict::Keep:
            out += line;
            break;
        }
        out += QLatin1Char('\n');
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace OpsDeck::Service
