// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Models {

/// The alarms of one device, active and cleared, as a table: severity (its
/// colour as the decoration), state, when raised, when cleared and the
/// alarm's text, in the order given (the service sends the latest raised
/// first). Cleared alarms are drawn muted. Filled with setAlarms(). GUI thread.
class DeviceAlarmListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAlarmListModel)

public:
    enum Column { SeverityColumn, StateColumn, RaisedColumn, ClearedColumn, TextColumn, ColumnCount };
    enum Role {
        AlarmIdRole = Qt::UserRole,
        SeverityRole, ///< Alarms::Severity as int
        ActiveRole,   ///< bool
    };

    explicit DeviceAlarmListModel(QObject *parent = nullptr);
    ~DeviceAlarmListModel() override;

    void setAlarms(const QList<Alarms::Alarm> &alarms);
    [[nodiscard]] const QList<Alarms::Alarm> &alarms() const { return m_alarms; }
    [[nodiscard]] int activeCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString stateText(const Alarms::Alarm &alarm) const;
    [[nodiscard]] QVariant displayData(const Alarms::Alarm &alarm, int column) const;

    QList<Alarms::Alarm> m_alarms;
    qint64 m_nowMs = 0; ///< when the alarms came, for shelving
};

} // namespace OpsDeck::Models
