// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "models/session/dashboard/interfaceseries.h"

namespace OpsDeck::Models {

class ChartDataSource;
struct ChartHistory;
struct LiveSample;

/// The interfaces of one device with their operational status and current
/// in/out rates, for the device dashboard. Reads the newest samples of
/// if.in.bps, if.out.bps and if.oper.status of every enabled interface from a
/// ChartDataSource (history of the last 15 minutes), then follows the live
/// samples the source hands out. An interface without samples shows "—";
/// one without a polled SNMP interface matched to it says "No SNMP match"
/// (its tooltip tells the ifIndex and the rule of a match).
/// Does not own the source. GUI thread.
class InterfaceStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceStatusModel)

public:
    enum Column { NameColumn, StatusColumn, InColumn, OutColumn, UtilisationColumn, SpeedColumn, PeerColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, InRateRole, OutRateRole, OperStatusRole, SampleTimeRole };
    /// IF-MIB ifOperStatus values the model tells apart (0: no sample).
    enum class OperStatus { Unknown = 0, Up = 1, Down = 2 };

    explicit InterfaceStatusModel(QObject *parent = nullptr);
    ~InterfaceStatusModel() override;

    void setSource(ChartDataSource *source);
    /// The interfaces of one device (as Store::interfaces() lists them).
    void setInterfaces(const QList<Domain::Interface> &interfaces);
    [[nodiscard]] const InterfaceSeries &series(int row) const { return m_rows.at(row).series; }
    [[nodiscard]] int rowOf(qint64 interfaceId) const;
    /// Requests still unanswered.
    [[nodiscard]] int pendingRequests() const { return int(m_requests.size()); }
    /// Rows with at least one sample.
    [[nodiscard]] int sampledRows() const;

    /// "SNMP ifIndex 7, matched by ifName", or "No SNMP match".
    [[nodiscard]] static QString matchText(const Domain::Interface &interface);
    /// "940 Mbit/s", "1.25 Gbit/s".
    [[nodiscard]] static QString rateText(double bitsPerSecond);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// Every history request of the current interfaces was answered.
    void ratesLoaded();

private:
    struct Row
    {
        InterfaceSeries series;
        double inBps = -1;
        double outBps = -1;
        OperStatus oper = OperStatus::Unknown;
        qint64 sampleMs = 0;
    };
    enum class Metric { In, Out, Oper };
    struct Target
    {
        int row;
        Metric metric;
    };
    void handleHistory(const ChartHistory &history);
    void handleSamples(const QList<LiveSample> &samples);
    bool apply(const Target &target, qint64 timestampMs, double value);
    void requestAll();

    QPointer<ChartDataSource> m_source;
    QList<Row> m_rows;
    QHash<quint64, Target> m_requests;
    QHash<QString, Target> m_targets; // series key text -> row and metric
};

} // namespace OpsDeck::Models
