// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/edit/deviceeditdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

#include "models/session/edit/editchoices.h"
#include "models/session/edit/editvalidation.h"

namespace OpsDeck::Widgets {

using Models::EditValidation;

namespace {

/// Fills @p combo with @p refs (item data: the id), after a "None" item when
/// @p optional, and selects the current value: by @p currentId when known,
/// else by @p currentName. A current value missing from @p refs is added so
/// the dialog still shows it. Returns the id of the item selected (-1 for a
/// current value missing from the store and its id unknown).
qint64 fillRefs(QComboBox *combo, const QList<Models::EditRef> &refs, const QString &none, qint64 currentId,
                const QString &currentName)
{
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
    int current = -1;
    for (const Models::EditRef &ref : refs) {
        combo->addItem(ref.name, ref.id);
        const bool match = currentId > 0 ? ref.id == currentId : (!currentName.isEmpty() && ref.name == currentName);
        if (match && current < 0)
            current = combo->count() - 1;
    }
    const bool hasValue = currentId > 0 || !currentName.isEmpty();
    if (current < 0 && hasValue) {
        const qint64 id = currentId > 0 ? currentId : -1;
        current = none.isEmpty() ? 0 : 1;
        combo->insertItem(current, currentName.isEmpty() ? QString::number(id) : currentName, id);
    } else if (current < 0 && !none.isEmpty()) {
        current = 0;
    }
    combo->setCurrentIndex(current);
    return current < 0 ? 0 : combo->itemData(current).toLongLong();
}

} // namespace

DeviceEditDialog::DeviceEditDialog(const Domain::Device &device, const Models::EditChoices &choices,
                                   QWidget *parent)
    : EditDialog(parent)
    , m_device(device)
    , m_name(new QLineEdit(device.name, this))
    , m_status(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_tenant(new QComboBox(this))
    , m_serial(new QLineEdit(device.serial, this))
    , m_assetTag(new QLineEdit(device.assetTag, this))
    , m_description(new QLineEdit(device.description, this))
{
    setWindowTitle(tr("Edit Device"));
    const QString name = device.name.isEmpty() ? tr("Unnamed device %1").arg(device.id) : device.name;
    const QString model = device.manufacturer.isEmpty() ? device.model
                                                        : tr("%1 %2").arg(device.manufacturer, device.model);
    QStringList heading{name};
    if (!model.trimmed().isEmpty())
        heading << model.trimmed();
    if (!device.siteName.isEmpty())
        heading << device.siteName;
    setHeading(heading.join(tr(" · ", "separator between heading parts")));

    m_name->setObjectName(QStringLiteral("name"));
    m_status->setObjectName(QStringLiteral("status"));
    m_role->setObjectName(QStringLiteral("role"));
    m_platform->setObjectName(QStringLiteral("platform"));
    m_tenant->setObjectName(QStringLiteral("tenant"));
    m_serial->setObjectName(QStringLiteral("serial"));
    m_assetTag->setObjectName(QStringLiteral("assetTag"));
    m_description->setObjectName(QStringLiteral("description"));
    m_name->setClearButtonEnabled(true);
    m_assetTag->setPlaceholderText(tr("None"));

    bool statusListed = false;
    for (const Models::EditChoice &status : Models::EditChoices::deviceStatuses()) {
        m_status->addItem(status.label, status.value);
        statusListed = statusListed || status.value == device.status;
    }
    if (!statusListed && !device.status.isEmpty())
        m_status->addItem(device.status, device.status);
    m_status->setCurrentIndex(m_status->findData(device.status));

    fillRefs(m_role, choices.roles, {}, device.roleId, device.roleName);
    m_platformId = fillRefs(m_platform, choices.platforms, tr("None"), 0, device.platform);
    m_tenantId = fillRefs(m_tenant, choices.tenants, tr("None"), 0, device.tenantName);

    m_nameMessage = addField(tr("&Name:"), m_name);
    addField(tr("S&tatus:"), m_status);
    addField(tr("&Role:"), m_role);
    addField(tr("&Platform:"), m_platform);
    addField(tr("T&enant:"), m_tenant);
    m_serialMessage = addField(tr("&Serial number:"), m_serial);
    m_assetTagMessage = addField(tr("&Asset tag:"), m_assetTag);
    m_descriptionMessage = addField(tr("&Description:"), m_description);

    for (QLineEdit *edit : {m_name, m_serial, m_assetTag, m_description})
        connect(edit, &QLineEdit::textChanged, this, &DeviceEditDialog::revalidate);
    for (QComboBox *combo : {m_status, m_role, m_platform, m_tenant})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeviceEditDialog::revalidate);

    setMinimumWidth(460);
    revalidate();
    m_name->setFocus();
}

DeviceEditDialog::~DeviceEditDialog() = default;

bool DeviceEditDialog::validate()
{
    QString nameProblem = EditValidation::checkRequired(m_name->text(), tr("Enter a name; NetBox needs one here."));
    if (nameProblem.isEmpty())
        nameProblem = EditValidation::checkLength(m_name->text(), EditValidation::DeviceNameMax);
    const QString serialProblem = EditValidation::checkLength(m_serial->text(), EditValidation::SerialMax);
    const QString assetTagProblem = EditValidation::checkLength(m_assetTag->text(), EditValidation::AssetTagMax);
    const QString descriptionProblem =
        EditValidation::checkLength(m_description->text(), EditValidation::DescriptionMax);
    setMessage(m_nameMessage, nameProblem);
    setMessage(m_serialMessage, serialProblem);
    setMessage(m_assetTagMessage, assetTagProblem);
    setMessage(m_descriptionMessage, descriptionProblem);
    const bool valid =
        nameProblem.isEmpty() && serialProblem.isEmpty() && assetTagProblem.isEmpty() && descriptionProblem.isEmpty();
    return valid && !changedFields().isEmpty();
}

QJsonObject DeviceEditDialog::changedFields() const
{
    QJsonObject fields;
    const auto text = [&](const QString &key, const QLineEdit *edit, const QString &current, bool emptyIsNull) {
        const QString value = edit->text().trimmed();
        if (value == current)
            return;
        fields.insert(key, value.isEmpty() && emptyIsNull ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    };
    const auto ref = [&](const QString &key, const QComboBox *combo, qint64 current) {
        const qint64 id = combo->currentData().toLongLong();
        if (id == current)
            return;
        fields.insert(key, id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id));
    };
    text(QStringLiteral("name"), m_name, m_device.name, false);
    const QString status = m_status->currentData().toString();
    if (status != m_device.status)
        fields.insert(QStringLiteral("status"), status);
    ref(QStringLiteral("role"), m_role, m_device.roleId);
    ref(QStringLiteral("platform"), m_platform, m_platformId);
    ref(QStringLiteral("tenant"), m_tenant, m_tenantId);
    text(QStringLiteral("serial"), m_serial, m_device.serial, false);
    // Asset tags are unique in NetBox: no tag is null, never "".
    text(QStringLiteral("asset_tag"), m_assetTag, m_device.assetTag, true);
    text(QStringLiteral("description"), m_description, m_device.description, false);
    return fields;
}

QList<NetBox::Edit> DeviceEditDialog::edits() const
{
    const QJsonObject fields = changedFields();
    if (!isAcceptable() || fields.isEmpty())
        return {};
    NetBox::ChangeSet changes;
    changes.setDeviceAttributes(m_device.id, fields);
    return changes.edits();
}

} // namespace OpsDeck::Widgets
