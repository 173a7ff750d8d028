// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/domain/devicelabels.h"
#include "backend/jobs/job.h"
#include "models/session/jobs/operationplan.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace OpsDeck::Widgets {

/// Sets up one operation on many devices for the service to run: back up
/// their configuration, run commands, or launch a workflow of the catalogue.
/// The devices are the console's selection, or every device matching a site,
/// role and tag chosen here (with the count that results). Asks for the
/// change ticket and, for commands, says whether they are read-only (run
/// without approval) or a configuration change (approval as the workspace's
/// policy requires). Targets carry no credential: the service completes them
/// from each device's SSH credential profile.
///
/// Does no I/O: Submit emits submitRequested() with the job request; the
/// wiring sends it and answers with handleSubmitted() (the dialog closes) or
/// handleSubmitFailed() (it says why and stays). GUI thread.
class OperationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsDialog)

public:
    explicit OperationsDialog(Models::OperationKind kind, QWidget *parent = nullptr);

    /// Every device of the workspace with its labels (the scope choices
    /// follow from them). Until this is called the dialog says it is loading.
    void setDevices(const QList<Domain::DeviceLabels> &devices);
    /// The devices selected in the console (by name); with none, the dialog
    /// starts on the scope.
    void setSelection(const QStringList &deviceNames);
    /// Starts on the scope of these labels (slugs; empty: any).
    void setScope(const Models::OperationScope &scope);
    void setRequester(const QString &user) { m_requester = user; }

    void setKind(Models::OperationKind kind);
    [[nodiscard]] Models::OperationKind kind() const;
    /// The devices the operation runs on now (those without an address included).
    [[nodiscard]] QList<Domain::DeviceLabels> targetDevices() const;
    [[nodiscard]] Models::OperationScope scope() const;
    /// What Submit sends, or why it cannot (translated).
    [[nodiscard]] Result<Jobs::JobRequest> request() const;

    void handleSubmitted(const Jobs::Job &job);
    void handleSubmitFailed(const QString &message);

    // For tests and the wiring.
    [[nodiscard]] QComboBox *operationBox() const { return m_operation; }
    [[nodiscard]] QRadioButton *selectionButton() const { return m_useSelection; }
    [[nodiscard]] QRadioButton *scopeButton() const { return m_useScope; }
    [[nodiscard]] QComboBox *siteBox() const { return m_site; }
    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QComboBox *tagBox() const { return m_tag; }
    [[nodiscard]] QLineEdit *ticketEdit() const { return m_ticket; }
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QPlainTextEdit *commandEdit() const { return m_commands; }
    [[nodiscard]] QComboBox *workflowBox() const { return m_workflow; }
    [[nodiscard]] QPlainTextEdit *workflowInputEdit() const { return m_workflowInput; }
    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString commandClassText() const;

signals:
    void submitRequested(const OpsDeck::Jobs::JobRequest &request);

private:
    QWidget *buildTargets();
    QWidget *buildPages();
    void fillScopeChoices();
    void refresh();
    void refreshCommandClass();
    void refreshWorkflow();
    void handleSubmit();
    [[nodiscard]] QString problem() const;
    [[nodiscard]] Models::OperationPlan plan() const;

    QList<Domain::DeviceLabels> m_devices;
    QStringList m_selection;
    QString m_requester;
    bool m_loaded = false;
    bool m_busy = false;

    QComboBox *m_operation = nullptr;
    QButtonGroup *m_targetMode = nullptr;
    QRadioButton *m_useSelection = nullptr;
    QRadioButton *m_useScope = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_targets = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QLabel *m_commandClass = nullptr;
    QComboBox *m_workflow = nullptr;
    QLabel *m_workflowText = nullptr;
    QPlainTextEdit *m_workflowInput = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace OpsDeck::Widgets
