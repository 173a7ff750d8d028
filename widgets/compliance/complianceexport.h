// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "models/session/compliance/compliancesession.h"

namespace OpsDeck::Widgets {

/// The compliance report written to a file: CSV (one row per check, as
/// opsdeck-cli compliance report writes it) or a PDF for people (the
/// summary by site, then every device that is not compliant with its failed
/// checks, the lines they point at and its upgrade path). GUI thread (the
/// PDF needs fonts).
namespace ComplianceExport {

[[nodiscard]] bool writeCsv(const QString &path, const QList<Models::DeviceCompliance> &devices,
                            QString *error = nullptr);
[[nodiscard]] bool writePdf(const QString &path, const QList<Models::DeviceCompliance> &devices,
                            const QDateTime &evaluatedAt, QString *error = nullptr);
/// The HTML the PDF is printed from.
[[nodiscard]] QString reportHtml(const QList<Models::DeviceCompliance> &devices, const QDateTime &evaluatedAt);

} // namespace ComplianceExport

} // namespace OpsDeck::Widgets
