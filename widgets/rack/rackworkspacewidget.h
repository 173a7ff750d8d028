// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QMainWindow>

#include "backend/core/result.h"
#include "backend/netbox/changeset.h"
#include "models/compliance/compliancemarks.h"
#include "models/session/rack/racksitedata.h"
#include "widgets/rack/rackpicture.h"

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace OpsDeck::Models {
class RackDataSource;
class RackPlanModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

class RackElevationView;
class RackExporter;
class RackHistoryView;
class RackLegendWidget;
class RackPaletteDock;
class RoomView;

/// The rack workspace: a page for the console's tab framework with the
/// elevation of one rack (front and rear side by side) or the room view of
/// a site's racks, the device-type palette and the edit history as docks,
/// colouring by role/status/tenant with a legend, search highlighting,
/// undo/redo, named plans (saved through the data source) and export to
/// PDF, SVG, PNG and print.
///
/// Reads everything through a RackDataSource (never blocks). Selecting a
/// device emits deviceSelected(); selectDevice() follows a selection made
/// elsewhere. Refused drops are explained in the status line, not in a
/// dialog. A QMainWindow used as a widget, so its docks stay inside the
/// page. GUI thread; does not own the data source.
class RackWorkspaceWidget final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackWorkspaceWidget)

public:
    enum class Mode { Rack, Room };

    explicit RackWorkspaceWidget(Models::RackDataSource *source, QWidget *parent = nullptr);
    ~RackWorkspaceWidget() override;

    /// Shows one rack (loading its site first if needed).
    void showRack(qint64 rackId);
    /// Shows the racks of a site (of one location when @p locationId is set).
    void showSite(qint64 siteId, qint64 locationId = 0);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] qint64 currentRack() const { return m_rackId; }
    [[nodiscard]] bool isLoading() const { return m_loadRequest != 0; }

    [[nodiscard]] Models::RackPlanModel *planModel() const { return m_model; }
    [[nodiscard]] RackElevationView *elevationView() const { return m_elevation; }
    [[nodiscard]] RoomView *roomView() const { return m_room; }
    [[nodiscard]] RackPaletteDock *paletteDock() const { return m_palette; }
    [[nodiscard]] RackHistoryView *historyView() const { return m_history; }
    [[nodiscard]] QString statusText() const;

    /// Pictures of what is shown (the rack, or every rack of the room), for exports.
    [[nodiscard]] QList<RackPicture> shownPictures() const;
    /// Polled reachability, alarms, link state and inlet temperature per device.
    void setLiveState(const QHash<qint64, Models::RackLiveState> &state);
    /// Configuration compliance per device: a tag on the non-compliant
    /// devices' faceplates (RackScene::setComplianceMarks()).
    void setComplianceMarks(const Models::ComplianceMarks &marks);
    void setColouring(Models::RackColouring colouring);

    /// Roles offered for the devices a plan adds when it is sent to the
    /// change set (by default those of the site's devices).
    void setDeviceRoles(const QList<Models::RackRole> &roles);
    /// The NetBox user the plan's rack reservations are made for (NetBox
    /// requires one); 0 (the default) leaves reservations out.
    void setReservationUserId(qint64 userId);
    /// "Send Plan to NetBox Changes…": enabled while the plan has changes.
    [[nodiscard]] QAction *sendPlanAction() const { return m_sendPlanAction; }

public slots:
    void selectDevice(qint64 deviceId);
    /// Highlights the devices matching @p text in the views.
    void setSearchText(const QString &text);
    /// Reads the site again (drops the unsaved plan).
    void reload();
    void exportPdf();
    void exportSvg();
    void exportPng();
    void print();
    void savePlan();
    void openPlan();
    /// Asks how the plan's changes go to NetBox (PlanExportDialog), then
    /// emits planEditsRequested(). The plan stays as it is.
    void sendPlan();

signals:
    void deviceSelected(qint64 deviceId);
    /// The site's data arrived and is shown.
    void siteLoaded(qint64 siteId);
    /// Loading failed (also shown inline).
    void errorOccurred(const OpsDeck::Error &error);
    /// The user sent the plan: these edits belong in the console's change set.
    void planEditsRequested(const QList<OpsDeck::NetBox::Edit> &edits);

private:
    void buildActions();
    void setMode(Mode mode);
    void requestSite(qint64 siteId, qint64 rackId);
    void handleSiteLoaded(quint64 request, const Models::RackSiteData &data);
    void handleSourceError(quint64 request, const OpsDeck::Error &error);
    void handleSceneSelection(qint64 deviceId);
    void handleRefused(const QString &reason);
    void handleExportFinished(const OpsDeck::Status &status, const QString &path);
    void startExport(int format, const QString &filter, const QString &suffix);
    void updateStatus();
    void updateSendPlanAction();
    void updateRackChooser();
    void showMessage(const QString &text, bool error);

    Models::RackDataSource *m_source;
    Models::RackPlanModel *m_model;
    QStackedWidget *m_stack;
    RackElevationView *m_elevation;
    RoomView *m_room;
    RackPaletteDock *m_palette;
    RackHistoryView *m_history;
    RackLegendWidget *m_legend;
    RackExporter *m_exporter;
    QComboBox *m_colouring = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message;
    QLabel *m_capacity;
    QProgressBar *m_progress;
    QToolButton *m_cancelExport;
    QAction *m_rackAction = nullptr;
    QComboBox *m_rackChooser = nullptr; ///< the rack of the elevation, among the site's
    QAction *m_rackChooserAction = nullptr;
    QAction *m_roomAction = nullptr;
    QAction *m_sendPlanAction = nullptr;
    QList<Models::RackRole> m_roles;
    bool m_rolesSet = false;
    qint64 m_reservationUserId = 0;
    int m_sentEdits = 0;
    Mode m_mode = Mode::Rack;
    qint64 m_rackId = 0;
    qint64 m_siteId = 0;
    qint64 m_locationId = 0;
    quint64 m_loadRequest = 0;
    quint64 m_planRequest = 0;
    Mode m_pendingMode = Mode::Rack;
    qint64 m_pendingRack = 0;
    qint64 m_selectedDevice = 0;
};

} // namespace OpsDeck::Widgets
