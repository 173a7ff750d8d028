// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgsensorspage.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

PrtgSensorsPage::PrtgSensorsPage(PrtgImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(PrtgImportWizard::tr("Sensor translation"));
    setSubTitle(PrtgImportWizard::tr("Ping, SNMP traffic and SNMP custom OID sensors become OpsDeck polling; "
                                     "the others have no equivalent."));
    m_table->setObjectName(QStringLiteral("prtgSensors"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({PrtgImportWizard::tr("Sensor"), PrtgImportWizard::tr("Device"),
                                        PrtgImportWizard::tr("PRTG type"), PrtgImportWizard::tr("OpsDeck")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

PrtgSensorsPage::~PrtgSensorsPage() = default;

void PrtgSensorsPage::initializePage()
{
    QList<const Prtg::SensorPlan *> rows;
    for (const Prtg::SensorPlan &s : m_wizard->plan().sensors) {
        if (m_wizard->selectedDevices().contains(s.sensor.deviceId))
            rows << &s;
    }
    // Those without an equivalent first.
    std::stable_sort(rows.begin(), rows.end(), [](const Prtg::SensorPlan *a, const Prtg::SensorPlan *b) {
        return a->hasEquivalent < b->hasEquivalent;
    });
    m_table->setRowCount(int(rows.size()));
    int none = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Prtg::SensorPlan &s = *rows.at(i);
        none += !s.hasEquivalent;
        const QString what = s.hasEquivalent ? PrtgImportWizard::pollKindText(s.definition.kind)
                                             : PrtgImportWizard::tr("No equivalent: %1").arg(s.reason);
        const QStringList cells = {s.sensor.name, s.sensor.device, s.sensor.type, what};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(PrtgImportWizard::IdRole, s.sensor.id);
            item->setData(PrtgImportWizard::IdRole + 1, s.hasEquivalent);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(PrtgImportWizard::tr("%n sensor(s) become OpsDeck polling", nullptr, int(rows.size()) - none)
                       + QLatin1Char(' ')
                       + PrtgImportWizard::tr("%n have no equivalent.", nullptr, none));
}

} // namespace OpsDeck::Widgets
