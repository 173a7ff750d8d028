// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/edit/cabledialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/session/edit/editvalidation.h"

namespace OpsDeck::Widgets {

using Models::EditValidation;

namespace {

constexpr int DeviceIdRole = Qt::UserRole;
constexpr int DeviceNameRole = Qt::UserRole + 1;
constexpr int InterfaceIdRole = Qt::UserRole;

enum InterfaceColumn { NameColumn, TypeColumn, CableColumn };

/// Why a cable cannot end on @p endpoint; empty when it can.
QString unavailableReason(const Models::CableEndpoint &endpoint)
{
    if (!endpoint.isConnectable())
        return CableDialog::tr("Takes no cable (%1)").arg(endpoint.type);
    if (!endpoint.isCabled())
        return {};
    if (endpoint.pendingCable && endpoint.cableId == 0)
        return CableDialog::tr("Cable pending in the change set");
    if (!endpoint.peerDevice.isEmpty() && !endpoint.peerPort.isEmpty())
        return CableDialog::tr("Cabled to %1 %2").arg(endpoint.peerDevice, endpoint.peerPort);
    return CableDialog::tr("Has cable #%1").arg(endpoint.cableId);
}

} // namespace

CableDialog::CableDialog(const Domain::Interface &aEnd, const QString &deviceName, const Models::EditChoices &choices,
                         QWidget *parent)
    : EditDialog(parent)
    , m_aEnd(aEnd)
    , m_deviceName(deviceName)
    , m_choices(choices)
    , m_deviceModel(new QStandardItemModel(this))
    , m_deviceProxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_devices(new QListView(this))
    , m_interfaces(new QTreeWidget(this))
    , m_status(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_colour(new QLineEdit(this))
    , m_swatch(new QLabel(this))
    , m_length(new QDoubleSpinBox(this))
    , m_lengthUnit(new QComboBox(this))
{
    setWindowTitle(tr("New Cable"));
    setHeading(tr("From %1 %2").arg(deviceName, aEnd.name));

    QWidget *devicePicker = buildDevicePicker();
    setUpInterfaceList();
    m_status->setObjectName(QStringLiteral("status"));
    for (const Models::EditChoice &status : Models::EditChoices::cableStatuses())
        m_status->addItem(status.label, status.value);
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("connected")));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("Optional"));
    QWidget *colourRow = buildColourRow();
    QWidget *lengthRow = buildLengthRow();

    m_deviceMessage = addField(tr("Far &device:"), devicePicker, m_filter);
    m_interfaceMessage = addField(tr("Far &interface:"), m_interfaces);
    addField(tr("S&tatus:"), m_status);
    m_labelMessage = addField(tr("&Label:"), m_label);
    m_colourMessage = addField(tr("C&olour:"), colourRow, m_colour);
    addField(tr("Len&gth:"), lengthRow, m_length);

    setTabOrder(m_filter, m_devices);
    setTabOrder(m_devices, m_interfaces);
    setTabOrder(m_interfaces, m_status);
    setTabOrder(m_status, m_label);
    setTabOrder(m_label, m_colour);
    setTabOrder(m_colour, m_chooseColour);
    setTabOrder(m_chooseColour, m_length);
    setTabOrder(m_length, m_lengthUnit);
    connectInputs();

    setMinimumSize(520, 560);
    updateSwatch();
    revalidate();
    m_filter->setFocus();
}

