// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/analysis/anomalysession.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/serviceerrortext.h"

Q_LOGGING_CATEGORY(lcAnomalySession, "opsdeck.analysis.session")

namespace OpsDeck::Models {

namespace {

const QString kTopic = QStringLiteral("anomalies");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error notReachable()
{
    return Error(ErrorCode::Network, QStringLiteral("the service is not reachable"));
}

} // namespace

AnomalySession::AnomalySession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!connection)
        return;
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this, &AnomalySession::handleEvent);
    connect(connection, &JobServiceConnection::stateChanged, this, &AnomalySession::handleStateChanged);
    handleStateChanged();
}

AnomalySession::~AnomalySession() = default;

bool AnomalySession::connected() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

void AnomalySession::handleStateChanged()
{
    const bool available = connected();
    if (available)
        m_connection->client()->subscribe({kTopic});
    else
        m_bandRequests.clear(); // their callbacks end with the connection; nothing will count
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

QString AnomalySession::unavailableText() const
{
    if (m_available)
        return QString();
    if (m_connection && (m_connection->state() == JobServiceConnection::State::Starting ||
                         m_connection->state() == JobServiceConnection::State::Connecting))
        return tr("Connecting to the OpsDeck service…");
    return tr("Unusual behaviour is not available: the console is not connected to the OpsDeck service.");
}

quint64 AnomalySession::requestList(const QString &device, int limit, double minScore)
{
    const quint64 request = ++m_nextRequest;
    if (!connected()) {
        // Reported after the caller returns, as a reply would be.
        QMetaObject::invokeMethod(
            this, [this, request] { emit listFailed(request, notReachable()); }, Qt::QueuedConnection);
        return request;
    }
    QJsonObject params{{QStringLiteral("limit"), std::clamp(limit, 1, 1000)},
                       {QStringLiteral("minScore"), std::clamp(minScore, 0.0, 1.0)}};
    if (!device.isEmpty())
        params.insert(QStringLiteral("device"), device);
    m_connection->client()->call(QStringLiteral("anomaly.list"), params, this, [this, request](Result<QJsonValue> r) {
        if (!r) {
            qCWarning(lcAnomalySession).noquote() << "anomaly list:" << r.error().toString();
            emit listFailed(request, r.error());
            return;
        }
        QList<Anomaly> anomalies;
        const QJsonArray list = r->toObject().value(QStringLiteral("anomalies")).toArray();
        for (const QJsonValue &v : list)
            anomalies << Anomaly::fromJson(v.toObject());
        emit listLoaded(request, anomalies);
    });
    return request;
}

void AnomalySession::requestBand(const QString &slot, const Domain::SeriesKey &series, qint64 fromMs, qint64 toMs)
{
    const quint64 request = ++m_nextRequest;
    m_bandRequests.insert(slot, request);
    if (!connected()) {
        QMetaObject::invokeMethod(
            this,
            [this, slot, request] {
                if (m_bandRequests.value(slot) != request)
                    return;
                m_bandRequests.remove(slot);
                emit bandFailed(slot, notReachable());
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject params{{QStringLiteral("device"), series.device},
                             {QStringLiteral("object"), series.object},
                             {QStringLiteral("metric"), series.metric},
                             {QStringLiteral("from"), isoTime(fromMs)},
                             {QStringLiteral("to"), isoTime(toMs)}};
    m_connection->client()->call(QStringLiteral("anomaly.band"), params, this,
                                 [this, slot, request, series, fromMs, toMs](Result<QJsonValue> r) {
                                     // A newer window for the same chart series came after this one.
                                     if (m_bandRequests.value(slot) != request)
                                         return;
                                     m_bandRequests.remove(slot);
                                     if (!r) {
                                         emit bandFailed(slot, r.error());
                                         return;
                                     }
                                     AnomalyBand band = AnomalyBand::fromJson(r->toObject());
                                     band.series = series;
                                     band.fromMs = fromMs;
                                     band.toMs = toMs;
                                     emit bandLoaded(slot, band);
                                 });
}

void AnomalySession::cancelBand(const QString &slot)
{
    m_bandRequests.remove(slot);
}

void AnomalySession::handleEvent(const QString &topic, const QJsonObject &data)
{
    if (topic != kTopic || data.value(QStringLiteral("type")).toString() != u"changed")
        return;
    const Anomaly anomaly = Anomaly::fromJson(data.value(QStringLiteral("anomaly")).toObject());
    if (anomaly.series.device.isEmpty() || anomaly.series.metric.isEmpty())
        return;
    emit anomalyChanged(anomaly);
}

QString AnomalySession::errorText(AnomalyRequest request, const Error &error)
{
    const QString what = request == AnomalyRequest::List ? tr("Unusual behaviour could not be loaded")
                                                         : tr("The expected range could not be loaded");
    return serviceErrorText(what, error, tr("the service does not analyse this series"),
                            tr("the service does not analyse metrics"));
}

} // namespace OpsDeck::Models
