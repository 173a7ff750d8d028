// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "backend/core/result.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// How a device, or one check of it, stands.
enum class ComplianceState { Unknown, Compliant, NonCompliant, NotApplicable };

[[nodiscard]] ComplianceState complianceStateFromString(const QString &text);
[[nodiscard]] QString toString(ComplianceState state);

/// A line of a configuration a check points at (1-based; 0: a line that is missing).
struct ComplianceEvidence
{
    int line = 0;
    QString text;
};

/// One check of a device: a rule of the rule set ("rule"), the drift from
/// its intended configuration ("drift") or its software version ("version").
struct ComplianceCheck
{
    QString id;   ///< "rule:<id>", "drift", "version"
    QString kind; ///< "rule", "drift", "version"
    QString name;
    ComplianceState state = ComplianceState::Unknown;
    QString severity; ///< critical, major, minor, info
    QString detail;
    QList<ComplianceEvidence> evidence;

    [[nodiscard]] static ComplianceCheck fromJson(const QJsonObject &json);
};

/// A device's compliance as the service evaluated it last.
struct DeviceCompliance
{
    QString device;
    QString site;
    QString role;
    QString platform;
    ComplianceState state = ComplianceState::Unknown;
    QString worstSeverity; ///< of the checks that fail; empty when none fails
    QList<ComplianceCheck> checks;
    int backupVersion = 0; ///< the backup the rules and drift read; 0: none yet
    QString runningVersion;
    QString targetVersion;
    QStringList upgradePath;
    bool hasIntended = false; ///< an intended configuration was compared
    int driftAdded = 0;       ///< intended lines missing in the running configuration
    int driftRemoved = 0;     ///< running lines that are not intended
    QJsonObject json;         ///< as the service wrote it, for exports

    [[nodiscard]] int failedChecks() const;
    [[nodiscard]] static DeviceCompliance fromJson(const QJsonObject &json);
};

/// The estate's compliance (compliance.report).
struct ComplianceReport
{
    QDateTime evaluatedAt; ///< UTC; invalid before the first evaluation
    bool running = false;  ///< an evaluation is under way
    QList<DeviceCompliance> devices;
    QStringList problems; ///< the configuration's problems the service reported (rules it could not read ...)

    [[nodiscard]] int count(ComplianceState state) const;
    [[nodiscard]] static ComplianceReport fromJson(const QJsonObject &json);
};

/// A device's running configuration against its intended one (compliance.drift).
struct DriftDetail
{
    QString device;
    QString source; ///< where the intended configuration came from, e.g. "NetBox render-config"
    QString intended;
    QString running;
    int backupVersion = 0;
    QStringList remediation; ///< configuration lines that would converge it
    QString problem;         ///< why there is no intended configuration, when there is none

    [[nodiscard]] static DriftDetail fromJson(const QJsonObject &json);
};

enum class ComplianceRequest { Report, Run, Drift, Remediate };

/// The console's view of the service's compliance evaluation (rule sets,
/// drift from the intended configuration, software versions):
/// compliance.report, compliance.run and compliance.drift over the
/// workspace's service connection, and the "compliance" topic, whose
/// "progress" events report a run and whose "finished" event has the report
/// asked for again. Every request ends in exactly one signal.
///
/// Keeps the latest report, so badges can ask for a device's state at any
/// time. Does not own the connection. GUI thread.
class ComplianceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceSession)

public:
    explicit ComplianceSession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~ComplianceSession() override;

    [[nodiscard]] bool isAvailable() const;
    /// The latest report (empty before the first answer).
    [[nodiscard]] const ComplianceReport &report() const { return m_report; }
    /// The compliance of @p device in the latest report, or null.
    [[nodiscard]] const DeviceCompliance *device(const QString &name) const;

    void requestReport();
    /// Asks the service to evaluate @p devices (every device when empty) now.
    void run(const QStringList &devices = {});
    void requestDrift(const QString &device);
    /// Asks the service to push @p lines to @p device (compliance.remediate):
    /// a dry run, or the push itself through the policy gate. @p ticket
    /// (may be empty) goes with the job.
    void remediate(const QString &device, const QStringList &lines, bool dryRun, const QString &ticket = {});

    /// One translated sentence for a failed request.
    [[nodiscard]] static QString errorText(ComplianceRequest request, const Error &error);

signals:
    void reportLoaded(const OpsDeck::Models::ComplianceReport &report);
    void runStarted();
    /// An evaluation under way has done @p done of @p total devices.
    void runProgress(int done, int total);
    void driftLoaded(const OpsDeck::Models::DriftDetail &drift);
    /// The service took the remediation job @p jobId for @p device.
    void remediationSubmitted(const QString &device, const QString &jobId, bool dryRun);
    void failed(OpsDeck::Models::ComplianceRequest request, const OpsDeck::Error &error);
    void availabilityChanged(bool available);

private:
    void handleStateChanged();
    void handleEvent(const QString &topic, const QJsonObject &data);
    template<typename Handler>
    void call(ComplianceRequest request, const QString &method, const QJsonObject &params, Handler handler);

    QPointer<JobServiceConnection> m_connection;
    ComplianceReport m_report;
    QHash<QString, int> m_index; ///< device -> position in m_report.devices
    bool m_available = false;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::ComplianceReport)
Q_DECLARE_METATYPE(OpsDeck::Models::DriftDetail)
