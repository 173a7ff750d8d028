// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace OpsDeck::Compliance {

/// The outcome of one check on one device.
enum class CheckState {
    Compliant,
    NonCompliant,
    NotApplicable, ///< the check does not concern this device (scope, missing variable)
    Unknown,       ///< the check could not run (no backup yet, no version known)
};

/// How much a failed check matters, least first.
enum class Severity { Info, Minor, Major, Critical };

/// Stable lower-case names used in JSON and CSV: "compliant",
/// "non-compliant", "not-applicable", "unknown".
[[nodiscard]] QString stateName(CheckState state);
[[nodiscard]] std::optional<CheckState> stateFromName(QStringView name);

/// "info", "minor", "major", "critical".
[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromName(QStringView name);

/// The state that matters more for an overall verdict:
/// NonCompliant > Unknown > Compliant > NotApplicable.
[[nodiscard]] CheckState worseState(CheckState a, CheckState b);

/// One line a check points at. @p line is 1-based in the configuration it
/// comes from, 0 for a line that is missing from it; for a line missing
/// from a section, @p line and @p section name the section's first line.
struct Evidence
{
    int line = 0;
    QString text;
    QString section;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

} // namespace OpsDeck::Compliance
