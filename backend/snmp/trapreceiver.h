// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <atomic>
#include <memory>
#include <mutex>

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include "backend/core/result.h"
#include "backend/snmp/snmptypes.h"

class QThread;

namespace OpsDeck::Snmp {

/// A USM user notifications may come from. Traps are sent by the agent's
/// (authoritative) engine, so the user is keyed to that engine's ID;
/// informs use the receiver's own engine, keyed by an empty engineId.
struct TrapUser
{
    QString user;
    SecurityLevel level = SecurityLevel::AuthPriv;
    AuthProtocol authProtocol = AuthProtocol::Sha1;
    Vault::Secret authPassphrase;
    PrivProtocol privProtocol = PrivProtocol::Aes128;
    Vault::Secret privPassphrase;
    QByteArray engineId; ///< the sender's snmpEngineID (raw bytes); empty: informs to us
};

/// Where the receiver listens and whom it accepts.
struct TrapReceiverConfig
{
    QString address = QStringLiteral("0.0.0.0"); ///< IPv4 or IPv6 literal
    quint16 port = 162;
    QList<Vault::Secret> communities; ///< v1/v2c communities accepted; empty: any
    QList<TrapUser> users;            ///< v3 users accepted
};

/// One received notification, turned into an event.
struct TrapEvent
{
    QDateTime receivedAt;
    QHostAddress source;
    QString device;      ///< from the address lookup, else the source address
    SnmpVersion version = SnmpVersion::V2c;
    bool inform = false; ///< acknowledged to the sender
    QString trapOid;     ///< snmpTrapOID.0 (v1 traps are converted per RFC 3584)
    QString name;        ///< "linkDown", "linkUp", "coldStart", "warmStart", "authenticationFailure", or the OID
    bool standard = false; ///< one of the SNMPv2-MIB generic traps
    quint64 upTimeTicks = 0;
    int ifIndex = 0;     ///< linkDown/linkUp: the interface
    QString securityName; ///< v3 user (never the community)
    VarBindList varBinds; ///< all varbinds except sysUpTime.0 and snmpTrapOID.0
};

/// Receives SNMP notifications (v1/v2c traps, v2c/v3 informs, v3 traps with
/// USM authNoPriv/authPriv) on a UDP port and emits one trapReceived() per
/// notification accepted; informs are acknowledged. Built on net-snmp's
/// transport and session callback, so v3 authentication, privacy and
/// timeliness are checked by the library: notifications with a wrong
/// community or unknown/badly keyed user are dropped and counted.
///
/// Thread: create and use it on a thread with an event loop; it receives on
/// its own thread ("TrapReceiver"). The destructor stops it.
class TrapReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrapReceiver)

public:
    explicit TrapReceiver(QObject *parent = nullptr);
    ~TrapReceiver() override;

    /// Binds the port and starts receiving (Network error when it cannot bind).
    [[nodiscard]] Status start(const TrapReceiverConfig &config);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    /// Maps source addresses (as QHostAddress::toString()) to device names.
    void setDeviceLookup(const QHash<QString, QString> &addressToDevice);
    /// Notifications dropped (bad community, not a notification).
    [[nodiscard]] int droppedCount() const { return m_dropped.load(); }

    /// "linkDown" for 1.3.6.1.6.3.1.1.5.3 and so on; empty for other OIDs.
    [[nodiscard]] static QString standardTrapName(const QString &trapOid);

signals:
    void trapReceived(const OpsDeck::Snmp::TrapEvent &event);

public:
    struct Impl;

private:
    void deliver(TrapEvent event);

    std::unique_ptr<Impl> d;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_dropped{0};
    std::mutex m_lookupMutex;
    QHash<QString, QString> m_lookup;
};

} // namespace OpsDeck::Snmp

Q_DECLARE_METATYPE(OpsDeck::Snmp::TrapEvent)
