// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/devicealarmspanel.h"

#include <QLabel>
#include <QTableView>

#include "models/alarms/devicealarmlistmodel.h"
#include "models/session/alarms/alarmsession.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

DeviceAlarmsPanel::DeviceAlarmsPanel(QWidget *parent)
    : ListSection(tr("Alarms"), QStringLiteral("deviceAlarms"), new Models::DeviceAlarmListModel, parent)
    , m_model(static_cast<Models::DeviceAlarmListModel *>(view()->model()))
{
    m_view->setAccessibleName(tr("Alarms of the device"));
    m_view->setItemDelegateForColumn(Models::DeviceAlarmListModel::SeverityColumn, new StatusDelegate(m_view));

    reload();
}

DeviceAlarmsPanel::~DeviceAlarmsPanel() = default;

void DeviceAlarmsPanel::setSession(Models::AlarmSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Models::AlarmSession::deviceHistoryLoaded, this, &DeviceAlarmsPanel::handleLoaded);
        connect(session, &Models::AlarmSession::deviceHistoryFailed, this, &DeviceAlarmsPanel::handleFailed);
        connect(session, &Models::AlarmSession::transitionReceived, this, &DeviceAlarmsPanel::handleTransition);
        // Connected again: what happened meanwhile is in the service's history.
        connect(session, &Models::AlarmSession::serviceStateChanged, this, &DeviceAlarmsPanel::reload);
    }
    reload();
}

void DeviceAlarmsPanel::setDevice(const QString &name)
{
    if (m_device == name)
        return;
    m_device = name;
    m_model->setAlarms({});
    reload();
}

void DeviceAlarmsPanel::reload()
{
    cancelPendingReload();
    if (!m_session || m_session->serviceState() != Models::AlarmServiceState::Connected) {
        // Nothing to show, and an empty table would say "no alarms".
        m_model->setAlarms({});
        showNotice(tr("The device's alarms are not available: the console is not connected to the OpsDeck "
                      "service."));
        return;
    }
    if (m_device.isEmpty()) {
        showNotice(tr("Loading…"));
        return;
    }
    // The table keeps what it shows until the answer replaces it.
    if (m_model->rowCount() == 0)
        showNotice(tr("Loading the alarms of %1…").arg(m_device));
    m_session->requestDeviceHistory(m_device);
}

void DeviceAlarmsPanel::handleLoaded(const QString &device, const QList<Alarms::Alarm> &alarms)
{
    if (device != m_device)
        return;
    m_model->setAlarms(alarms);
    const int active = m_model->activeCount();
    if (alarms.isEmpty()) {
        m_title->setText(tr("Alarms"));
        showNotice(tr("%1 has had no alarms.").arg(m_device));
    } else {
        m_title->setText(active > 0 ? tr("Alarms (%n active)", nullptr, active) : tr("Alarms"));
        showTable();
        m_view->resizeColumnsToContents();
    }
    emit loaded();
}

void DeviceAlarmsPanel::handleFailed(const QString &device, const Error &error)
{
    if (device != m_device)
        return;
    m_model->setAlarms({});
    showNotice(Models::AlarmSession::actionErrorText(Models::AlarmAction::DeviceHistory, error));
    emit loaded();
}

void DeviceAlarmsPanel::handleTransition(const Alarms::AlarmTransition &transition)
{
    if (!m_device.isEmpty() && transition.alarm.device == m_device)
        reloadSoon();
}

} // namespace OpsDeck::Widgets
