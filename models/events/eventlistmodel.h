// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace OpsDeck::Ipc {
class IpcClient;
}

namespace OpsDeck::Models {

/// One device event (an SNMP notification the service received).
struct DeviceEvent
{
    qint64 id = 0;
    QDateTime receivedAt;
    qint64 deviceId = 0; ///< 0: no known device had the source address
    QString device;      ///< device name, else the source address
    QString source;
    QString kind; ///< "snmp.trap", "snmp.inform"
    QString name; ///< "linkDown", ... or the notification OID
    QString oid;
    QString summary;
    QString version;
    QJsonObject json; ///< the event as the service sent it

    [[nodiscard]] static DeviceEvent fromJson(const QJsonObject &json);
};

/// Device events from the service, oldest first, at most maximumEntries().
/// Fed by an Ipc::IpcClient: on connection it subscribes to the "events"
/// topic and loads the latest history with "events.list"; live events are
/// queued and appended in batches (every 250 ms) so bursts never flood the
/// view. An event already present (same id) is not added twice.
/// Lives on the GUI thread; does not own the client.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    enum Column { TimeColumn, DeviceColumn, EventColumn, SourceColumn, DetailsColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole, DeviceIdRole, DeviceNameRole, KindRole, OidRole, JsonRole };

    explicit EventListModel(QObject *parent = nullptr);
    ~EventListModel() override;

    /// Starts following @p client (nullptr: stop); history is requested
    /// once the client is (or becomes) connected.
    void setClient(Ipc::IpcClient *client);
    [[nodiscard]] Ipc::IpcClient *client() const { return m_client; }

    /// Queues events (e.g. from the "events" topic); flush() appends them.
    void post(const QJsonObject &event);
    /// Appends the queued events now (the timer does this by itself).
    void flush();
    void clear();

    [[nodiscard]] int maximumEntries() const { return m_maximum; }
    void setMaximumEntries(int maximum);
    [[nodiscard]] int historyLimit() const { return m_historyLimit; }
    void setHistoryLimit(int limit) { m_historyLimit = qMax(1, limit); }
    [[nodiscard]] DeviceEvent event(int row) const { return m_events.value(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// Events were appended.
    void eventsAdded(int count);
    /// The history request failed (technical detail, for the log).
    void historyFailed(const QString &detail);

private:
    void handleConnected();
    void handleEvent(const QString &topic, const QJsonObject &data);
    void trim();

    QPointer<Ipc::IpcClient> m_client;
    QList<DeviceEvent> m_events;
    QList<DeviceEvent> m_queue;
    QSet<qint64> m_ids;
    QTimer m_flushTimer;
    int m_maximum = 5000;
    int m_historyLimit = 500;
};

} // namespace OpsDeck::Models
