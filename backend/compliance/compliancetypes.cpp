// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/compliancetypes.h"

namespace OpsDeck::Compliance {

namespace {

int rank(CheckState state)
{
    switch (state) {
    case CheckState::NotApplicable:
        return 0;
    case CheckState::Compliant:
        return 1;
    case CheckState::Unknown:
        return 2;
    case CheckState::NonCompliant:
        return 3;
    }
    return 0;
}

} // namespace

QString stateName(CheckState state)
{
    switch (state) {
    case CheckState::Compliant:
        return QStringLiteral("compliant");
    case CheckState::NonCompliant:
        return QStringLiteral("non-compliant");
    case CheckState::NotApplicable:
        return QStringLiteral("not-applicable");
    case CheckState::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<CheckState> stateFromName(QStringView name)
{
    for (const CheckState s :
         {CheckState::Compliant, CheckState::NonCompliant, CheckState::NotApplicable, CheckState::Unknown}) {
        if (name.compare(stateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::Major:
        return QStringLiteral("major");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (const Severity s : {Severity::Info, Severity::Minor, Severity::Major, Severity::Critical}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

CheckState worseState(CheckState a, CheckState b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace OpsDeck::Compliance
