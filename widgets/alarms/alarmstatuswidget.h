// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QLabel>

#include "models/alarms/alarmtablemodel.h"

namespace OpsDeck::Widgets {

/// The status bar's alarm indicator: the number of alarms that need
/// attention per severity, each in its colour ("No alarms" when there are
/// none, greyed while the service cannot be reached). A click emits
/// activated() (the console shows the alarms). GUI thread.
class AlarmStatusWidget final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmStatusWidget)

public:
    explicit AlarmStatusWidget(QWidget *parent = nullptr);

    void showCounts(const Models::AlarmCounts &counts);
    void setAvailable(bool available);
    /// The sentence the tooltip gives while the alarms are not available
    /// (no workspace, connecting, unreachable); a generic one when empty.
    void setUnavailableReason(const QString &reason);
    [[nodiscard]] Models::AlarmCounts counts() const { return m_counts; }

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();

    Models::AlarmCounts m_counts;
    QString m_unavailableReason;
    bool m_available = false;
};

} // namespace OpsDeck::Widgets
