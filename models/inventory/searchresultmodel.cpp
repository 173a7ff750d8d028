// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/inventory/searchresultmodel.h"

namespace OpsDeck::Models {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QList<Domain::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultModel::clear()
{
    setHits({});
}

Domain::SearchHit SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row] : Domain::SearchHit();
}

QString SearchResultModel::kindText(Domain::SearchHit::Kind kind)
{
    using Kind = Domain::SearchHit::Kind;
    switch (kind) {
    case Kind::Device:
        return tr("Device");
    case Kind::Rack:
        return tr("Rack");
    case Kind::Interface:
        return tr("Interface");
    case Kind::IpAddress:
        return tr("IP address");
    case Kind::Site:
        return tr("Site");
    }
    return {};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::SearchHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return h.label;
    case Qt::ToolTipRole:
        return tr("%1 · %2").arg(kindText(h.kind), h.detail);
    case KindRole:
        return int(h.kind);
    case IdRole:
        return h.id;
    case DeviceIdRole:
        return h.deviceId;
    case DetailRole:
        return h.detail;
    case KindTextRole:
        return kindText(h.kind);
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
