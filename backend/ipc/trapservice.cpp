// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/ipc/trapservice.h"

#include <atomic>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "backend/ipc/ipcserver.h"
#include "backend/snmp/trapreceiver.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcTrapService, "opsdeck.ipc.traps")

namespace OpsDeck::Ipc {

namespace {

constexpr int kDefaultListLimit = 200;
constexpr int kMaxListLimit = 5000;

QString versionName(Snmp::SnmpVersion version)
{
    switch (version) {
    case Snmp::SnmpVersion::V1:
        return QStringLiteral("v1");
    case Snmp::SnmpVersion::V2c:
        return QStringLiteral("v2c");
    case Snmp::SnmpVersion::V3:
        return QStringLiteral("v3");
    }
    return {};
}

QString summaryOf(const Snmp::TrapEvent &trap)
{
    if (trap.ifIndex > 0)
        return QStringLiteral("%1 ifIndex %2").arg(trap.name).arg(trap.ifIndex);
    return trap.name;
}

QJsonObject eventFromRow(const QSqlQuery &q)
{
    QJsonObject event = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    event.insert(QStringLiteral("id"), q.value(0).toLongLong());
    event.insert(QStringLiteral("receivedAt"), q.value(1).toString());
    event.insert(QStringLiteral("deviceId"), q.value(2).toLongLong());
    event.insert(QStringLiteral("device"), q.value(3).toString());
    event.insert(QStringLiteral("source"), q.value(4).toString());
    return event;
}

} // namespace

TrapService::TrapService(IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_receiver(new Snmp::TrapReceiver(this))
{
    connect(m_receiver, &Snmp::TrapReceiver::trapReceived, this, [this](const Snmp::TrapEvent &trap) {
        auto event = record(trap);
        if (!event)
            qCWarning(lcTrapService) << "cannot store a trap:" << event.error().toString();
    });
    server->registerMethod(
        QStringLiteral("events.list"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const int limit = params.value(QStringLiteral("limit")).toInt(kDefaultListLimit);
            if (limit < 1 || limit > kMaxListLimit)
                return Error(ErrorCode::InvalidInput, QStringLiteral("limit must be from 1 to %1").arg(kMaxListLimit));
            auto events = list(params.value(QStringLiteral("device")).toString(),
                               params.value(QStringLiteral("afterId")).toInteger(), limit);
            if (!events)
                return events.error();
            QJsonArray array;
            for (const QJsonObject &e : std::as_const(*events))
                array.append(e);
            return QJsonValue(array);
        });
    server->registerMethod(QStringLiteral("traps.status"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               return QJsonValue(QJsonObject{{QStringLiteral("running"), m_receiver->isRunning()},
                                                             {QStringLiteral("address"), m_settings.traps.address},
                                                             {QStringLiteral("port"), m_settings.traps.port},
                                                             {QStringLiteral("dropped"), m_receiver->droppedCount()},
                                                             {QStringLiteral("received"), m_received}});
                           });
}

TrapService::~TrapService()
{
    stop();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Status TrapService::openDatabase(const QString &storePath)
{
    if (!m_connectionName.isEmpty())
        return {};
    {
        // The inventory store owns the schema: let it migrate the file.
        auto store = Store::Store::openSqlite(storePath, true);
        if (!store)
            return store.error();
    }
    static std::atomic_int counter{0};
    const QString name = QStringLiteral("opsdeck-events-%1").arg(counter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(storePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(ErrorCode::Database, QStringLiteral("cannot open the event store: %1").arg(why),
                     {{QStringLiteral("file"), storePath}});
    }
    m_connectionName = name;
    return {};
}

Status TrapService::start(const TrapServiceSettings &settings)
{
    m_settings = settings;
    if (auto st = openDatabase(settings.storePath); !st)
        return st;
    if (!settings.traps.enabled)
        return {};
    Snmp::TrapReceiverConfig config;
    config.address = settings.traps.address;
    config.port = quint16(settings.traps.port);
    for (const Workspace::SecretRef &ref : settings.traps.communities) {
        auto community = settings.secrets(ref.path + QStringLiteral("/community"));
        if (!community)
            community = settings.secrets(ref.path);
        if (!community)
            return Error(community.error().code,
                         QStringLiteral("no trap community in the vault entry %1/community").arg(ref.path));
        config.communities.append(*community);
    }
    for (const Workspace::TrapUserConfig &userConfig : settings.traps.users) {
        auto user = trapUserFromVault(userConfig, settings.secrets);
        if (!user)
            return user.error();
        config.users.append(*user);
    }
    if (config.communities.isEmpty()) {
        // An empty list would accept any community: refuse v1/v2c instead.
        config.communities.append(Vault::Secret::fromBytes(QByteArray::fromHex("00ff00ff00ff00ff")));
    }
    setDevices(m_devices);
    return m_receiver->start(config);
}

void TrapService::stop()
{
    m_receiver->stop();
}

bool TrapService::isRunning() const
{
    return m_receiver->isRunning();
}

void TrapService::setDevices(const QHash<QString, KnownDevice> &byAddress)
{
    m_devices = byAddress;
    QHash<QString, QString> names;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it)
        names.insert(it.key(), it->name);
    m_receiver->setDeviceLookup(names);
}

Result<QJsonObject> TrapService::record(const Snmp::TrapEvent &trap)
{
    ++m_received;
    QHostAddress source = trap.source;
    bool mapped = false;
    const quint32 v4 = source.toIPv4Address(&mapped);
    if (mapped)
        source = QHostAddress(v4);
    const QString sourceText = source.toString();
    const KnownDevice device = m_devices.value(sourceText);

    QJsonArray varBinds;
    for (const Snmp::VarBind &vb : trap.varBinds)
        varBinds.append(QJsonObject{{QStringLiteral("oid"), vb.oid}, {QStringLiteral("value"), vb.toText()}});
    QJsonObject data{
        {QStringLiteral("kind"), trap.inform ? QStringLiteral("snmp.inform") : QStringLiteral("snmp.trap")},
        {QStringLiteral("name"), trap.name},
        {QStringLiteral("oid"), trap.trapOid},
        {QStringLiteral("summary"), summaryOf(trap)},
        {QStringLiteral("version"), versionName(trap.version)},
        {QStringLiteral("securityName"), trap.securityName},
        {QStringLiteral("ifIndex"), trap.ifIndex},
        {QStringLiteral("upTimeTicks"), qint64(trap.upTimeTicks)},
        {QStringLiteral("varBinds"), varBinds}};
    const QDateTime at = trap.receivedAt.isValid() ? trap.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QString receivedAt = at.toString(Qt::ISODateWithMs);
    const QString deviceName = device.name.isEmpty() ? sourceText : device.name;

    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO device_events (received_at, device_id, device_name, source, kind, name,"
                             " oid, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(receivedAt);
    q.addBindValue(device.id);
    q.addBindValue(deviceName);
    q.addBindValue(sourceText);
    q.addBindValue(data.value(QStringLiteral("kind")).toString());
    q.addBindValue(trap.name);
    q.addBindValue(trap.trapOid);
    q.addBindValue(data.value(QStringLiteral("summary")).toString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error(ErrorCode::Database, QStringLiteral("cannot store an event: %1").arg(q.lastError().text()));

    QJsonObject event = data;
    event.insert(QStringLiteral("id"), q.lastInsertId().toLongLong());
    event.insert(QStringLiteral("receivedAt"), receivedAt);
    event.insert(QStringLiteral("deviceId"), device.id);
    event.insert(QStringLiteral("device"), deviceName);
    event.insert(QStringLiteral("source"), sourceText);
    m_server->publish(QStringLiteral("events"),
                      {{QStringLiteral("type"), QStringLiteral("trap")}, {QStringLiteral("event"), event}});
    emit eventRecorded(event);
    return event;
}

Result<QList<QJsonObject>> TrapService::list(const QString &device, qint64 afterId, int limit) const
{
    if (m_connectionName.isEmpty())
        return Error(ErrorCode::Database, QStringLiteral("the event store is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The newest `limit` events after afterId, returned oldest first.
    QString sql = QStringLiteral("SELECT id, received_at, device_id, device_name, source, data FROM device_events"
                                 " WHERE id > ?");
    if (!device.isEmpty())
        sql += QStringLiteral(" AND device_name = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    q.addBindValue(afterId);
    if (!device.isEmpty())
        q.addBindValue(device);
    q.addBindValue(limit);
    if (!q.exec())
        return Error(ErrorCode::Database, QStringLiteral("cannot read events: %1").arg(q.lastError().text()));
    QList<QJsonObject> out;
    while (q.next())
        out.prepend(eventFromRow(q));
    return out;
}

} // namespace OpsDeck::Ipc
