// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/trapservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "backend/ipc/ipcserver.h"
#include "backend/snmp/trapreceiver.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcTrapService, "opsdeck.ipc.traps")

namespace OpsDeck::Service {

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

/// An event as the IPC methods and topic carry it: its data with the
/// stored fields on top.
QJsonObject eventJson(const Domain::DeviceEvent &e)
{
    QJsonObject event = e.data;
    event.insert(QStringLiteral("id"), e.id);
    event.insert(QStringLiteral("receivedAt"), e.receivedAt.toString(Qt::ISODateWithMs));
    event.insert(QStringLiteral("deviceId"), e.deviceId);
    event.insert(QStringLiteral("device"), e.deviceName);
    event.insert(QStringLiteral("source"), e.source);
    return event;
}

} // namespace

TrapService::TrapService(Ipc::IpcServer *server, QObject *parent)
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
}

Status TrapService::openStore(const QString &storePath)
{
    if (m_store)
        return {};
    auto store = Store::Store::openSqlite(storePath, true);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    return {};
}

Status TrapService::start(const TrapServiceSettings &settings)
{
    m_settings = settings;
    if (auto st = openStore(settings.storePath); !st)
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
    if (!m_store)
        return Error(ErrorCode::Database, QStringLiteral("the event store is not open"));
    Domain::DeviceEvent stored;
    stored.receivedAt = trap.receivedAt.isValid() ? trap.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    stored.deviceId = device.id;
    stored.deviceName = device.name.isEmpty() ? sourceText : device.name;
    stored.source = sourceText;
    stored.kind = data.value(QStringLiteral("kind")).toString();
    stored.name = trap.name;
    stored.oid = trap.trapOid;
    stored.summary = data.value(QStringLiteral("summary")).toString();
    stored.data = data;
    auto id = m_store->appendDeviceEvent(stored);
    if (!id)
        return id.error();
    stored.id = *id;
    const QJsonObject event = eventJson(stored);
    m_server->publish(QStringLiteral("events"),
                      {{QStringLiteral("type"), QStringLiteral("trap")}, {QStringLiteral("event"), event}});
    emit eventRecorded(event);
    emit trapReceived(trap, stored.deviceName);
    return event;
}

Result<QList<QJsonObject>> TrapService::list(const QString &device, qint64 afterId, int limit) const
{
    if (!m_store)
        return Error(ErrorCode::Database, QStringLiteral("the event store is not open"));
    auto events = m_store->deviceEvents(device, afterId, limit);
    if (!events)
        return events.error();
    QList<QJsonObject> out;
    out.reserve(events->size());
    for (const Domain::DeviceEvent &e : std::as_const(*events))
        out.append(eventJson(e));
    return out;
}

} // namespace OpsDeck::Service
