// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace OpsDeck::Models {
class SyncSource;
}

namespace OpsDeck::Widgets {

/// A compact status-bar line for a sync source: the run's state, the last
/// sync and its staleness, and "offline — working from the local store"
/// when the server cannot be reached. A click emits activated() (the
/// console shows the sync panel). Does not own the source. GUI thread.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(Models::SyncSource *source, QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    /// The line shown.
    [[nodiscard]] QString text() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateText();

    Models::SyncSource *m_source;
    QLabel *m_label;
    QTimer *m_clock;
};

} // namespace OpsDeck::Widgets
