// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QList>
#include <QString>

#include "backend/compliance/compliancetypes.h"

namespace OpsDeck::Compliance {

class ConfigIndex;
class RuleSet;
struct DeviceFacts;

/// The outcome of one rule on one device.
struct RuleResult
{
    QString ruleId;
    CheckState state = CheckState::Unknown;
    Severity severity = Severity::Major;
    /// Offending lines (must-not-contain), missing lines (must-contain,
    /// line 0) or, for sections, the section's first line with the child
    /// line it lacks or holds. At most Evaluator::kMaxEvidence entries.
    QList<Evidence> evidence;
    /// A short technical sentence: "3 of 12 required lines missing".
    QString detail;
};

/// Runs a RuleSet over one indexed configuration. Literal patterns are hash
/// lookups; expressions run only on candidate lines. Pure; any thread.
class Evaluator final
{
public:
    Evaluator() = delete;

    static constexpr int kMaxEvidence = 50;

    /// One result per rule of @p rules, in order.
    [[nodiscard]] static std::vector<RuleResult> evaluate(const ConfigIndex &config, const DeviceFacts &facts,
                                                          const RuleSet &rules);
};

} // namespace OpsDeck::Compliance
