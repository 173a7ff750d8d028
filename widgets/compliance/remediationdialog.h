// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace OpsDeck::Widgets {

/// Pushing the lines that converge a device on its intended configuration:
/// the lines (which the operator may edit), a ticket reference, Dry Run
/// (the device's configuration as it would be after them, as a diff, from
/// the service) and Push (the job goes through the policy gate: approval,
/// push, verification, roll back when the device does not take them).
/// The dialog only asks: whoever owns it submits and reports back. GUI thread.
class RemediationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationDialog)

public:
    RemediationDialog(const QString &device, const QStringList &lines, QWidget *parent = nullptr);
    ~RemediationDialog() override;

    [[nodiscard]] QString device() const { return m_device; }
    /// The lines as edited, blank lines left out.
    [[nodiscard]] QStringList lines() const;
    [[nodiscard]] QString ticket() const;
    [[nodiscard]] QPlainTextEdit *planView() const { return m_plan; }
    [[nodiscard]] QPushButton *dryRunButton() const { return m_dryRun; }
    [[nodiscard]] QPushButton *pushButton() const { return m_push; }
    [[nodiscard]] QString statusText() const;

    /// A dry run (job @p jobId) is under way.
    void showDryRunSubmitted(const QString &jobId);
    /// What the dry run planned (a unified diff; empty: nothing would change).
    void showPlan(const QString &diff);
    /// The push was submitted as @p jobId.
    void showPushSubmitted(const QString &jobId);
    void showProblem(const QString &text);

signals:
    void dryRunRequested(const QString &device, const QStringList &lines, const QString &ticket);
    void pushRequested(const QString &device, const QStringList &lines, const QString &ticket);

private:
    void setStatus(const QString &text, bool problem);

    QString m_device;
    QPlainTextEdit *m_lines;
    QLineEdit *m_ticket;
    QPlainTextEdit *m_plan;
    QLabel *m_status;
    QPushButton *m_dryRun;
    QPushButton *m_push;
    QStringList m_planned; ///< the lines the shown plan is for
};

} // namespace OpsDeck::Widgets
