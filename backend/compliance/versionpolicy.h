// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "backend/compliance/compliancetypes.h"

namespace OpsDeck::Compliance {

struct DeviceFacts;

/// The outcome of a software version check.
struct VersionCheck
{
    /// Compliant at or above target; NonCompliant below it; Unknown without
    /// a running version; NotApplicable without a target for the device.
    CheckState state = CheckState::NotApplicable;
    /// Critical below the minimum, Minor below the target only.
    Severity severity = Severity::Info;
    QString running;
    QString target;
    /// The versions still to install, in order, ending with the target.
    QStringList path;
    QString detail;
};

/// Software version targets per platform and optionally role: the version
/// to run, a minimum below which a device is critical, and the upgrade path
/// (intermediate versions that must be installed on the way). Versions
/// compare by natural segments: 15.2(4)M3 < 15.2(7)E, 4.20.5F < 4.28.0F,
/// 18.4R3-S2 < 20.4R3. A value; const use from any thread.
class VersionPolicy final
{
public:
    struct Target
    {
        QString platform;
        QString role; ///< empty: every role of the platform
        QString target;
        QString minimum; ///< optional
        QStringList upgradePath;

        friend bool operator==(const Target &, const Target &) = default;
    };

    void addTarget(const Target &target) { m_targets.push_back(target); }
    [[nodiscard]] const std::vector<Target> &targets() const { return m_targets; }

    /// The target for @p facts (platform and role both matching beat the
    /// platform alone; names compare case-insensitively), or nullptr.
    [[nodiscard]] const Target *targetFor(const DeviceFacts &facts) const;

    [[nodiscard]] VersionCheck check(const DeviceFacts &facts, const QString &runningVersion) const;

    /// Negative, zero or positive as @p a is older than, equal to or newer
    /// than @p b. Digit runs compare as numbers, letter runs
    /// case-insensitively; separators only split; a number sorts after
    /// letters; a version that is a prefix of the other is older.
    [[nodiscard]] static int compareVersions(QStringView a, QStringView b);

    /// {"targets": [{"platform", "role", "target", "minimum",
    /// "upgrade_path": [...]}]}.
    [[nodiscard]] QJsonObject toJson() const;
    /// Bad entries are skipped with errors like `targets[1]: "target":
    /// missing` in @p errors; the others load.
    [[nodiscard]] static VersionPolicy fromJson(const QJsonObject &json, QStringList *errors = nullptr);

private:
    std::vector<Target> m_targets;
};

} // namespace OpsDeck::Compliance
