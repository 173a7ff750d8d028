// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/rack/devicetypelistmodel.h"

#include <cmath>

#include <QMimeData>

#include "models/rack/rackplanmodel.h"

namespace OpsDeck::Models {

DeviceTypeListModel::DeviceTypeListModel(RackPlanModel *plan, QObject *parent)
    : QAbstractListModel(parent)
    , m_plan(plan)
{
    connect(m_plan, &RackPlanModel::siteReset, this, &DeviceTypeListModel::handleReset);
    handleReset();
}

void DeviceTypeListModel::handleReset()
{
    beginResetModel();
    m_types = m_plan->deviceTypes();
    endResetModel();
}

int DeviceTypeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant DeviceTypeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::DeviceType &t = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString height = std::fmod(t.uHeight, 1.0) == 0 ? QString::number(int(t.uHeight))
                                                               : QString::number(t.uHeight, 'f', 1);
        return tr("%1 %2 · %3U%4")
            .arg(t.manufacturer, t.model, height, t.fullDepth ? QString() : tr(" half depth"));
    }
    case Qt::ToolTipRole:
        return tr("%1 %2\nPart number %3\n%4 kg, airflow %5")
            .arg(t.manufacturer, t.model, t.partNumber)
            .arg(t.weightKg, 0, 'f', 1)
            .arg(t.airflow.isEmpty() ? tr("unknown") : t.airflow);
    case TypeIdRole:
        return t.id;
    case ManufacturerRole:
        return t.manufacturer;
    case ModelRole:
        return t.model;
    case UHeightRole:
        return t.uHeight;
    case FullDepthRole:
        return t.fullDepth;
    case SearchRole:
        return QStringList{t.manufacturer, t.model, t.partNumber}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

Qt::ItemFlags DeviceTypeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList DeviceTypeListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *DeviceTypeListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), QByteArray::number(m_types.at(indexes.first().row()).id));
    return mime;
}

QHash<int, QByteArray> DeviceTypeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypeIdRole, "typeId");
    names.insert(ManufacturerRole, "manufacturer");
    names.insert(ModelRole, "model");
    names.insert(UHeightRole, "uHeight");
    names.insert(FullDepthRole, "fullDepth");
    names.insert(SearchRole, "search");
    return names;
}

} // namespace OpsDeck::Models
