// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QMap>
#include <QString>

#include "backend/compliance/compliancetypes.h"

namespace OpsDeck::Compliance {

struct DeviceReport;

/// Tables of an estate's compliance reports: a CSV export and counts per
/// site and per check. Pure functions; any thread.
class ComplianceReport final
{
public:
    ComplianceReport() = delete;

    struct Counts
    {
        int compliant = 0;
        int nonCompliant = 0;
        int notApplicable = 0;
        int unknown = 0;

        void add(CheckState state);
        [[nodiscard]] int total() const { return compliant + nonCompliant + notApplicable + unknown; }
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    struct Summary
    {
        Counts devices;                ///< overall state per device
        QMap<QString, Counts> bySite;  ///< overall state per device, by site
        QMap<QString, Counts> byCheck; ///< per rule id, "drift" and "version"
    };

    /// "device,site,role,check,state,severity,detail" then one row per
    /// device and check (rule ids, "drift", "version"), RFC 4180 quoting
    /// and CRLF line ends.
    [[nodiscard]] static QString csv(const std::vector<DeviceReport> &reports);

    [[nodiscard]] static Summary summarize(const std::vector<DeviceReport> &reports);

    /// @p field quoted when it holds a comma, quote, CR or LF.
    [[nodiscard]] static QString csvField(const QString &field);
};

} // namespace OpsDeck::Compliance
