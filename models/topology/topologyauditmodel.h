// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "backend/topology/lldpaudit.h"

namespace OpsDeck::Models {

/// The findings of an LLDP audit as a table: kind (checkable, to pick the
/// differences to turn into a change set), local end, what LLDP sees, what
/// NetBox has. Lives on the GUI thread.
class TopologyAuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyAuditModel)

public:
    enum Column { KindColumn, LocalColumn, ObservedColumn, RecordedColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(AuditFinding::Kind)
        FindingIndexRole,
        LocalDeviceIdRole,
        RemoteDeviceIdRole,
    };

    explicit TopologyAuditModel(QObject *parent = nullptr);

    void setReport(const Topology::AuditReport &report);
    [[nodiscard]] const Topology::AuditReport &report() const { return m_report; }
    [[nodiscard]] QList<Topology::AuditFinding> checkedFindings() const;
    /// The change set for the checked rows.
    [[nodiscard]] Topology::CableChangeSet changeSet() const;
    void setAllChecked(bool checked);
    [[nodiscard]] static QString kindText(Topology::AuditFinding::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged(int checkedCount);

private:
    Topology::AuditReport m_report;
    QList<bool> m_checked;
};

} // namespace OpsDeck::Models
