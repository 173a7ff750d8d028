// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// What the configuration compliance checker found on one device.
struct DeviceComplianceMark
{
    bool nonCompliant = false;
    int failedChecks = 0;
    QString worstSeverity; ///< "critical", "major", "minor", "info" or empty
};

/// Compliance by device id; only the devices that were checked.
using ComplianceMarks = QHash<qint64, DeviceComplianceMark>;

/// How many non-compliant devices each rack, location and site holds, for
/// the marks of the navigation tree. Containers without any are left out.
struct ComplianceRollup
{
    QHash<qint64, int> racks;
    QHash<qint64, int> locations;
    QHash<qint64, int> sites;

    bool operator==(const ComplianceRollup &) const = default;
};

/// The mark of @p deviceId when it is not compliant, else null (compliant
/// or not checked). The pointer is valid while @p marks is unchanged.
[[nodiscard]] const DeviceComplianceMark *nonCompliantMark(const ComplianceMarks &marks, qint64 deviceId);

/// Counts the non-compliant devices of @p devices (the inventory) per rack,
/// location and site. A device in a bay without a rack of its own counts for
/// its parent's rack. Marks of devices not in @p devices are ignored.
[[nodiscard]] ComplianceRollup rollUpCompliance(const ComplianceMarks &marks, const QList<Domain::Device> &devices);

/// Translated tooltip line of a device: "Not compliant: 3 failed checks
/// (worst: critical)"; empty for a compliant device.
[[nodiscard]] QString complianceToolTip(const DeviceComplianceMark &mark);
/// Translated tooltip line of a rack, location or site: "2 devices not compliant".
[[nodiscard]] QString complianceGroupToolTip(int nonCompliantDevices);
/// Translated name of a checker severity ("critical" -> "Critical"); other
/// values as they are.
[[nodiscard]] QString complianceSeverityText(const QString &severity);

/// The colour of the non-compliance mark in every view: a violet none of
/// the alarm severities uses (see alarmSeverityColor()), so the two marks
/// never read as one; white text is legible on it.
[[nodiscard]] QColor complianceMarkColor();
/// The glyph of the non-compliance mark ("≠": the configuration differs
/// from what the checks expect).
[[nodiscard]] QString complianceMarkGlyph();

} // namespace OpsDeck::Models
