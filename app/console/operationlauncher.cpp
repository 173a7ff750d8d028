// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/operationlauncher.h"

#include <QPointer>

#include "app/console/workspacefeatures.h"
#include "backend/store/store.h"
#include "models/jobs/jobstyle.h"
#include "models/jobs/jobtablemodel.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/console/mainwindow.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/jobs/operationsdialog.h"

namespace OpsDeck::Console {

namespace {

/// The snapshot's devices as labels, for when the store cannot be read
/// (no tags, no slugs: the scope offers sites and roles by name).
QList<Domain::DeviceLabels> snapshotLabels(const Models::InventorySnapshot &snapshot)
{
    QList<Domain::DeviceLabels> out;
    for (const Domain::Device &d : snapshot.devices) {
        Domain::DeviceLabels l;
        l.deviceId = d.id;
        l.device = d.name;
        l.primaryIp = d.primaryIp;
        l.siteName = d.siteName;
        l.roleName = d.roleName;
        out << l;
    }
    return out;
}

} // namespace

OperationLauncher::OperationLauncher(Widgets::MainWindow *window, WorkspaceFeatures *features, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_features(features)
{
    connect(window, &Widgets::MainWindow::operationRequested, this,
            [this](Models::OperationKind kind, const QList<Domain::Device> &devices,
                   const Models::OperationScope &scope) { open(kind, devices, scope); });
}

Widgets::OperationsDialog *OperationLauncher::open(Models::OperationKind kind, const QList<Domain::Device> &devices,
                                                   const Models::OperationScope &scope)
{
    auto *dialog = new Widgets::OperationsDialog(kind, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequester(m_features->jobsDock()->model()->userName());
    QStringList names;
    for (const Domain::Device &d : devices)
        names << d.name;
    dialog->setSelection(names);
    const auto loaded = [dialog, scope](const QList<Domain::DeviceLabels> &labels) {
        dialog->setDevices(labels);
        if (!scope.isEmpty())
            dialog->setScope(scope);
    };
    Models::InventoryService *inventory = m_window->inventoryService();
    if (inventory && inventory->isOpen()) {
        const QList<Domain::DeviceLabels> fallback = snapshotLabels(inventory->snapshot());
        inventory->withStore(dialog, [loaded, fallback](Store::Store &store) -> std::function<void()> {
            auto labels = store.deviceLabels();
            const QList<Domain::DeviceLabels> found = labels ? *labels : fallback;
            return [loaded, found] { loaded(found); };
        });
    } else {
        loaded({});
    }
    connect(dialog, &Widgets::OperationsDialog::submitRequested, this,
            [this, dialog](const Jobs::JobRequest &request) { submit(dialog, request); });
    dialog->show();
    return dialog;
}

void OperationLauncher::submit(Widgets::OperationsDialog *dialog, const Jobs::JobRequest &request)
{
    Models::JobTableModel *model = m_features->jobsDock()->model();
    const QString key = request.idempotencyKey;
    const QPointer<Widgets::OperationsDialog> target = dialog;
    // One answer per submission: both connections end with the first.
    auto *answer = new QObject(dialog);
    connect(model, &Models::JobTableModel::submitted, answer,
            [this, target, key, answer](const QString &k, const Jobs::Job &job, bool) {
                if (k != key)
                    return;
                answer->deleteLater();
                Widgets::JobsDock *dock = m_features->jobsDock();
                dock->show();
                dock->raise();
                dock->selectJob(job.id);
                m_window->showStatusMessage(
                    tr("%1 submitted: %2").arg(Models::jobKindText(job.kind), Models::jobStateText(job.state)), 6000);
                if (target)
                    target->handleSubmitted(job);
            });
    connect(model, &Models::JobTableModel::submitFailed, answer,
            [target, key, answer](const QString &k, const Error &error) {
                if (k != key)
                    return;
                answer->deleteLater();
                if (target)
                    target->handleSubmitFailed(Models::jobActionErrorText(Models::JobAction::Submit, error));
            });
    model->submit(request);
}

} // namespace OpsDeck::Console
