// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include "backend/vault/secret.h"

namespace OpsDeck::Snmp {

enum class SnmpVersion { V1, V2c, V3 };
enum class SecurityLevel { NoAuthNoPriv, AuthNoPriv, AuthPriv };
enum class AuthProtocol { Md5, Sha1, Sha224, Sha256, Sha384, Sha512 };
enum class PrivProtocol { Des, Aes128, Aes192, Aes256 };

/// How to reach and authenticate to one agent. The community and the v3
/// passphrases are vault secrets (see SnmpCredentials::load()); the target is
/// a plain value type, safe to copy between threads.
struct SnmpTarget
{
    QString host;               ///< IPv4/IPv6 literal or host name
    quint16 port = 161;
    SnmpVersion version = SnmpVersion::V2c;
    Vault::Secret community;    ///< v1/v2c
    QString user;               ///< v3 security name
    SecurityLevel level = SecurityLevel::AuthPriv;
    AuthProtocol authProtocol = AuthProtocol::Sha1;
    Vault::Secret authPassphrase;
    PrivProtocol privProtocol = PrivProtocol::Aes128;
    Vault::Secret privPassphrase;
    QString context;            ///< v3 context name (snmpsim: the recording)
    int timeoutMs = 1000;       ///< per attempt
    int retries = 1;
    int maxRepetitions = 25;    ///< GETBULK walks
    int maxInFlight = 4;        ///< requests outstanding towards this agent
    int minIntervalMs = 0;      ///< rate limit: at least this long between two sends

    /// "udp:host:port" (IPv6 in brackets), as net-snmp wants the peer.
    [[nodiscard]] QString peerName() const;
    /// Identifies the session a target needs (address, version, identity).
    [[nodiscard]] QString sessionKey() const;
};

/// ASN.1/SMI type of a received value.
enum class ValueType {
    Null,
    Integer,
    OctetString,
    ObjectId,
    IpAddress,
    Counter32,
    Gauge32,
    TimeTicks,
    Opaque,
    Counter64,
    NoSuchObject,
    NoSuchInstance,
    EndOfMibView,
};

/// One received variable binding. `value` holds qint64 for Integer, quint64
/// for the counters, gauges and TimeTicks, QByteArray for OctetString and
/// Opaque, QString for ObjectId ("1.3.6...") and IpAddress.
struct VarBind
{
    QString oid; ///< numeric, no leading dot
    ValueType type = ValueType::Null;
    QVariant value;

    [[nodiscard]] bool isException() const
    {
        return type == ValueType::NoSuchObject || type == ValueType::NoSuchInstance
            || type == ValueType::EndOfMibView;
    }
    [[nodiscard]] quint64 toUnsigned() const { return value.toULongLong(); }
    [[nodiscard]] qint64 toSigned() const { return value.toLongLong(); }
    /// Octet strings as UTF-8 text (trailing NULs dropped); other types as text.
    [[nodiscard]] QString toText() const;
};

using VarBindList = QList<VarBind>;

/// True when `oid` lies strictly inside the subtree `root` (both numeric).
[[nodiscard]] bool oidIsUnder(const QString &oid, const QString &root);
/// The suffix of `oid` after `root` ("1.3.6.1.2.1.2.2.1.2.7" under
/// "1.3.6.1.2.1.2.2.1.2" is "7"); empty when not under it.
[[nodiscard]] QString oidSuffix(const QString &oid, const QString &root);

} // namespace OpsDeck::Snmp

Q_DECLARE_METATYPE(OpsDeck::Snmp::VarBind)
Q_DECLARE_METATYPE(OpsDeck::Snmp::SnmpTarget)
