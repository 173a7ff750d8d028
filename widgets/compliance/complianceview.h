// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "models/session/compliance/compliancesession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace OpsDeck::Models {
class ComplianceTableModel;
class SideBySideDiffModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The estate's compliance (View › Compliance, a tab): a summary line, the
/// devices with their state, failed checks, worst severity, software
/// version against the target and drift, filtered by site, state and name;
/// for the selected device its checks with the lines they point at, and its
/// running configuration against the intended one side by side with the
/// lines that would converge it. Check Now asks the service to evaluate
/// again and shows its progress; Export writes the report as CSV or PDF.
/// Push Remediation… hands the device and its lines to whoever pushes them.
/// Does not own the session. GUI thread.
class ComplianceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceView)

public:
    explicit ComplianceView(Models::ComplianceSession *session, QWidget *parent = nullptr);
    ~ComplianceView() override;

    [[nodiscard]] QTreeView *devicesView() const { return m_devices; }
    [[nodiscard]] QTreeWidget *checksView() const { return m_checks; }
    [[nodiscard]] Models::ComplianceTableModel *model() const { return m_model; }
    [[nodiscard]] Models::SideBySideDiffModel *driftModel() const { return m_driftModel; }
    [[nodiscard]] QPlainTextEdit *remediationView() const { return m_remediation; }
    [[nodiscard]] QPushButton *remediateButton() const { return m_remediate; }
    [[nodiscard]] QTabWidget *detailPages() const { return m_pages; }
    [[nodiscard]] QString summaryText() const;
    /// The rows shown after the filters.
    [[nodiscard]] int visibleRows() const;

    /// Selects @p device (clearing filters that hide it) and shows its checks.
    bool selectDevice(const QString &device);
    /// Only devices of @p site (all when empty) and in @p states (all when empty).
    void setFilter(const QString &site, const QList<Models::ComplianceState> &states);
    /// Writes the report of the devices shown as CSV or PDF (by the suffix of @p path).
    bool exportTo(const QString &path, QString *error = nullptr) const;

signals:
    /// The report (or why there is none) is shown.
    void reportShown();
    /// The drift of the selected device is shown.
    void driftShown(const QString &device);
    /// Go to @p device in the rest of the console.
    void deviceRequested(const QString &device);
    /// Push @p lines to @p device to converge it to its intended configuration.
    void remediationRequested(const QString &device, const QStringList &lines);

private:
    void buildToolbar(QWidget *bar);
    void handleReport(const Models::ComplianceReport &report);
    void handleDrift(const Models::DriftDetail &drift);
    void handleFailed(Models::ComplianceRequest request, const Error &error);
    void showCurrent();
    void applyFilter();
    void exportReport();
    [[nodiscard]] QString currentDevice() const;
    [[nodiscard]] QList<Models::DeviceCompliance> shownDevices() const;

    QPointer<Models::ComplianceSession> m_session;
    Models::ComplianceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Models::SideBySideDiffModel *m_driftModel;
    QLabel *m_summary;
    QComboBox *m_site;
    QComboBox *m_state;
    QLineEdit *m_search;
    QPushButton *m_run;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QTreeView *m_devices;
    QTabWidget *m_pages;
    QTreeWidget *m_checks;
    QLabel *m_driftNote;
    QTableView *m_drift;
    QPlainTextEdit *m_remediation;
    QPushButton *m_remediate;
    QString m_driftDevice; ///< the device whose drift is asked for or shown
    QStringList m_remediationLines;
};

} // namespace OpsDeck::Widgets
