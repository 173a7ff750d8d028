// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// The interfaces of one device with their cable peer and addresses, for the
/// details panel. Filled by its owner with setInterfaces(). GUI thread.
class InterfaceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceTableModel)

public:
    enum Column { NameColumn, StateColumn, SpeedColumn, PeerColumn, AddressColumn, DescriptionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ConnectedRole };

    explicit InterfaceTableModel(QObject *parent = nullptr);

    void setInterfaces(const QList<Domain::Interface> &interfaces);
    [[nodiscard]] const QList<Domain::Interface> &interfaces() const { return m_interfaces; }

    /// "10G", "100M", "2.5G"; empty for 0.
    [[nodiscard]] static QString speedText(qint64 kbps);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<Domain::Interface> m_interfaces;
};

} // namespace OpsDeck::Models
