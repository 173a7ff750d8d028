// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/snmpvaultcredentials.h"

#include "backend/snmp/trapreceiver.h"

namespace OpsDeck::Service {

namespace {

struct UsmKeys
{
    QString user;
    Snmp::SecurityLevel level = Snmp::SecurityLevel::AuthNoPriv;
    Snmp::AuthProtocol authProtocol = Snmp::AuthProtocol::Sha1;
    Vault::Secret auth;
    Snmp::PrivProtocol privProtocol = Snmp::PrivProtocol::Aes128;
    Vault::Secret priv;
};

Result<UsmKeys> readUsm(const QString &ref, const SecretLookup &lookup)
{
    UsmKeys keys;
    auto user = lookup(ref + QStringLiteral("/user"));
    if (!user)
        return Error(user.error().code, QStringLiteral("no SNMPv3 user in the vault entry %1/user").arg(ref));
    keys.user = user->revealString();
    auto auth = lookup(ref + QStringLiteral("/auth"));
    if (!auth)
        return Error(auth.error().code,
                     QStringLiteral("no SNMPv3 auth passphrase in the vault entry %1/auth").arg(ref));
    keys.auth = *auth;
    if (auto priv = lookup(ref + QStringLiteral("/priv")); priv) {
        keys.priv = *priv;
        keys.level = Snmp::SecurityLevel::AuthPriv;
    }
    if (auto proto = lookup(ref + QStringLiteral("/authProtocol")); proto) {
        const QString p = proto->revealString().trimmed().toUpper().remove(QLatin1Char('-'));
        static const QHash<QString, Snmp::AuthProtocol> names{{QStringLiteral("MD5"), Snmp::AuthProtocol::Md5},
                                                              {QStringLiteral("SHA"), Snmp::AuthProtocol::Sha1},
                                                              {QStringLiteral("SHA1"), Snmp::AuthProtocol::Sha1},
                                                              {QStringLiteral("SHA224"), Snmp::AuthProtocol::Sha224},
                                                              {QStringLiteral("SHA256"), Snmp::AuthProtocol::Sha256},
                                                              {QStringLiteral("SHA384"), Snmp::AuthProtocol::Sha384},
                                                              {QStringLiteral("SHA512"), Snmp::AuthProtocol::Sha512}};
        if (!names.contains(p))
            return Error(ErrorCode::InvalidInput, QStringLiteral("unknown auth protocol in %1/authProtocol").arg(ref));
        keys.authProtocol = names.value(p);
    }
    if (auto proto = lookup(ref + QStringLiteral("/privProtocol")); proto) {
        const QString p = proto->revealString().trimmed().toUpper().remove(QLatin1Char('-'));
        static const QHash<QString, Snmp::PrivProtocol> names{{QStringLiteral("DES"), Snmp::PrivProtocol::Des},
                                                              {QStringLiteral("AES"), Snmp::PrivProtocol::Aes128},
                                                              {QStringLiteral("AES128"), Snmp::PrivProtocol::Aes128},
                                                              {QStringLiteral("AES192"), Snmp::PrivProtocol::Aes192},
                                                              {QStringLiteral("AES256"), Snmp::PrivProtocol::Aes256}};
        if (!names.contains(p))
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("unknown privacy protocol in %1/privProtocol").arg(ref));
        keys.privProtocol = names.value(p);
    }
    return keys;
}

/// Copies the keys into an SnmpTarget or a TrapUser (same field names).
template<typename T> void assignUsm(T &out, const UsmKeys &keys)
{
    out.user = keys.user;
    out.level = keys.level;
    out.authProtocol = keys.authProtocol;
    out.authPassphrase = keys.auth;
    out.privProtocol = keys.privProtocol;
    out.privPassphrase = keys.priv;
}

} // namespace

Status applySnmpCredentials(Snmp::SnmpTarget &target, Workspace::SnmpVersion version, const QString &ref,
                            const SecretLookup &lookup)
{
    if (ref.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("no SNMP credentials configured (polling.credentials)"));
    if (version != Workspace::SnmpVersion::V3) {
        target.version = version == Workspace::SnmpVersion::V1 ? Snmp::SnmpVersion::V1 : Snmp::SnmpVersion::V2c;
        auto community = lookup(ref + QStringLiteral("/community"));
        if (!community)
            community = lookup(ref);
        if (!community)
            return Error(community.error().code,
                         QStringLiteral("no SNMP community in the vault entry %1/community").arg(ref));
        target.community = *community;
        return {};
    }
    auto keys = readUsm(ref, lookup);
    if (!keys)
        return keys.error();
    target.version = Snmp::SnmpVersion::V3;
    assignUsm(target, *keys);
    return {};
}

Result<Snmp::TrapUser> trapUserFromVault(const Workspace::TrapUserConfig &config, const SecretLookup &lookup)
{
    auto keys = readUsm(config.credentials.path, lookup);
    if (!keys)
        return keys.error();
    Snmp::TrapUser user;
    assignUsm(user, *keys);
    QString hex = config.engineId;
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    user.engineId = QByteArray::fromHex(hex.toLatin1());
    return user;
}

} // namespace OpsDeck::Service
