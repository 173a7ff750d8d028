// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>

#include "backend/core/result.h"
#include "widgets/dashboard/listsection.h"

class QLabel;
class QTableView;

namespace OpsDeck::Alarms {
struct Alarm;
struct AlarmTransition;
} // namespace OpsDeck::Alarms

namespace OpsDeck::Models {
class AlarmSession;
class DeviceAlarmListModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The "Alarms" section of a device dashboard: the device's alarms, active
/// and recently cleared, as the workspace's service keeps them (severity in
/// colour, state, raised and cleared times, text). Loaded when the device
/// and a connected session are there, and again shortly after a transition
/// of one of the device's alarms. Without a connection to the service, or
/// when the request fails or finds nothing, a sentence says so in place of
/// the table.
///
/// Holds a non-owning pointer to the session. GUI thread.
class DeviceAlarmsPanel final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAlarmsPanel)

public:
    explicit DeviceAlarmsPanel(QWidget *parent = nullptr);
    ~DeviceAlarmsPanel() override;

    /// The session to ask; null: the section says the service is not connected.
    void setSession(Models::AlarmSession *session);
    /// The device, by name as alarms name it.
    void setDevice(const QString &name);
    [[nodiscard]] QString device() const { return m_device; }
    /// Asks for the device's alarms again now.
    void reload() override;

    [[nodiscard]] Models::DeviceAlarmListModel *model() const { return m_model; }

signals:
    /// An answer (possibly empty) is shown.
    void loaded();

private:
    void handleLoaded(const QString &device, const QList<Alarms::Alarm> &alarms);
    void handleFailed(const QString &device, const Error &error);
    void handleTransition(const Alarms::AlarmTransition &transition);

    QPointer<Models::AlarmSession> m_session;
    QString m_device;
    Models::DeviceAlarmListModel *m_model;
};

} // namespace OpsDeck::Widgets
