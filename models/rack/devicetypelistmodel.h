// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "backend/domain/rackplanning.h"

namespace OpsDeck::Models {

class RackPlanModel;

/// The device-type catalogue of a RackPlanModel as a list for the planning
/// palette: "Manufacturer Model" with the height, draggable as
/// kMimeType carrying the type id. Filter it by manufacturer or model with
/// a QSortFilterProxyModel on SearchRole. Resets with the plan model.
/// Lives on the GUI thread.
class DeviceTypeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTypeListModel)

public:
    enum Role {
        TypeIdRole = Qt::UserRole + 1,
        ManufacturerRole,
        ModelRole,
        UHeightRole,
        FullDepthRole,
        SearchRole, ///< "manufacturer model part-number", for filtering
    };

    /// MIME type of a dragged device type; the data is the id in decimal.
    static constexpr const char *kMimeType = "application/x-opsdeck-device-type";

    explicit DeviceTypeListModel(RackPlanModel *plan, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    void handleReset();

    RackPlanModel *m_plan;
    QList<Domain::DeviceType> m_types;
};

} // namespace OpsDeck::Models
