// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/devicealarmspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/alarms/devicealarmlistmodel.h"
#include "models/session/alarms/alarmsession.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

namespace {

// Transitions come in bursts (raise, then grouping, then notification):
// one reload after the burst.
constexpr int kRefreshDelayMs = 500;

} // namespace

DeviceAlarmsPanel::DeviceAlarmsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Alarms"), this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new Models::DeviceAlarmListModel(this))
{
    setObjectName(QStringLiteral("deviceAlarms"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(6, 4, 6, 0);
    m_notice->setObjectName(QStringLiteral("deviceAlarmsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice->setContentsMargins(6, 6, 6, 6);
    m_notice->setEnabled(false);

    m_view->setObjectName(QStringLiteral("deviceAlarmsView"));
    m_view->setAccessibleName(tr("Alarms of the device"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(Models::DeviceAlarmListModel::SeverityColumn, new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &DeviceAlarmsPanel::reload);
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
    m_refresh.stop();
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
    if (!m_device.isEmpty() && transition.alarm.device == m_device && !m_refresh.isActive())
        m_refresh.start();
}

void DeviceAlarmsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
    m_view->hide();
}

void DeviceAlarmsPanel::showTable()
{
    m_notice->hide();
    m_notice->clear();
    m_view->show();
}

QString DeviceAlarmsPanel::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace OpsDeck::Widgets
