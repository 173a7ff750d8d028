// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace OpsDeck::Models {
class ComplianceSession;
class JobServiceConnection;
class JobTableModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {
class ComplianceView;
class ConsoleShell;
class RemediationDialog;
} // namespace OpsDeck::Widgets

namespace OpsDeck::Console {

/// The console's compliance: the session with the service (its latest report
/// serves the badges too), View › Compliance (a tab with the report, each
/// device's checks and drift), Tools › Check Compliance Now, and the
/// remediation of a device's drift (dry run, then a push the jobs dock
/// follows). A child of the workspace features; GUI thread.
class ComplianceFeature final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceFeature)

public:
    /// @p jobs (may be null) is the jobs dock's model: a dry run's plan is read from its job there.
    ComplianceFeature(Widgets::ConsoleShell *shell, Models::JobServiceConnection *connection,
                      Models::JobTableModel *jobs, QObject *parent);
    ~ComplianceFeature() override;

    [[nodiscard]] Models::ComplianceSession *session() const { return m_session; }
    [[nodiscard]] QAction *showAction() const { return m_showAction; }
    [[nodiscard]] QAction *runAction() const { return m_runAction; }

    /// Opens (or raises) the Compliance tab, on @p device when given.
    Widgets::ComplianceView *showTab(const QString &device = {});
    /// Opens the remediation of @p device with @p lines.
    Widgets::RemediationDialog *remediate(const QString &device, const QStringList &lines);

signals:
    /// Go to the device named @p device.
    void deviceRequested(const QString &device);
    /// Show job @p jobId in the jobs dock.
    void jobRequested(const QString &jobId);

private:
    void handleSubmitted(const QString &device, const QString &jobId, bool dryRun);

    Widgets::ConsoleShell *m_shell;
    Models::ComplianceSession *m_session;
    Models::JobTableModel *m_jobs;
    QPointer<Widgets::RemediationDialog> m_remediation;
    QString m_dryRunJob; ///< the dry run whose plan the dialog waits for
    QAction *m_showAction;
    QAction *m_runAction;
    QPointer<Widgets::ComplianceView> m_view;
};

} // namespace OpsDeck::Console
