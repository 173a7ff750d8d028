// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "models/session/analysis/anomalyjson.h"

namespace OpsDeck::Models {

/// Series that are unusual now, as a table: the device (when asked for),
/// the interface or object, what is measured, the value observed against
/// the expected range (in the metric's unit), since when, and the score,
/// drawn in the alarm colour from Anomaly::kThreshold. The explanation is
/// each row's tooltip. In the order given (the service sends the most
/// anomalous first). Filled with setAnomalies(). GUI thread.
class AnomalyListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomalyListModel)

public:
    enum Column {
        DeviceColumn,
        ObjectColumn,
        MetricColumn,
        ObservedColumn,
        ExpectedColumn,
        SinceColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role {
        DeviceKeyRole = Qt::UserRole, ///< the metric store's device key
        ObjectRole,                   ///< "ifIndex:3", "sensor:9", empty for the device itself
        MetricRole,
        ScoreRole, ///< double
    };

    explicit AnomalyListModel(QObject *parent = nullptr);
    ~AnomalyListModel() override;

    void setAnomalies(const QList<Anomaly> &anomalies);
    [[nodiscard]] const QList<Anomaly> &anomalies() const { return m_anomalies; }
    [[nodiscard]] Anomaly anomaly(int row) const { return m_anomalies.value(row); }
    /// How objects are named ("Ethernet1/1" for "ifIndex:3"), by objectKey().
    void setObjectNames(const QHash<QString, QString> &names);
    [[nodiscard]] static QString objectKey(const QString &device, const QString &object);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant displayData(const Anomaly &anomaly, int column) const;
    [[nodiscard]] QString objectName(const Anomaly &anomaly) const;

    QList<Anomaly> m_anomalies;
    QHash<QString, QString> m_objectNames;
    qint64 m_nowMs = 0; ///< when the list came, for "since"
};

} // namespace OpsDeck::Models
