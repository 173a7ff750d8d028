// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>
#include <optional>

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "backend/alarms/alarmtypes.h"
#include "models/session/alarms/alarmsession.h"
#include "models/session/alarms/devicealarmcount.h"

namespace OpsDeck::Models {

/// What the alarm list knows of a device from the inventory (alarms name
/// devices only by name).
struct AlarmDeviceInfo
{
    qint64 id = 0;
    QString site;
    QString role;
    qint64 rackId = 0;
    qint64 siteId = 0;
};

/// The worst severity of the alarms that need attention (active, not
/// shelved, not in maintenance), per device, rack and site of the
/// inventory, for badges on the views that show them; and per device the
/// counts the topology and rack badges show (see DeviceAlarmCount).
struct AlarmBadges
{
    QHash<qint64, Alarms::Severity> devices;
    QHash<qint64, Alarms::Severity> racks;
    QHash<qint64, Alarms::Severity> sites;
    QHash<qint64, DeviceAlarmCount> counts; ///< by device id; devices with nothing counted left out
};

/// How many alarms need attention, per severity: active, not shelved and
/// not in maintenance (symptoms included).
struct AlarmCounts
{
    std::array<int, 5> bySeverity{}; ///< indexed by Alarms::Severity
    int unacknowledged = 0;          ///< of those counted
    int hidden = 0;                  ///< shelved or in maintenance

    [[nodiscard]] int of(Alarms::Severity s) const { return bySeverity.at(std::size_t(s)); }
    [[nodiscard]] int total() const;
    bool operator==(const AlarmCounts &) const = default;
};

/// The active alarms of an AlarmSession as a list or, grouped, as a tree in
/// which the symptoms sit under their root-cause alarm (one level; an alarm
/// whose root cause is not active, or is itself a symptom, stays at the top).
/// Changes from the session are coalesced and applied every 250 ms (flush()
/// applies them at once): new alarms are inserted, cleared ones removed,
/// regrouped ones moved, others changed in place.
///
/// Holds a non-owning pointer to the session. GUI thread.
class AlarmTableModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmTableModel)

public:
    enum Column { SeverityColumn, DeviceColumn, SummaryColumn, SinceColumn, CountColumn, StateColumn, ColumnCount };
    enum Role {
        AlarmIdRole = Qt::UserRole,
        SeverityRole,      ///< Alarms::Severity as int (0 is the worst)
        SeverityColorRole, ///< QColor of the severity, on every column
        DeviceNameRole,
        DeviceIdRole, ///< the inventory's id, 0 when the device is not in it
        SiteRole,
        DeviceRoleRole, ///< the device's role in the inventory
        RackIdRole,
        FlagsRole,      ///< Flags as int
        SortRole,       ///< a value that sorts naturally
        SearchTextRole, ///< every searchable text of the row, lower case
        RootCauseRole,  ///< id of the root-cause alarm, 0 for none
    };
    enum Flag { Acknowledged = 0x1, Shelved = 0x2, InMaintenance = 0x4, Flapping = 0x8, Symptom = 0x10 };
    Q_DECLARE_FLAGS(Flags, Flag)

    explicit AlarmTableModel(AlarmSession *session, QObject *parent = nullptr);
    ~AlarmTableModel() override;

    [[nodiscard]] AlarmSession *session() const { return m_session; }
    /// Symptoms under their root cause (true) or every alarm at the top.
    void setGrouped(bool grouped);
    [[nodiscard]] bool isGrouped() const { return m_grouped; }
    /// Site, role and id of the inventory's devices, by device name.
    void setDevices(const QHash<QString, AlarmDeviceInfo> &devices);
    [[nodiscard]] AlarmDeviceInfo device(const QString &name) const { return m_devices.value(name); }
    /// The sites and roles of the known devices, sorted, for filters.
    [[nodiscard]] QStringList sites() const;
    [[nodiscard]] QStringList roles() const;

    /// Applies the session's pending changes now.
    void flush();
    [[nodiscard]] std::optional<Alarms::Alarm> alarm(qint64 id) const;
    [[nodiscard]] Alarms::Alarm alarm(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(qint64 id, int column = 0) const;
    [[nodiscard]] AlarmCounts counts() const { return m_counts; }
    [[nodiscard]] const AlarmBadges &badges() const { return m_badges; }
    /// The worst severity among the active, unshelved alarms of @p device.
    [[nodiscard]] std::optional<Alarms::Severity> worstSeverity(const QString &device) const;
    [[nodiscard]] static Flags flagsOf(const Alarms::Alarm &alarm, qint64 nowMs);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// The per-severity counts changed.
    void countsChanged(const OpsDeck::Models::AlarmCounts &counts);
    /// badges() changed.
    void badgesChanged();
    /// setDevices() gave new devices (sites() and roles() may differ).
    void devicesChanged();

private:
    void schedule(qint64 id);
    void rebuild();
    void upsert(const Alarms::Alarm &alarm);
    void remove(qint64 id);
    void place(qint64 id, qint64 parent);
    void detach(qint64 id);
    void attach(qint64 id, qint64 parent);
    void regroupFollowers(qint64 id);
    void touchSummary(qint64 id);
    void updateCounts();
    [[nodiscard]] qint64 parentFor(const Alarms::Alarm &alarm) const;
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] QVariant displayData(const Alarms::Alarm &alarm, int column) const;
    [[nodiscard]] QVariant sortData(const Alarms::Alarm &alarm, int column) const;
    [[nodiscard]] QString stateText(const Alarms::Alarm &alarm) const;
    [[nodiscard]] QString toolTip(const Alarms::Alarm &alarm) const;

    QPointer<AlarmSession> m_session;
    QHash<qint64, Alarms::Alarm> m_alarms;
    QList<qint64> m_top;
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, qint64> m_parent; ///< 0: at the top
    QHash<QString, AlarmDeviceInfo> m_devices;
    QSet<qint64> m_pending;
    bool m_resetPending = false;
    bool m_grouped = true;
    QTimer m_flushTimer;
    AlarmCounts m_counts;
    AlarmBadges m_badges;
};

} // namespace OpsDeck::Models

Q_DECLARE_OPERATORS_FOR_FLAGS(OpsDeck::Models::AlarmTableModel::Flags)
