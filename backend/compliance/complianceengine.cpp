// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/complianceengine.h"

#include <algorithm>
#include <mutex>
#include <thread>

#include "backend/compliance/configindex.h"

namespace OpsDeck::Compliance {

ComplianceEngine::ComplianceEngine(RuleSet rules, VolatileRules volatileRules, VersionPolicy versions)
    : m_rules(std::move(rules))
    , m_volatile(std::move(volatileRules))
    , m_versions(std::move(versions))
{}

DeviceReport ComplianceEngine::evaluate(const DeviceInput &device) const
{
    DeviceReport report;
    report.facts = device.facts;
    report.version = m_versions.check(device.facts, device.softwareVersion);
    if (!device.running) {
        report.overall = CheckState::Unknown;
        report.detail = QStringLiteral("no backup yet");
        report.drift.state = CheckState::Unknown;
        report.drift.detail = report.detail;
        for (const RuleSet::Compiled &c : m_rules.compiled())
            report.rules.push_back({c.rule.id, CheckState::Unknown, c.rule.severity, {}, report.detail});
        return report;
    }
    const ConfigIndex running(*device.running, m_volatile);
    report.rules = Evaluator::evaluate(running, device.facts, m_rules);
    if (device.intended) {
        // Drift compares lines only: no lookup tables for the intended text.
        report.drift =
            Drift::compare(ConfigIndex(*device.intended, m_volatile, ConfigIndex::Detail::LinesOnly), running);
    } else {
        report.drift.state = CheckState::NotApplicable;
        report.drift.detail = QStringLiteral("no intended configuration");
    }
    CheckState overall = CheckState::NotApplicable;
    int failed = 0;
    for (const RuleResult &r : report.rules) {
        overall = worseState(overall, r.state);
        failed += r.state == CheckState::NonCompliant ? 1 : 0;
    }
    overall = worseState(overall, report.drift.state);
    overall = worseState(overall, report.version.state);
    report.overall = overall;
    report.detail = QString::number(failed) + u" of " + QString::number(report.rules.size()) + u" rules failed";
    return report;
}

std::vector<DeviceReport> ComplianceEngine::run(const std::vector<DeviceInput> &devices, const Progress &progress,
                                                const std::atomic_bool *cancel, int threads) const
{
    const int total = int(devices.size());
    std::vector<DeviceReport> reports(devices.size());
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, std::max(1, total));
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::mutex progressMutex;
    // Devices are handed out one at a time: configurations differ in size,
    // so fixed slices would leave threads idle at the end.
    const auto work = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= total)
                return;
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                reports[size_t(i)].facts = devices[size_t(i)].facts;
                reports[size_t(i)].overall = CheckState::Unknown;
                reports[size_t(i)].detail = QStringLiteral("cancelled");
            } else {
                reports[size_t(i)] = evaluate(devices[size_t(i)]);
            }
            const int finished = done.fetch_add(1) + 1;
            if (progress) {
                const std::lock_guard lock(progressMutex);
                progress(finished, total);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return reports;
}

} // namespace OpsDeck::Compliance
