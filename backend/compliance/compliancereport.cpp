// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/compliancereport.h"

#include "backend/compliance/complianceengine.h"

namespace OpsDeck::Compliance {

namespace {

void appendRow(QString &out, const DeviceReport &r, const QString &check, CheckState state, Severity severity,
               const QString &detail)
{
    const QString fields[] = {r.facts.name,     r.facts.site,           r.facts.role, check,
                              stateName(state), severityName(severity), detail};
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            out += QLatin1Char(',');
        out += ComplianceReport::csvField(f);
        first = false;
    }
    out += QLatin1String("\r\n");
}

} // namespace

void ComplianceReport::Counts::add(CheckState state)
{
    switch (state) {
    case CheckState::Compliant:
        ++compliant;
        break;
    case CheckState::NonCompliant:
        ++nonCompliant;
        break;
    case CheckState::NotApplicable:
        ++notApplicable;
        break;
    case CheckState::Unknown:
        ++unknown;
        break;
    }
}

QString ComplianceReport::csvField(const QString &field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString ComplianceReport::csv(const std::vector<DeviceReport> &reports)
{
    QString out = QStringLiteral("device,site,role,check,state,severity,detail\r\n");
    for (const DeviceReport &r : reports) {
        for (const RuleResult &rule : r.rules)
            appendRow(out, r, rule.ruleId, rule.state, rule.severity, rule.detail);
        appendRow(out, r, QStringLiteral("drift"), r.drift.state, Severity::Major, r.drift.detail);
        appendRow(out, r, QStringLiteral("version"), r.version.state, r.version.severity, r.version.detail);
    }
    return out;
}

ComplianceReport::Summary ComplianceReport::summarize(const std::vector<DeviceReport> &reports)
{
    Summary s;
    for (const DeviceReport &r : reports) {
        s.devices.add(r.overall);
        s.bySite[r.facts.site].add(r.overall);
        for (const RuleResult &rule : r.rules)
            s.byCheck[rule.ruleId].add(rule.state);
        s.byCheck[QStringLiteral("drift")].add(r.drift.state);
        s.byCheck[QStringLiteral("version")].add(r.version.state);
    }
    return s;
}

} // namespace OpsDeck::Compliance
