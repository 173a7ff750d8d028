// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include "backend/compliance/complianceengine.h"
#include "backend/core/result.h"

namespace OpsDeck::Service {

/// One device of compliance.report (see ComplianceService): its overall
/// state, worst severity of the checks that fail, each rule, the drift and
/// the version check, the backup version read, and where the intended
/// configuration came from (or why there is none).
[[nodiscard]] QJsonObject deviceReportJson(const Compliance::DeviceReport &report, const Compliance::RuleSet &rules,
                                           int backupVersion, const QString &intendedSource,
                                           const QString &intendedProblem);

/// Why a device has no intended configuration, for people: the typed
/// render-config failures of NetBox::RenderConfigReply in a sentence.
[[nodiscard]] QString intendedProblemText(const Error &error);

/// @p text without the lines @p rules drop and with what they mask masked,
/// as the checks see it.
[[nodiscard]] QString withoutVolatile(const Compliance::VolatileRules &rules, const QString &text);

} // namespace OpsDeck::Service
