// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/evaluator.h"

#include <algorithm>

#include "backend/compliance/configindex.h"
#include "backend/compliance/devicefacts.h"
#include "backend/compliance/ruleset.h"

namespace OpsDeck::Compliance {

namespace {

void addEvidence(RuleResult &r, Evidence e)
{
    if (r.evidence.size() < Evaluator::kMaxEvidence)
        r.evidence.append(std::move(e));
}

// Expands every pattern of @p list; false (with the result set to
// NotApplicable) when a variable has no value.
bool expandAll(const std::vector<PatternMatcher> &list, const DeviceFacts &facts, RuleResult &r,
               std::vector<PatternMatcher> &out)
{
    for (const PatternMatcher &p : list) {
        QString missing;
        std::vector<PatternMatcher> concrete = p.expand(facts, &missing);
        if (!missing.isEmpty()) {
            r.state = CheckState::NotApplicable;
            r.detail = QStringLiteral("no value for {%1}").arg(missing);
            return false;
        }
        for (PatternMatcher &c : concrete)
            out.push_back(std::move(c));
    }
    return true;
}

void mustContain(const ConfigIndex &config, const std::vector<PatternMatcher> &patterns, RuleResult &r)
{
    std::vector<int> hits;
    int missing = 0;
    for (const PatternMatcher &p : patterns) {
        hits.clear();
        p.find(config, 0, config.size(), hits, true);
        if (hits.empty()) {
            ++missing;
            addEvidence(r, {0, p.display(), QString()});
        }
    }
    r.state = missing ? CheckState::NonCompliant : CheckState::Compliant;
    // Built without QString::arg(): this runs for every rule of every device.
    const QString total = QString::number(patterns.size());
    if (missing)
        r.detail = QString::number(missing) + u" of " + total + u" required lines missing";
    else
        r.detail = total + u" required lines present";
}

void mustNotContain(const ConfigIndex &config, const std::vector<PatternMatcher> &patterns, RuleResult &r)
{
    std::vector<int> hits;
    for (const PatternMatcher &p : patterns)
        p.find(config, 0, config.size(), hits);
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    for (const int i : hits)
        addEvidence(r, {config.lineNumber(i), config.line(i).toString(), QString()});
    r.state = hits.empty() ? CheckState::Compliant : CheckState::NonCompliant;
    if (hits.empty())
        r.detail = QStringLiteral("no forbidden line");
    else
        r.detail = QString::number(hits.size()) + u" forbidden lines present";
}

void sectionMatch(const ConfigIndex &config, const std::vector<PatternMatcher> &parents,
                  const std::vector<PatternMatcher> &required, const std::vector<PatternMatcher> &forbidden,
                  const QString &parentPattern, RuleResult &r)
{
    std::vector<int> heads;
    for (const PatternMatcher &p : parents)
        p.find(config, 0, config.size(), heads);
    std::sort(heads.begin(), heads.end());
    heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
    if (heads.empty()) {
        r.state = CheckState::NotApplicable;
        r.detail = QStringLiteral("no section matches %1").arg(parentPattern);
        return;
    }
    int failing = 0;
    std::vector<int> hits;
    for (const int head : heads) {
        const int from = head + 1;
        const int to = config.sectionEnd(head);
        bool ok = true;
        for (const PatternMatcher &p : required) {
            hits.clear();
            p.find(config, from, to, hits, true);
            if (hits.empty()) {
                ok = false;
                addEvidence(r, {config.lineNumber(head), p.display(), config.line(head).toString()});
            }
        }
        for (const PatternMatcher &p : forbidden) {
            hits.clear();
            p.find(config, from, to, hits);
            for (const int i : hits)
                addEvidence(r, {config.lineNumber(i), config.line(i).toString(), config.line(head).toString()});
            ok = ok && hits.empty();
        }
        failing += ok ? 0 : 1;
    }
    r.state = failing ? CheckState::NonCompliant : CheckState::Compliant;
    const QString total = QString::number(heads.size());
    if (failing)
        r.detail = QString::number(failing) + u" of " + total + u" sections fail";
    else
        r.detail = total + u" sections conform";
}

} // namespace

std::vector<RuleResult> Evaluator::evaluate(const ConfigIndex &config, const DeviceFacts &facts, const RuleSet &rules)
{
    std::vector<RuleResult> results;
    results.reserve(size_t(rules.size()));
    for (const RuleSet::Compiled &c : rules.compiled()) {
        RuleResult r;
        r.ruleId = c.rule.id;
        r.severity = c.rule.severity;
        if (!c.rule.scope.contains(facts)) {
            r.state = CheckState::NotApplicable;
            r.detail = QStringLiteral("device outside the rule's scope");
            results.push_back(std::move(r));
            continue;
        }
        std::vector<PatternMatcher> patterns;
        if (!expandAll({c.pattern}, facts, r, patterns)) {
            results.push_back(std::move(r));
            continue;
        }
        switch (c.rule.kind) {
        case Rule::Kind::MustContain:
            mustContain(config, patterns, r);
            break;
        case Rule::Kind::MustNotContain:
            mustNotContain(config, patterns, r);
            break;
        case Rule::Kind::SectionMatch: {
            std::vector<PatternMatcher> required;
            std::vector<PatternMatcher> forbidden;
            if (expandAll(c.childrenMustContain, facts, r, required) &&
                expandAll(c.childrenMustNotContain, facts, r, forbidden))
                sectionMatch(config, patterns, required, forbidden, c.rule.pattern, r);
            break;
        }
        }
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace OpsDeck::Compliance
