// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QSet>
#include <QWizard>

#include "backend/prtg/prtgimporter.h"

namespace OpsDeck::Models {
class PrtgImportSession;
}

namespace OpsDeck::Widgets {

/// The PRTG import wizard: connect (URL, username + passhash or API token,
/// kept in the vault), pick groups and devices, review the mapping to NetBox
/// devices (automatic by host/IP/name, fix by hand), see which sensors become
/// OpsDeck polling definitions and which have no equivalent, choose whether
/// to import history, then run with progress and cancel and read the report
/// (imported, mapped, skipped and why). Reads and writes go through the
/// session (not owned, must outlive the wizard); cancelling the wizard
/// cancels what runs.
///
/// Child widgets carry object names (prtgUrl, prtgUsername, prtgPasshash,
/// prtgApiToken, prtgConnect, prtgStatus, prtgTree, prtgMapping,
/// prtgDeviceBox, prtgMapButton, prtgSensors, prtgHistory, prtgHistoryFrom,
/// prtgHistoryTo, prtgProgress, prtgCancel, prtgReport).
///
/// Each page is its own class (PrtgConnectPage, PrtgSelectPage,
/// PrtgMappingPage, PrtgSensorsPage, PrtgHistoryPage, PrtgRunPage); they
/// share the plan, the selection and the report through the wizard.
///
/// Thread: GUI thread.
class PrtgImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgImportWizard)

public:
    enum PageId { ConnectPageId, SelectPageId, MappingPageId, SensorsPageId, HistoryPageId, RunPageId };

    explicit PrtgImportWizard(Models::PrtgImportSession *session, QWidget *parent = nullptr);
    ~PrtgImportWizard() override;

    [[nodiscard]] Models::PrtgImportSession *session() const { return m_session; }
    /// The plan as read and reviewed so far.
    [[nodiscard]] const Prtg::ImportPlan &plan() const { return m_plan; }
    [[nodiscard]] Prtg::ImportPlan &plan() { return m_plan; }
    void setPlan(const Prtg::ImportPlan &plan) { m_plan = plan; }
    /// PRTG devices ticked on the selection page.
    [[nodiscard]] const QSet<qint64> &selectedDevices() const { return m_selected; }
    void setSelectedDevices(const QSet<qint64> &ids) { m_selected = ids; }
    /// The report of the finished run (empty before).
    [[nodiscard]] const Prtg::ImportReport &report() const { return m_report; }
    void setReport(const Prtg::ImportReport &report) { m_report = report; }

    /// The report as the last page shows it.
    [[nodiscard]] static QString reportText(const Prtg::ImportReport &report);
    [[nodiscard]] static QString pollKindText(Prtg::PollKind kind);
    /// How a PRTG device was matched to its NetBox device ("Host address", "By hand", "Unmapped").
    [[nodiscard]] static QString deviceMatchText(Prtg::DeviceMatch method);

    /// The role the pages' rows carry the PRTG device or sensor id under.
    static constexpr int IdRole = Qt::UserRole + 1;

private:
    Models::PrtgImportSession *m_session;
    Prtg::ImportPlan m_plan;
    QSet<qint64> m_selected;
    Prtg::ImportReport m_report;
};

} // namespace OpsDeck::Widgets
