// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "backend/compliance/compliancetypes.h"

namespace OpsDeck::Compliance {

class ConfigIndex;
class VolatileRules;

/// How a running configuration differs from the intended one, volatile
/// lines aside.
struct DriftResult
{
    /// Compliant when equal, NonCompliant when not, NotApplicable without
    /// an intended configuration, Unknown without a running one.
    CheckState state = CheckState::NotApplicable;
    int added = 0;   ///< running lines that are not intended
    int removed = 0; ///< intended lines missing from running
    /// "--- intended" / "+++ running" unified diff, 3 lines of context.
    QString unifiedDiff;
    QList<Evidence> missing; ///< intended lines absent, numbered in the intended text
    QList<Evidence> extra;   ///< running lines not intended, numbered in the running text
    QString detail;
};

/// Drift between intended and running configurations, and the lines that
/// would converge them. Lines compare with their indentation, trailing
/// blanks and volatile lines ignored. Pure; any thread.
class Drift final
{
public:
    Drift() = delete;

    [[nodiscard]] static DriftResult compare(const QString &intended, const QString &running,
                                             const VolatileRules &rules);
    [[nodiscard]] static DriftResult compare(const ConfigIndex &intended, const ConfigIndex &running);

    /// Configuration lines to push so that running converges on intended,
    /// deliberately simple:
    /// - first "no <line>" for each top-level running line that is not
    ///   intended (a section goes with its first line); running lines that
    ///   already start with "no " and nested extra lines are not undone;
    /// - then every intended line missing from running, in intended order,
    ///   each nested one preceded by its parent lines (once) so it lands in
    ///   the right section.
    /// It knows no platform syntax: commands that replace a value (such as
    /// "hostname") are fine, lists whose order matters (ACL entries) may
    /// need a human.
    [[nodiscard]] static QStringList remediationLines(const ConfigIndex &intended, const ConfigIndex &running);
    [[nodiscard]] static QStringList remediationLines(const QString &intended, const QString &running,
                                                      const VolatileRules &rules);
};

} // namespace OpsDeck::Compliance
