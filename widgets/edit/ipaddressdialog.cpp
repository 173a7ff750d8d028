// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/edit/ipaddressdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "models/session/edit/editchoices.h"
#include "models/session/edit/editvalidation.h"

namespace OpsDeck::Widgets {

using Models::EditValidation;

IpAddressDialog::IpAddressDialog(const Domain::Interface &interface, const QStringList &knownAddresses,
                                 QWidget *parent)
    : EditDialog(parent)
    , m_interface(interface)
    , m_existing(interface.addresses + knownAddresses)
    , m_address(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_dnsName(new QLineEdit(this))
    , m_description(new QLineEdit(this))
{
    m_existing.removeDuplicates();
    setWindowTitle(tr("Assign IP Address"));
    setHeading(tr("Interface %1").arg(interface.name));

    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("e.g. 192.0.2.10/24 or 2001:db8::10/64"));
    m_status->setObjectName(QStringLiteral("status"));
    for (const Models::EditChoice &status : Models::EditChoices::ipAddressStatuses())
        m_status->addItem(status.label, status.value);
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("active")));
    m_dnsName->setObjectName(QStringLiteral("dnsName"));
    m_dnsName->setPlaceholderText(tr("Optional"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("Optional"));

    m_addressMessage = addField(tr("&Address:"), m_address);
    if (!m_existing.isEmpty()) {
        auto *assigned = new QLabel(m_existing.join(QStringLiteral(", ")), this);
        assigned->setObjectName(QStringLiteral("assigned"));
        assigned->setWordWrap(true);
        assigned->setTextFormat(Qt::PlainText);
        assigned->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form()->addRow(tr("Already assigned:"), assigned);
    }
    addField(tr("S&tatus:"), m_status);
    m_dnsNameMessage = addField(tr("D&NS name:"), m_dnsName);
    m_descriptionMessage = addField(tr("&Description:"), m_description);

    for (QLineEdit *edit : {m_address, m_dnsName, m_description})
        connect(edit, &QLineEdit::textChanged, this, &IpAddressDialog::revalidate);
    setMinimumWidth(460);
    revalidate();
    m_address->setFocus();
}

IpAddressDialog::~IpAddressDialog() = default;

bool IpAddressDialog::validate()
{
    const auto address = EditValidation::checkIpAddress(m_address->text(), m_existing);
    // An empty field is not yet an error: it shows how to fill it in.
    setMessage(m_addressMessage, address.message, !m_address->text().trimmed().isEmpty());
    const QString dnsProblem = EditValidation::checkDnsName(m_dnsName->text());
    const QString descriptionProblem =
        EditValidation::checkLength(m_description->text(), EditValidation::DescriptionMax);
    setMessage(m_dnsNameMessage, dnsProblem);
    setMessage(m_descriptionMessage, descriptionProblem);
    return address.ok() && dnsProblem.isEmpty() && descriptionProblem.isEmpty();
}

QList<NetBox::Edit> IpAddressDialog::edits() const
{
    const auto address = EditValidation::checkIpAddress(m_address->text(), m_existing);
    if (!isAcceptable() || !address.ok())
        return {};
    QJsonObject extra;
    extra.insert(QStringLiteral("status"), m_status->currentData().toString());
    const QString dnsName = m_dnsName->text().trimmed();
    if (!dnsName.isEmpty())
        extra.insert(QStringLiteral("dns_name"), dnsName);
    const QString description = m_description->text().trimmed();
    if (!description.isEmpty())
        extra.insert(QStringLiteral("description"), description);
    NetBox::ChangeSet changes;
    changes.assignIpAddress(address.address, m_interface.id, extra);
    return changes.edits();
}

} // namespace OpsDeck::Widgets
