// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/console/netboxeditlauncher.h"

#include <QMessageBox>
#include <QPointer>

#include "app/console/workspacefeatures.h"
#include "models/session/changeset/changesetsession.h"
#include "models/session/edit/editchoices.h"
#include "widgets/console/consoleshell.h"
#include "widgets/edit/cabledialog.h"
#include "widgets/edit/deviceeditdialog.h"
#include "widgets/edit/interfaceeditdialog.h"
#include "widgets/edit/ipaddressdialog.h"

namespace OpsDeck::Console {

using Widgets::CableDialog;
using Widgets::ConsoleShell;
using Widgets::DeviceEditDialog;
using Widgets::EditDialog;
using Widgets::InterfaceEditDialog;
using Widgets::IpAddressDialog;

namespace {

// Every pending edit of the change set (what new cables and addresses must not collide with).
QList<NetBox::Edit> pendingEdits(const Models::ChangeSetSession *changes)
{
    QList<NetBox::Edit> out;
    if (!changes)
        return out;
    for (int row = 0; row < changes->entryCount(); ++row)
        out << changes->edit(row);
    return out;
}

} // namespace

NetBoxEditLauncher::NetBoxEditLauncher(ConsoleShell *shell, WorkspaceFeatures *features, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_window(shell->shellWidget())
    , m_features(features)
{}

EditDialog *NetBoxEditLauncher::currentDialog() const
{
    return m_dialog;
}

void NetBoxEditLauncher::show(EditDialog *dialog)
{
    delete m_dialog;
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_features->recordEdits(dialog->edits()); });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

void NetBoxEditLauncher::editDevice(const Domain::Device &device)
{
    Models::EditChoices::load(
        m_shell->inventoryService(), this, 0,
        [this, device](const Result<Models::EditChoices> &choices) {
            if (!choices) {
                QMessageBox::warning(m_window, tr("Edit Device"),
                                     tr("The choices could not be read: %1").arg(choices.error().detail));
                return;
            }
            show(new DeviceEditDialog(device, *choices, m_window));
        });
}

void NetBoxEditLauncher::editInterface(const Domain::Interface &interface)
{
    show(new InterfaceEditDialog(interface, m_window));
}

void NetBoxEditLauncher::connectCable(const Domain::Device &device, const Domain::Interface &interface)
{
    Models::EditChoices::load(
        m_shell->inventoryService(), this, device.siteId,
        [this, device, interface](Result<Models::EditChoices> choices) {
            if (!choices) {
                QMessageBox::warning(m_window, tr("Connect Cable"),
                                     tr("The devices of the site could not be read: %1").arg(choices.error().detail));
                return;
            }
            choices->markPendingCables(pendingEdits(m_features->changeSet()));
            show(new CableDialog(interface, device.name, *choices, m_window));
        });
}

void NetBoxEditLauncher::assignIpAddress(const Domain::Interface &interface)
{
    // Addresses already waiting in the change set for this interface.
    QStringList pending;
    for (const NetBox::Edit &e : pendingEdits(m_features->changeSet())) {
        if (e.type == NetBox::Edit::Type::Create && e.kind == Domain::ObjectKind::IpAddress &&
            e.fields.value(QStringLiteral("assigned_object_id")).toInteger() == interface.id)
            pending << e.fields.value(QStringLiteral("address")).toString();
    }
    show(new IpAddressDialog(interface, pending, m_window));
}

} // namespace OpsDeck::Console
