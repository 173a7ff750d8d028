// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "backend/core/result.h"
#include "backend/jobs/job.h"
#include "models/jobs/jobstyle.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace OpsDeck::Models {
class JobTableModel;
}

namespace OpsDeck::Widgets {

/// One job in full: what, on which targets, who asked and who approved, its
/// steps, their output and the unified diffs it produced (coloured), with
/// Approve and Cancel buttons enabled as the job's state and the approval
/// policy allow. A refused action is explained in an inline message. Stays
/// current from the model's events. Holds a non-owning pointer to the
/// model. GUI thread.
class JobDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsPane)

public:
    explicit JobDetailsPane(QWidget *parent = nullptr);

    void setModel(Models::JobTableModel *model);
    /// Shows the job @p jobId (empty: none) and loads its details.
    void showJob(const QString &jobId);
    [[nodiscard]] QString jobId() const { return m_jobId; }

    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QTreeWidget *stepsView() const { return m_steps; }
    /// One row per target device with where it stands (multi-device jobs and workflows).
    [[nodiscard]] QTreeWidget *targetsView() const { return m_targets; }
    [[nodiscard]] QPlainTextEdit *outputView() const { return m_output; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// The approval line ("Approved by bob at ...").
    [[nodiscard]] QString approvalText() const;
    /// The inline message of a refused action, empty when hidden.
    [[nodiscard]] QString messageText() const;

signals:
    /// Full details of the shown job arrived and are on screen.
    void detailsShown(const QString &jobId);

private:
    void refreshSummary();
    void showDetails(const Jobs::Job &job);
    void showTargets(const Jobs::Job &job);
    void showMessage(const QString &text);
    void handleActionFailed(const QString &jobId, Models::JobAction action, const Error &error);
    void handleActionSucceeded(const QString &jobId, Models::JobAction action);
    void requestDetails();

    QPointer<Models::JobTableModel> m_model;
    QString m_jobId;
    QTimer m_detailsTimer;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_approvals = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_steps = nullptr;
    QTreeWidget *m_targets = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPlainTextEdit *m_diff = nullptr;
};

} // namespace OpsDeck::Widgets
