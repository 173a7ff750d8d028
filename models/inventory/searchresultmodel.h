// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractListModel>

#include "backend/domain/inventory.h"

namespace OpsDeck::Models {

/// The hits of one global search, best first. Filled with setHits(). GUI thread.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role {
        KindRole = Qt::UserRole, ///< Domain::SearchHit::Kind as int
        IdRole,
        DeviceIdRole,
        DetailRole,              ///< context line, e.g. the site
        KindTextRole,            ///< translated kind ("Device", "IP address")
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<Domain::SearchHit> &hits);
    void clear();
    [[nodiscard]] Domain::SearchHit hit(int row) const;

    [[nodiscard]] static QString kindText(Domain::SearchHit::Kind kind);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Domain::SearchHit> m_hits;
};

} // namespace OpsDeck::Models
