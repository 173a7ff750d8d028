// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include <QString>

#include "backend/compliance/devicefacts.h"
#include "backend/compliance/drift.h"
#include "backend/compliance/evaluator.h"
#include "backend/compliance/ruleset.h"
#include "backend/compliance/versionpolicy.h"
#include "backend/compliance/volatilerules.h"

namespace OpsDeck::Compliance {

/// What the engine needs about one device.
struct DeviceInput
{
    DeviceFacts facts;
    /// The latest backup; absent means no backup yet (state Unknown).
    std::optional<QString> running;
    /// The intended configuration, when one is kept; absent skips drift.
    std::optional<QString> intended;
    /// The running software version (see VersionParser); empty = unknown.
    QString softwareVersion;
};

/// Every check on one device.
struct DeviceReport
{
    DeviceFacts facts;
    std::vector<RuleResult> rules;
    DriftResult drift;
    VersionCheck version;
    /// The worst state of all checks (see worseState()); Unknown with
    /// detail "no backup yet" without a running configuration.
    CheckState overall = CheckState::Unknown;
    QString detail;
};

/// Evaluates the compliance of many devices in parallel: rules, drift
/// against the intended configuration and software version, with the
/// volatile lines ignored. Holds its configuration by value; run() is
/// const and may be called from several threads. run() blocks: call it
/// from a worker thread (a job or the service), never the GUI thread.
class ComplianceEngine final
{
public:
    ComplianceEngine(RuleSet rules, VolatileRules volatileRules, VersionPolicy versions);

    /// One device, on the calling thread.
    [[nodiscard]] DeviceReport evaluate(const DeviceInput &device) const;

    /// Called with the number of devices done and the total; from worker
    /// threads, one call at a time.
    using Progress = std::function<void(int done, int total)>;

    /// All devices on @p threads threads (0: one per core), reports in the
    /// order of @p devices. When @p cancel becomes true, devices not yet
    /// started report Unknown with detail "cancelled".
    [[nodiscard]] std::vector<DeviceReport> run(const std::vector<DeviceInput> &devices, const Progress &progress = {},
                                                const std::atomic_bool *cancel = nullptr, int threads = 0) const;

    [[nodiscard]] const RuleSet &rules() const { return m_rules; }
    [[nodiscard]] const VolatileRules &volatileRules() const { return m_volatile; }
    [[nodiscard]] const VersionPolicy &versions() const { return m_versions; }

private:
    RuleSet m_rules;
    VolatileRules m_volatile;
    VersionPolicy m_versions;
};

} // namespace OpsDeck::Compliance
