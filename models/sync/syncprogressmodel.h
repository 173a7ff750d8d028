// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "models/session/sync/syncsource.h"

namespace OpsDeck::Models {

/// One row per endpoint of a SyncSource's run: state, objects (of the
/// expected total), bytes, ETA and the error that stopped it. Rebuilt when a
/// run starts; rows before the endpoint being fetched count as done.
/// Does not own the source. GUI thread.
class SyncProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressModel)

public:
    enum Column { EndpointColumn, StateColumn, ObjectsColumn, BytesColumn, EtaColumn, ErrorColumn, ColumnCount };
    enum Role {
        RowStateRole = Qt::UserRole, ///< RowState as int
        PercentRole,                 ///< 0..100, or -1 when the total is unknown
        ObjectsRole,                 ///< qint64
        TotalRole,                   ///< qint64, -1 unknown
        BytesRole,                   ///< qint64
    };
    enum class RowState { Waiting, Running, Done, Failed, Cancelled };
    Q_ENUM(RowState)

    explicit SyncProgressModel(SyncSource *source, QObject *parent = nullptr);

    [[nodiscard]] SyncSource *source() const { return m_source; }
    [[nodiscard]] RowState rowState(int row) const;
    [[nodiscard]] int rowOf(const QString &endpoint) const;
    [[nodiscard]] static QString stateText(RowState state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString endpoint;
        RowState state = RowState::Waiting;
        qint64 objects = 0;
        qint64 total = -1;
        qint64 bytes = 0;
        qint64 etaMs = -1;
        QString error;
    };

    void handleStarted();
    void handleStep(const SyncStep &step);
    void handleFinished(SyncSource::State state);
    void rebuild();
    void setRowState(int row, RowState state);
    void rowChanged(int row);

    QPointer<SyncSource> m_source;
    QList<Row> m_rows;
    int m_current = -1;
};

} // namespace OpsDeck::Models
