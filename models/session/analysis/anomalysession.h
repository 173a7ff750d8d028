// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/domain/serieskey.h"
#include "models/session/analysis/anomalyjson.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// What the console asked the service's anomaly detector for.
enum class AnomalyRequest { List, Band };

/// The console's view of the workspace service's anomaly detector: the
/// series that are unusual now (anomaly.list, for the whole estate or one
/// device), the expected band of a series over a chart's window
/// (anomaly.band) and the changes the "anomalies" topic announces.
///
/// Every request is asynchronous. A list request ends in exactly one of
/// listLoaded() or listFailed(), naming the request. A band request is
/// made for a slot (one series of one chart): it ends in bandLoaded() or
/// bandFailed() for that slot, unless a newer request for the same slot
/// (or cancelBand()) supersedes it first, in which case its answer is
/// dropped. Without a connection requests fail right after the call
/// returns, with a Network error.
///
/// Does not own the connection (may be null: never available). GUI thread.
class AnomalySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomalySession)

public:
    explicit AnomalySession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~AnomalySession() override;

    /// Connected to the service: requests can be answered.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /// Why nothing can be shown while not available (a translated sentence), else empty.
    [[nodiscard]] QString unavailableText() const;

    /// The latest verdicts scoring at least @p minScore (0..1), most
    /// anomalous first, at most @p limit (1..1000); of the device with the
    /// metric store key @p device, or of every device when it is empty.
    /// Returns the request's number, which its terminal signal carries.
    quint64 requestList(const QString &device = QString(), int limit = 50, double minScore = 0.2);
    /// The band of @p series over [@p fromMs, @p toMs), superseding the
    /// request still on its way for @p slot.
    void requestBand(const QString &slot, const Domain::SeriesKey &series, qint64 fromMs, qint64 toMs);
    /// Drops the answer of the band request on its way for @p slot.
    void cancelBand(const QString &slot);
    /// Band requests on their way (not yet answered nor superseded).
    [[nodiscard]] int pendingBandCount() const { return int(m_bandRequests.size()); }

    /// One translated sentence for a failed request, naming what failed and
    /// why; the technical detail is shortened to its first line.
    [[nodiscard]] static QString errorText(AnomalyRequest request, const Error &error);

signals:
    void availabilityChanged(bool available);
    void listLoaded(quint64 request, const QList<OpsDeck::Models::Anomaly> &anomalies);
    void listFailed(quint64 request, const OpsDeck::Error &error);
    void bandLoaded(const QString &slot, const OpsDeck::Models::AnomalyBand &band);
    void bandFailed(const QString &slot, const OpsDeck::Error &error);
    /// A series became anomalous or stopped being so (from the "anomalies" topic).
    void anomalyChanged(const OpsDeck::Models::Anomaly &anomaly);

private:
    void handleStateChanged();
    void handleEvent(const QString &topic, const QJsonObject &data);
    [[nodiscard]] bool connected() const;

    QPointer<JobServiceConnection> m_connection;
    QHash<QString, quint64> m_bandRequests; ///< slot -> the request whose answer counts
    quint64 m_nextRequest = 0;
    bool m_available = false;
};

} // namespace OpsDeck::Models