QWidget *CableDialog::buildDevicePicker()
{
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setPlaceholderText(tr("Type to filter devices"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    for (const Models::CableDevice &device : std::as_const(m_choices.siteDevices)) {
        int free = 0;
        for (const Models::CableEndpoint &endpoint : device.interfaces) {
            if (endpoint.id != m_aEnd.id && unavailableReason(endpoint).isEmpty())
                ++free;
        }
        const QString name = device.name.isEmpty() ? tr("Unnamed device %1").arg(device.id) : device.name;
        auto *item = new QStandardItem(tr("%1 (%n free)", nullptr, free).arg(name));
        item->setData(device.id, DeviceIdRole);
        item->setData(name, DeviceNameRole);
        item->setEditable(false);
        m_deviceModel->appendRow(item);
    }
    m_deviceProxy->setSourceModel(m_deviceModel);
    m_deviceProxy->setFilterRole(DeviceNameRole);
    m_deviceProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_devices->setObjectName(QStringLiteral("devices"));
    m_devices->setModel(m_deviceProxy);
    m_devices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devices->setMinimumHeight(120);
    auto *devicePicker = new QWidget(this);
    devicePicker->setObjectName(QStringLiteral("device"));
    auto *pickerLayout = new QVBoxLayout(devicePicker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_filter);
    pickerLayout->addWidget(m_devices);
    return devicePicker;
}

void CableDialog::setUpInterfaceList()
{
    m_interfaces->setObjectName(QStringLiteral("interfaces"));
    m_interfaces->setHeaderLabels({tr("Interface"), tr("Type"), tr("Cable")});
    m_interfaces->setRootIsDecorated(false);
    m_interfaces->setUniformRowHeights(true);
    m_interfaces->setAllColumnsShowFocus(true);
    m_interfaces->setMinimumHeight(140);
    m_interfaces->header()->setStretchLastSection(true);
}

QWidget *CableDialog::buildColourRow()
{
    m_colour->setObjectName(QStringLiteral("colour"));
    m_colour->setPlaceholderText(tr("Optional, e.g. ff8800"));
    m_swatch->setFixedSize(22, 22);
    m_swatch->setFrameShape(QFrame::Box);
    m_swatch->setAutoFillBackground(true);
    m_chooseColour = new QToolButton(this);
    m_chooseColour->setObjectName(QStringLiteral("chooseColour"));
    m_chooseColour->setText(tr("Choose…"));
    auto *colourRow = new QWidget(this);
    colourRow->setObjectName(QStringLiteral("colourRow"));
    auto *colourLayout = new QHBoxLayout(colourRow);
    colourLayout->setContentsMargins(0, 0, 0, 0);
    colourLayout->addWidget(m_colour, 1);
    colourLayout->addWidget(m_swatch);
    colourLayout->addWidget(m_chooseColour);
    return colourRow;
}

QWidget *CableDialog::buildLengthRow()
{
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setDecimals(2);
    m_length->setRange(0, 999999.99); // NetBox: 8 digits, 2 after the point
    m_length->setSpecialValueText(tr("Not set"));
    m_lengthUnit->setObjectName(QStringLiteral("lengthUnit"));
    for (const Models::EditChoice &unit : Models::EditChoices::cableLengthUnits())
        m_lengthUnit->addItem(unit.label, unit.value);
    m_lengthUnit->setEnabled(false);
    auto *lengthRow = new QWidget(this);
    auto *lengthLayout = new QHBoxLayout(lengthRow);
    lengthLayout->setContentsMargins(0, 0, 0, 0);
    lengthLayout->addWidget(m_length, 1);
    lengthLayout->addWidget(m_lengthUnit);
    return lengthRow;
}

void CableDialog::connectInputs()
{
    connect(m_filter, &QLineEdit::textChanged, this, &CableDialog::handleFilterChanged);
    connect(m_devices->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CableDialog::handleDeviceChanged);
    connect(m_interfaces, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        // Keyboard focus alone makes an item current: select it too, so the
        // far end chosen is always the one highlighted.
        if (item && (item->flags() & Qt::ItemIsEnabled) && !item->isSelected())
            item->setSelected(true);
        revalidate();
    });
    connect(m_label, &QLineEdit::textChanged, this, &CableDialog::revalidate);
    connect(m_colour, &QLineEdit::textChanged, this, [this] {
        updateSwatch();
        revalidate();
    });
    connect(m_chooseColour, &QToolButton::clicked, this, &CableDialog::chooseColour);
    connect(m_length, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { m_lengthUnit->setEnabled(value > 0); });
}

CableDialog::~CableDialog() = default;

qint64 CableDialog::farDeviceId() const
{
    return m_devices->currentIndex().data(DeviceIdRole).toLongLong();
}

qint64 CableDialog::farInterfaceId() const
{
    const QTreeWidgetItem *item = m_interfaces->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return 0;
    return item->data(NameColumn, InterfaceIdRole).toLongLong();
}

bool CableDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter move through the devices it leaves.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_devices, &forwarded);
            return true;
        }
    }
    return EditDialog::eventFilter(watched, event);
}

void CableDialog::handleFilterChanged(const QString &text)
{
    m_deviceProxy->setFilterFixedString(text.trimmed());
    // Typing picks the first match, so the interfaces follow the search.
    if (!m_devices->currentIndex().isValid() && m_deviceProxy->rowCount() > 0)
        m_devices->setCurrentIndex(m_deviceProxy->index(0, 0));
    revalidate();
}

void CableDialog::handleDeviceChanged()
{
    m_interfaces->clear();
    const Models::CableDevice *device = m_choices.siteDevice(farDeviceId());
    if (device) {
        for (const Models::CableEndpoint &endpoint : device->interfaces) {
            if (endpoint.id == m_aEnd.id)
                continue;
            const QString reason = unavailableReason(endpoint);
            auto *item = new QTreeWidgetItem(m_interfaces, {endpoint.name, endpoint.type,
                                                            reason.isEmpty() ? tr("Free") : reason});
            item->setData(NameColumn, InterfaceIdRole, endpoint.id);
            if (!reason.isEmpty()) {
                item->setFlags(Qt::ItemNeverHasChildren);
                for (int column = NameColumn; column <= CableColumn; ++column)
                    item->setToolTip(column, reason);
            }
        }
        m_interfaces->resizeColumnToContents(NameColumn);
        m_interfaces->resizeColumnToContents(TypeColumn);
    }
    revalidate();
}

