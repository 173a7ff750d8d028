// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "backend/alarms/alarmtypes.h"

class QSystemTrayIcon;

namespace OpsDeck::Models {
class AlarmSession;
}

namespace OpsDeck::Widgets {

/// Tells the operator of each new critical alarm: a desktop notification
/// through the system tray (where there is one) and, when asked, a sound.
/// New means raised, or exposed again after a shelve or a maintenance
/// window; symptoms of a root cause, shelved alarms and alarms in
/// maintenance stay quiet, as the service's notifications do. Also emits
/// notified() for the status bar. Does not own the session; makes its own
/// tray icon when none is given. GUI thread.
class AlarmNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmNotifier)

public:
    explicit AlarmNotifier(Models::AlarmSession *session, QObject *parent = nullptr);
    ~AlarmNotifier() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    [[nodiscard]] bool isSoundEnabled() const { return m_sound; }
    void setTrayIcon(QSystemTrayIcon *tray);

    /// Whether @p transition is a new critical alarm worth telling at @p nowMs.
    [[nodiscard]] static bool isNewCritical(const Alarms::AlarmTransition &transition, qint64 nowMs);

signals:
    /// A new critical alarm was announced: @p message for a status bar.
    void notified(qint64 alarmId, const QString &message);

private:
    void handleTransition(const Alarms::AlarmTransition &transition);

    QPointer<QSystemTrayIcon> m_tray;
    QSystemTrayIcon *m_ownTray = nullptr;
    bool m_enabled = true;
    bool m_sound = false;
};

} // namespace OpsDeck::Widgets
