// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

#include "backend/jobs/job.h"

class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {
class JobFilterProxyModel;
class JobServiceConnection;
class JobTableModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class JobDetailsPane;

/// The console's jobs dock: the service's change jobs, live, with their
/// state and progress; filters by state, kind, text and "only mine"; the
/// selected job's details (steps, output, coloured diffs) with Approve and
/// Cancel. When the service cannot be reached a banner says so and counts
/// down to the next attempt. When a job the user submitted ends, a desktop
/// notification is shown (the tray where there is one) and notification()
/// is emitted for the status bar; it is also logged ("opsdeck.jobs").
///
/// Wiring: create it, then either setConnection() with a JobServiceConnection
/// (which starts and reconnects the service) or setClient() with an
/// IpcClient connected elsewhere. Owns its model and proxy; the connection,
/// client and tray icon are not owned and may be destroyed first. GUI thread.
class JobsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDock)

public:
    explicit JobsDock(QWidget *parent = nullptr);
    ~JobsDock() override;

    void setConnection(Models::JobServiceConnection *connection);
    void setClient(Ipc::IpcClient *client);
    /// The console user (default $USER): approvals and "mine".
    void setUserName(const QString &user);
    /// A tray icon to notify through; without one the dock makes its own
    /// where a system tray is available.
    void setTrayIcon(QSystemTrayIcon *tray);

    [[nodiscard]] Models::JobTableModel *model() const { return m_model; }
    [[nodiscard]] Models::JobFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] JobDetailsPane *details() const { return m_details; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_stateFilter; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kindFilter; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_textFilter; }
    [[nodiscard]] QCheckBox *mineFilter() const { return m_mineFilter; }
    /// The connection banner's text, empty while connected (or hidden).
    [[nodiscard]] QString bannerText() const;
    /// The last notification's text.
    [[nodiscard]] QString lastNotification() const { return m_lastNotification; }

    /// Makes @p jobId the current row (clearing filters that hide it).
    bool selectJob(const QString &jobId);

signals:
    /// A job the user submitted ended: @p message for a status bar.
    void notification(const QString &message);

private:
    void buildFilters(QWidget *parent, QHBoxLayout *layout);
    void updateBanner();
    void applyStateFilter();
    void handleCurrentChanged(const QModelIndex &current);
    void handleOwnJobFinished(const OpsDeck::Jobs::Job &job);

    Models::JobTableModel *m_model;
    Models::JobFilterProxyModel *m_proxy;
    QPointer<Models::JobServiceConnection> m_connection;
    QPointer<QSystemTrayIcon> m_tray;
    QSystemTrayIcon *m_ownTray = nullptr;
    QTimer m_bannerTimer;
    QString m_lastNotification;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_retry = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QCheckBox *m_mineFilter = nullptr;
    QTableView *m_view = nullptr;
    JobDetailsPane *m_details = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace OpsDeck::Widgets
