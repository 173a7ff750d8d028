// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/alarms/devicealarmlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "models/alarms/alarmstyle.h"

namespace OpsDeck::Models {

namespace {

// A history spans days: always with the date.
QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DeviceAlarmListModel::DeviceAlarmListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DeviceAlarmListModel::~DeviceAlarmListModel() = default;

void DeviceAlarmListModel::setAlarms(const QList<Alarms::Alarm> &alarms)
{
    beginResetModel();
    m_alarms = alarms;
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    endResetModel();
}

int DeviceAlarmListModel::activeCount() const
{
    int n = 0;
    for (const Alarms::Alarm &a : m_alarms)
        n += a.isActive() ? 1 : 0;
    return n;
}

int DeviceAlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int DeviceAlarmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceAlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarms::Alarm &a = m_alarms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(alarmSeverityColor(a.severity)) : QVariant();
    case Qt::ForegroundRole:
        // What is over stays readable but steps back.
        return a.isActive() ? QVariant() : QVariant(QBrush(QColor(0x75, 0x75, 0x75)));
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 — %2").arg(alarmSeverityText(a.severity), a.summary), tr("Rule: %1").arg(a.ruleId)};
        if (!a.object.isEmpty())
            lines << tr("Object: %1").arg(a.object);
        if (a.count > 1)
            lines << tr("Raised %n time(s)", nullptr, a.count);
        if (a.acknowledged && !a.ackComment.isEmpty())
            lines << tr("Acknowledgement: %1").arg(a.ackComment);
        return lines.join(u'\n');
    }
    case AlarmIdRole:
        return a.id;
    case SeverityRole:
        return int(a.severity);
    case ActiveRole:
        return a.isActive();
    default:
        return {};
    }
}

QVariant DeviceAlarmListModel::displayData(const Alarms::Alarm &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return alarmSeverityText(a.severity);
    case StateColumn:
        return stateText(a);
    case RaisedColumn:
        return timeText(a.lastRaisedMs ? a.lastRaisedMs : a.firstRaisedMs);
    case ClearedColumn:
        return a.isActive() ? QString() : timeText(a.clearedMs);
    case TextColumn:
        return a.summary;
    default:
        return {};
    }
}

QString DeviceAlarmListModel::stateText(const Alarms::Alarm &a) const
{
    if (!a.isActive())
        return tr("Cleared");
    if (a.isShelvedAt(m_nowMs))
        return tr("Shelved");
    if (a.inMaintenance)
        return tr("In maintenance");
    if (a.acknowledged)
        return tr("Acknowledged");
    return tr("Active");
}

QVariant DeviceAlarmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case RaisedColumn:
        return tr("Raised");
    case ClearedColumn:
        return tr("Cleared");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
