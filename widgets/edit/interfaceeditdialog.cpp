// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/edit/interfaceeditdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "models/session/edit/editvalidation.h"

namespace OpsDeck::Widgets {

using Models::EditValidation;

InterfaceEditDialog::InterfaceEditDialog(const Domain::Interface &interface, QWidget *parent)
    : EditDialog(parent)
    , m_interface(interface)
    , m_description(new QLineEdit(interface.description, this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
{
    setWindowTitle(tr("Edit Interface"));
    setHeading(interface.type.isEmpty() ? interface.name : tr("%1 · %2").arg(interface.name, interface.type));
    m_description->setObjectName(QStringLiteral("description"));
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(interface.enabled);
    m_descriptionMessage = addField(tr("&Description:"), m_description);
    form()->addRow(QString(), m_enabled);

    connect(m_description, &QLineEdit::textChanged, this, &InterfaceEditDialog::revalidate);
    connect(m_enabled, &QCheckBox::toggled, this, &InterfaceEditDialog::revalidate);
    setMinimumWidth(420);
    revalidate();
    m_description->setFocus();
}

InterfaceEditDialog::~InterfaceEditDialog() = default;

bool InterfaceEditDialog::validate()
{
    const QString problem = EditValidation::checkLength(m_description->text(), EditValidation::DescriptionMax);
    setMessage(m_descriptionMessage, problem);
    return problem.isEmpty() && !changedEdits().isEmpty();
}

QList<NetBox::Edit> InterfaceEditDialog::edits() const
{
    return isAcceptable() ? changedEdits() : QList<NetBox::Edit>();
}

QList<NetBox::Edit> InterfaceEditDialog::changedEdits() const
{
    const QString description = m_description->text().trimmed();
    std::optional<QString> newDescription;
    std::optional<bool> newEnabled;
    if (description != m_interface.description)
        newDescription = description;
    if (m_enabled->isChecked() != m_interface.enabled)
        newEnabled = m_enabled->isChecked();
    if (!newDescription && !newEnabled)
        return {};
    NetBox::ChangeSet changes;
    changes.setInterface(m_interface.id, newDescription, newEnabled);
    return changes.edits();
}

} // namespace OpsDeck::Widgets