bool CableDialog::validate()
{
    bool valid = true;
    bool aEndPending = false;
    if (const Models::CableDevice *aDevice = m_choices.siteDevice(m_aEnd.deviceId)) {
        for (const Models::CableEndpoint &endpoint : aDevice->interfaces)
            aEndPending = aEndPending || (endpoint.id == m_aEnd.id && endpoint.pendingCable);
    }
    if (m_aEnd.cableId != 0) {
        setMessage(m_deviceMessage,
                   tr("%1 %2 already has a cable; remove it in NetBox before adding another.")
                       .arg(m_deviceName, m_aEnd.name));
        valid = false;
    } else if (aEndPending) {
        setMessage(m_deviceMessage,
                   tr("A cable from %1 %2 is already pending in the change set.").arg(m_deviceName, m_aEnd.name));
        valid = false;
    } else if (m_choices.siteDevices.isEmpty()) {
        setMessage(m_deviceMessage, tr("No devices of this site are in the store."));
        valid = false;
    } else if (m_deviceProxy->rowCount() == 0) {
        setMessage(m_deviceMessage, tr("No device matches “%1”.").arg(m_filter->text().trimmed()));
        valid = false;
    } else {
        setMessage(m_deviceMessage, {});
    }

    const Models::CableDevice *device = m_choices.siteDevice(farDeviceId());
    if (!device) {
        setMessage(m_interfaceMessage, tr("Choose the device at the far end first."), false);
        valid = false;
    } else if (farInterfaceId() == 0) {
        bool anyFree = false;
        for (int i = 0; i < m_interfaces->topLevelItemCount(); ++i)
            anyFree = anyFree || (m_interfaces->topLevelItem(i)->flags() & Qt::ItemIsEnabled);
        const QString name = m_devices->currentIndex().data(DeviceNameRole).toString();
        if (anyFree)
            setMessage(m_interfaceMessage, tr("Choose a free interface of %1.").arg(name), false);
        else
            setMessage(m_interfaceMessage, tr("%1 has no free interface to cable to.").arg(name));
        valid = false;
    } else {
        setMessage(m_interfaceMessage, {});
    }

    const QString labelProblem = EditValidation::checkLength(m_label->text(), EditValidation::CableLabelMax);
    const QString colourProblem = EditValidation::checkColour(m_colour->text());
    setMessage(m_labelMessage, labelProblem);
    setMessage(m_colourMessage, colourProblem);
    return valid && labelProblem.isEmpty() && colourProblem.isEmpty();
}

QList<NetBox::Edit> CableDialog::edits() const
{
    const qint64 far = farInterfaceId();
    if (!isAcceptable() || far == 0)
        return {};
    QJsonObject extra;
    extra.insert(QStringLiteral("status"), m_status->currentData().toString());
    const QString label = m_label->text().trimmed();
    if (!label.isEmpty())
        extra.insert(QStringLiteral("label"), label);
    const QString colour = m_colour->text().trimmed().toLower();
    if (!colour.isEmpty())
        extra.insert(QStringLiteral("color"), colour);
    if (m_length->value() > 0) {
        extra.insert(QStringLiteral("length"), m_length->value());
        extra.insert(QStringLiteral("length_unit"), m_lengthUnit->currentData().toString());
    }
    NetBox::ChangeSet changes;
    const QString interfaceType = QStringLiteral("dcim.interface");
    changes.addCable(interfaceType, m_aEnd.id, interfaceType, far, extra);
    return changes.edits();
}

void CableDialog::chooseColour()
{
    auto *dialog = new QColorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cable Colour"));
    const QString current = m_colour->text().trimmed();
    if (EditValidation::checkColour(current).isEmpty() && !current.isEmpty())
        dialog->setCurrentColor(QColor(QLatin1Char('#') + current));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { m_colour->setText(colour.name().mid(1)); });
    dialog->open();
}

void CableDialog::updateSwatch()
{
    const QString text = m_colour->text().trimmed();
    const bool valid = !text.isEmpty() && EditValidation::checkColour(text).isEmpty();
    QPalette palette = m_swatch->palette();
    palette.setColor(QPalette::Window, valid ? QColor(QLatin1Char('#') + text) : this->palette().color(QPalette::Base));
    m_swatch->setPalette(palette);
    m_swatch->setToolTip(valid ? tr("#%1").arg(text.toLower()) : tr("No colour"));
}

} // namespace OpsDeck::Widgets
