// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>

#include "models/session/compliance/compliancesession.h"

namespace OpsDeck::Models {

/// The devices of the latest compliance report, a row each: device, site,
/// role, state, failed checks, the worst severity among them, running and
/// target software version, and drift from the intended configuration.
/// Follows the session's reports. Sorting and filtering belong to a proxy
/// (StateRole and SiteRole carry the raw values). GUI thread.
class ComplianceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceTableModel)

public:
    enum Column {
        DeviceColumn,
        SiteColumn,
        RoleColumn,
        StateColumn,
        FailedColumn,
        SeverityColumn,
        VersionColumn,
        DriftColumn,
        ColumnCount
    };
    /// SortRole orders states worst first (not compliant, unknown, compliant,
    /// not applicable) and the other columns by their values.
    enum Role { StateRole = Qt::UserRole + 1, SiteRole, DeviceRole, SortRole };

    explicit ComplianceTableModel(ComplianceSession *session, QObject *parent = nullptr);
    ~ComplianceTableModel() override;

    [[nodiscard]] const DeviceCompliance *deviceAt(int row) const;
    [[nodiscard]] int rowOf(const QString &device) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Compliant", "Not compliant", ... translated.
    [[nodiscard]] static QString stateText(ComplianceState state);
    /// The colour of a state's mark (green, red, grey).
    [[nodiscard]] static QColor stateColor(ComplianceState state);
    /// "running 4.20.5F → target 4.28.3M" or the running version alone.
    [[nodiscard]] static QString versionText(const DeviceCompliance &device);

private:
    void reset(const ComplianceReport &report);

    QPointer<ComplianceSession> m_session;
    QList<DeviceCompliance> m_devices;
};

} // namespace OpsDeck::Models
