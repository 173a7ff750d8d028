// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/compliance/compliancemarks.h"

#include <QCoreApplication>

namespace OpsDeck::Models {

namespace {

// The context is the namespace: that is where lupdate files the strings of
// these free functions.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OpsDeck::Models", text, disambiguation, n);
}

} // namespace

const DeviceComplianceMark *nonCompliantMark(const ComplianceMarks &marks, qint64 deviceId)
{
    const auto it = marks.constFind(deviceId);
    return it != marks.cend() && it->nonCompliant ? &*it : nullptr;
}

ComplianceRollup rollUpCompliance(const ComplianceMarks &marks, const QList<Domain::Device> &devices)
{
    ComplianceRollup rollup;
    if (marks.isEmpty())
        return rollup;
    // Children in bays often carry no rack: they are in their parent's.
    QHash<qint64, qint64> rackOf;
    for (const Domain::Device &d : devices)
        rackOf.insert(d.id, d.rackId);
    for (const Domain::Device &d : devices) {
        if (!nonCompliantMark(marks, d.id))
            continue;
        const qint64 rack = d.rackId != 0 ? d.rackId : rackOf.value(d.parentDeviceId);
        if (rack != 0)
            ++rollup.racks[rack];
        if (d.locationId != 0)
            ++rollup.locations[d.locationId];
        if (d.siteId != 0)
            ++rollup.sites[d.siteId];
    }
    return rollup;
}

QString complianceSeverityText(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("critical");
    if (severity == QLatin1String("major"))
        return tr("major");
    if (severity == QLatin1String("minor"))
        return tr("minor");
    if (severity == QLatin1String("info"))
        return tr("info");
    return severity;
}

QString complianceToolTip(const DeviceComplianceMark &mark)
{
    if (!mark.nonCompliant)
        return {};
    if (mark.failedChecks <= 0)
        return tr("Not compliant");
    if (mark.worstSeverity.isEmpty())
        return tr("Not compliant: %n failed check(s)", nullptr, mark.failedChecks);
    return tr("Not compliant: %n failed check(s) (worst: %1)", nullptr, mark.failedChecks)
        .arg(complianceSeverityText(mark.worstSeverity));
}

QString complianceGroupToolTip(int nonCompliantDevices)
{
    return nonCompliantDevices > 0 ? tr("%n device(s) not compliant", nullptr, nonCompliantDevices) : QString();
}

QColor complianceMarkColor()
{
    return QColor(0x7b, 0x1f, 0xa2);
}

QString complianceMarkGlyph()
{
    return QStringLiteral("≠");
}

} // namespace OpsDeck::Models
