// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgmappingpage.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/session/prtg/prtgimportsession.h"
#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

PrtgMappingPage::PrtgMappingPage(PrtgImportWizard *wizard, Models::PrtgImportSession *session)
    : m_wizard(wizard)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_devices(new QComboBox(this))
    , m_map(new QPushButton(PrtgImportWizard::tr("Map"), this))
{
    setTitle(PrtgImportWizard::tr("Review the mapping to NetBox"));
    m_table->setObjectName(QStringLiteral("prtgMapping"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({PrtgImportWizard::tr("PRTG device"), PrtgImportWizard::tr("Host"),
                                        PrtgImportWizard::tr("NetBox device"), PrtgImportWizard::tr("Mapped by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_devices->setObjectName(QStringLiteral("prtgDeviceBox"));
    m_devices->setEditable(true);
    m_devices->setInsertPolicy(QComboBox::NoInsert);
    m_devices->completer()->setFilterMode(Qt::MatchContains);
    m_map->setObjectName(QStringLiteral("prtgMapButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(PrtgImportWizard::tr("Map the selected device to:"), this));
    row->addWidget(m_devices, 1);
    row->addWidget(m_map);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_map, &QPushButton::clicked, this, &PrtgMappingPage::mapSelected);
}

PrtgMappingPage::~PrtgMappingPage() = default;

void PrtgMappingPage::initializePage()
{
    m_devices->clear();
    for (const Domain::Device &d : m_session->netboxDevices())
        m_devices->addItem(d.name, d.id);
    m_devices->setCurrentIndex(-1);
    fill();
}

void PrtgMappingPage::fill()
{
    const Prtg::ImportPlan &plan = m_wizard->plan();
    QList<const Prtg::DeviceMapping *> rows;
    for (const Prtg::DeviceMapping &m : plan.devices) {
        if (m_wizard->selectedDevices().contains(m.prtgDeviceId))
            rows << &m;
    }
    // Unmapped first: they are what the review is for.
    std::stable_sort(rows.begin(), rows.end(), [](const Prtg::DeviceMapping *a, const Prtg::DeviceMapping *b) {
        return (a->deviceId != 0) < (b->deviceId != 0);
    });
    m_table->setRowCount(int(rows.size()));
    int unmapped = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Prtg::DeviceMapping &m = *rows.at(i);
        unmapped += m.deviceId == 0;
        const QStringList cells = {m.prtgName, m.host, m.deviceName, PrtgImportWizard::deviceMatchText(m.method)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(PrtgImportWizard::IdRole, m.prtgDeviceId);
            if (!m.deviceId)
                item->setForeground(QColor(0xb4, 0x53, 0x09));
            if (c == 2 && !m.deviceId && !m.candidates.isEmpty())
                item->setToolTip(PrtgImportWizard::tr("Near matches: %1").arg(m.candidates.join(QStringLiteral(", "))));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(PrtgImportWizard::tr("%n device(s) without a NetBox device", nullptr, unmapped));
}

void PrtgMappingPage::mapSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || m_devices->currentIndex() < 0)
        return;
    const qint64 prtgId = items.first()->data(PrtgImportWizard::IdRole).toLongLong();
    m_wizard->plan().setMapping(prtgId, m_devices->currentData().toLongLong(), m_devices->currentText());
    fill();
}

} // namespace OpsDeck::Widgets
