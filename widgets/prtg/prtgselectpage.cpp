// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgselectpage.h"

#include <QTreeWidget>
#include <QVBoxLayout>

#include "widgets/prtg/prtgimportwizard.h"

namespace OpsDeck::Widgets {

PrtgSelectPage::PrtgSelectPage(PrtgImportWizard *wizard)
    : m_wizard(wizard)
    , m_tree(new QTreeWidget(this))
{
    setTitle(PrtgImportWizard::tr("Pick groups and devices"));
    m_tree->setObjectName(QStringLiteral("prtgTree"));
    m_tree->setHeaderLabels({PrtgImportWizard::tr("Group or device"), PrtgImportWizard::tr("Host")});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { emit completeChanged(); });
}

PrtgSelectPage::~PrtgSelectPage() = default;

void PrtgSelectPage::initializePage()
{
    m_tree->blockSignals(true);
    m_tree->clear();
    const Prtg::ImportPlan &plan = m_wizard->plan();
    QHash<qint64, QTreeWidgetItem *> groups;
    for (const Prtg::Group &g : plan.groups) {
        auto *item = new QTreeWidgetItem({g.name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Checked);
        groups.insert(g.id, item);
    }
    for (const Prtg::Group &g : plan.groups) {
        QTreeWidgetItem *parent = groups.value(g.parentId);
        if (parent && g.parentId != g.id)
            parent->addChild(groups.value(g.id));
        else
            m_tree->addTopLevelItem(groups.value(g.id));
    }
    // Devices sit in the group their sensors name (within the same probe).
    QHash<QString, qint64> groupByName;
    for (const Prtg::Group &g : plan.groups)
        groupByName.insert(g.probe + u'\x1f' + g.name, g.id);
    QHash<qint64, qint64> groupOf;
    for (const Prtg::SensorPlan &s : plan.sensors)
        groupOf.insert(s.sensor.deviceId, groupByName.value(s.sensor.probe + u'\x1f' + s.sensor.group));
    for (const Prtg::DeviceMapping &m : plan.devices) {
        auto *item = new QTreeWidgetItem({m.prtgName, m.host});
        item->setData(0, PrtgImportWizard::IdRole, m.prtgDeviceId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_wizard->selectedDevices().contains(m.prtgDeviceId) ? Qt::Checked : Qt::Unchecked);
        QTreeWidgetItem *parent = groups.value(groupOf.value(m.prtgDeviceId));
        if (parent)
            parent->addChild(item);
        else
            m_tree->addTopLevelItem(item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->blockSignals(false);
}

bool PrtgSelectPage::isComplete() const
{
    return !checked().isEmpty();
}

bool PrtgSelectPage::validatePage()
{
    m_wizard->setSelectedDevices(checked());
    return true;
}

QSet<qint64> PrtgSelectPage::checked() const
{
    QSet<qint64> out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QVariant id = (*it)->data(0, PrtgImportWizard::IdRole);
        if (id.isValid() && (*it)->checkState(0) == Qt::Checked)
            out.insert(id.toLongLong());
    }
    return out;
}

} // namespace OpsDeck::Widgets
