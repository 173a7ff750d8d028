// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmnotifier.h"

#include <QApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QStyle>
#include <QSystemTrayIcon>

#include "models/session/alarms/alarmsession.h"

Q_LOGGING_CATEGORY(lcAlarmNotifier, "opsdeck.console.alarms")

namespace OpsDeck::Widgets {

AlarmNotifier::AlarmNotifier(Models::AlarmSession *session, QObject *parent)
    : QObject(parent)
{
    if (session)
        connect(session, &Models::AlarmSession::transitionReceived, this, &AlarmNotifier::handleTransition);
}

AlarmNotifier::~AlarmNotifier() = default;

void AlarmNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

bool AlarmNotifier::isNewCritical(const Alarms::AlarmTransition &t, qint64 nowMs)
{
    using K = Alarms::TransitionKind;
    const Alarms::Alarm &a = t.alarm;
    if (t.kind != K::Raised && t.kind != K::Exposed)
        return false;
    return a.severity == Alarms::Severity::Critical && a.isActive() && !a.isSymptom() && !a.inMaintenance
           && !a.isShelvedAt(nowMs);
}

void AlarmNotifier::handleTransition(const Alarms::AlarmTransition &t)
{
    if (!m_enabled || !isNewCritical(t, QDateTime::currentMSecsSinceEpoch()))
        return;
    const QString device = t.alarm.device.isEmpty() ? t.alarm.ruleId : t.alarm.device;
    const QString message = tr("Critical alarm on %1: %2").arg(device, t.alarm.summary);
    qCInfo(lcAlarmNotifier).noquote() << message;
    QSystemTrayIcon *tray = m_tray;
    if (!tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_ownTray) {
            m_ownTray = new QSystemTrayIcon(this);
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            m_ownTray->setIcon(icon);
            m_ownTray->setToolTip(tr("OpsDeck alarms"));
        }
        tray = m_ownTray;
    }
    if (tray) {
        if (!tray->isVisible())
            tray->show();
        tray->showMessage(tr("OpsDeck: critical alarm"), message, QSystemTrayIcon::Critical, 15000);
    }
    if (m_sound)
        QApplication::beep();
    emit notified(t.alarm.id, message);
}

} // namespace OpsDeck::Widgets
