// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace OpsDeck::Models {
class SyncProgressModel;
class SyncSource;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// A sync source's runs, per endpoint (objects, bytes, remaining time,
/// state, errors), with Start full / Start incremental / Cancel, and the
/// workspace's last sync time and staleness. Usable as a dock's content.
/// Does not own the source; owns its progress model. GUI thread.
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    explicit SyncPanel(Models::SyncSource *source, QWidget *parent = nullptr);
    ~SyncPanel() override;

    [[nodiscard]] Models::SyncProgressModel *model() const { return m_model; }

private:
    void updateState();

    Models::SyncSource *m_source;
    Models::SyncProgressModel *m_model;
    QLabel *m_workspaceLabel;
    QLabel *m_lastSyncLabel;
    QLabel *m_stateLabel;
    QTableView *m_table;
    QPushButton *m_fullButton;
    QPushButton *m_incrementalButton;
    QPushButton *m_cancelButton;
    QTimer *m_clock;
};

} // namespace OpsDeck::Widgets
