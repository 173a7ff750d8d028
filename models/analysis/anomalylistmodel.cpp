// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/analysis/anomalylistmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "models/session/analysis/anomalytext.h"

namespace OpsDeck::Models {

AnomalyListModel::AnomalyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AnomalyListModel::~AnomalyListModel() = default;

QString AnomalyListModel::objectKey(const QString &device, const QString &object)
{
    return device + u'/' + object;
}

void AnomalyListModel::setAnomalies(const QList<Anomaly> &anomalies)
{
    beginResetModel();
    m_anomalies = anomalies;
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    endResetModel();
}

void AnomalyListModel::setObjectNames(const QHash<QString, QString> &names)
{
    m_objectNames = names;
    if (!m_anomalies.isEmpty())
        emit dataChanged(index(0, ObjectColumn), index(rowCount() - 1, ObjectColumn), {Qt::DisplayRole});
}

int AnomalyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_anomalies.size());
}

int AnomalyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnomalyListModel::objectName(const Anomaly &a) const
{
    const QString name = m_objectNames.value(objectKey(a.series.device, a.series.object));
    if (!name.isEmpty())
        return name;
    return a.series.object.isEmpty() ? tr("Device") : a.series.object;
}

QVariant AnomalyListModel::displayData(const Anomaly &a, int column) const
{
    const ValueFormat format = AnomalyText::formatOf(a.series.metric);
    switch (column) {
    case DeviceColumn:
        return a.deviceName.isEmpty() ? a.series.device : a.deviceName;
    case ObjectColumn:
        return objectName(a);
    case MetricColumn:
        return AnomalyText::metricLabel(a.series.metric);
    case ObservedColumn:
        return AnomalyText::value(format, a.value);
    case ExpectedColumn:
        return AnomalyText::range(format, a.low, a.high);
    case SinceColumn:
        return AnomalyText::since(a.sinceMs, m_nowMs);
    case ScoreColumn:
        return QLocale().toString(a.score, 'f', 2);
    default:
        return {};
    }
}

QVariant AnomalyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Anomaly &a = m_anomalies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::ToolTipRole:
        return AnomalyText::explanation(a, AnomalyText::formatOf(a.series.metric), m_nowMs);
    case Qt::ForegroundRole:
        if (index.column() == ScoreColumn && a.isAnomalous())
            return QColor(0xe1, 0x1d, 0x48);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ObservedColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeviceKeyRole:
        return a.series.device;
    case ObjectRole:
        return a.series.object;
    case MetricRole:
        return a.series.metric;
    case ScoreRole:
        return a.score;
    default:
        return {};
    }
}

QVariant AnomalyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case ObjectColumn:
        return tr("Interface");
    case MetricColumn:
        return tr("Metric");
    case ObservedColumn:
        return tr("Observed");
    case ExpectedColumn:
        return tr("Expected");
    case SinceColumn:
        return tr("Since");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
