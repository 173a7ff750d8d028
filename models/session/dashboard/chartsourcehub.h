// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QPointer>
#include <QSet>

#include "models/session/charts/chartdatasource.h"

namespace OpsDeck::Models {

class ChartSourceHub;

/// A ChartDataSource for one view (a chart tab, a dashboard, a rate table)
/// sharing a ChartSourceHub's source with the others: its history requests
/// go to the shared source and only their answers come back here; the
/// series it is told to watch are added to its earlier ones (several charts
/// of one panel each announce their own) and the hub watches the union of
/// every client's series. Created by ChartSourceHub::createClient(); GUI thread.
class ChartHubClient final : public ChartDataSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartHubClient)

public:
    ~ChartHubClient() override;

    quint64 requestHistory(const Domain::SeriesKey &key, qint64 fromMs, qint64 toMs,
                           Metrics::Resolution resolution) override;
    void setWatchedSeries(const QList<Domain::SeriesKey> &keys) override;
    [[nodiscard]] QList<Domain::SeriesKey> watchedSeries() const { return m_watched; }

private:
    friend class ChartSourceHub;
    ChartHubClient(ChartSourceHub *hub, QObject *parent);
    void handleHistory(const ChartHistory &history);

    QPointer<ChartSourceHub> m_hub;
    QSet<quint64> m_requests;
    QList<Domain::SeriesKey> m_watched;
    QSet<QString> m_watchedKeys;
};

/// Shares one ChartDataSource (typically a MetricStoreChartSource, which
/// follows a single list of watched series) between every chart the console
/// shows. Owns the source. GUI thread.
class ChartSourceHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSourceHub)

public:
    /// Takes ownership of @p source (re-parented to the hub).
    explicit ChartSourceHub(ChartDataSource *source, QObject *parent = nullptr);
    ~ChartSourceHub() override;

    [[nodiscard]] ChartDataSource *source() const { return m_source; }
    /// A new client, owned by @p parent (the view that uses it).
    [[nodiscard]] ChartHubClient *createClient(QObject *parent);
    /// Series watched over all clients.
    [[nodiscard]] QList<Domain::SeriesKey> watchedSeries() const;

private:
    friend class ChartHubClient;
    void updateWatched();

    ChartDataSource *m_source;
    QList<QPointer<ChartHubClient>> m_clients;
    bool m_destroying = false;
};

} // namespace OpsDeck::Models
