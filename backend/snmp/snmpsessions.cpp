// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Opening, discovering (SNMPv3 engine id) and closing the engine's sessions.
#include <algorithm>

#include "backend/snmp/snmpengineimpl.h"

namespace OpsDeck::Snmp {

Session *SnmpEngine::Impl::sessionFor(const SnmpTarget &target)
{
    const QString key = target.sessionKey();
    const std::string k = key.toStdString();
    auto it = sessions.find(k);
    if (it != sessions.end()) {
        it->second->target = target; // rate limits may change between calls
        return it->second.get();
    }
    auto s = std::make_unique<Session>();
    s->key = key;
    s->target = target;
    Session *raw = s.get();
    sessions.emplace(k, std::move(s));
    return raw;
}

Error SnmpEngine::Impl::targetError(const Session *s, ErrorCode code, const QString &detail) const
{
    return Error(code, detail, {{QStringLiteral("device"), s->target.peerName()}});
}

void SnmpEngine::Impl::failQueued(Session *s, const Error &error)
{
    auto queued = std::move(s->ready);
    s->ready.clear();
    for (Request *r : queued)
        finish(r, error);
}

void SnmpEngine::Impl::fillCommon(netsnmp_session &ss, const SnmpTarget &t, const QByteArray &peer)
{
    snmp_sess_init(&ss);
    ss.peername = const_cast<char *>(peer.constData());
    ss.timeout = long(std::max(1, t.timeoutMs)) * 1000L;
    ss.retries = std::max(0, t.retries);
    ss.callback = &Impl::callback;
}

namespace {

/// The strings a v3 session points to; they must outlive snmp_sess_open.
struct V3Names
{
    QByteArray user;
    QByteArray context;
    QByteArray engine;
};

void setV3Identity(netsnmp_session &ss, const SnmpTarget &t, V3Names &names)
{
    ss.version = SNMP_VERSION_3;
    ss.flags |= SNMP_FLAGS_DONT_PROBE; // engine discovered already, asynchronously
    ss.securityName = names.user.data();
    ss.securityNameLen = size_t(names.user.size());
    ss.contextName = names.context.data();
    ss.contextNameLen = size_t(names.context.size());
    ss.securityEngineID = reinterpret_cast<u_char *>(names.engine.data());
    ss.securityEngineIDLen = size_t(names.engine.size());
    ss.contextEngineID = reinterpret_cast<u_char *>(names.engine.data());
    ss.contextEngineIDLen = size_t(names.engine.size());
    ss.securityModel = USM_SEC_MODEL_NUMBER;
    ss.securityLevel = t.level == SecurityLevel::AuthPriv     ? SNMP_SEC_LEVEL_AUTHPRIV
                       : t.level == SecurityLevel::AuthNoPriv ? SNMP_SEC_LEVEL_AUTHNOPRIV
                                                              : SNMP_SEC_LEVEL_NOAUTH;
}

/// The authentication protocol and the key derived from its passphrase
/// (Ku); false when net-snmp cannot derive it.
bool setAuthKey(netsnmp_session &ss, const SnmpTarget &t)
{
    switch (t.authProtocol) {
    case AuthProtocol::Md5:
        ss.securityAuthProto = usmHMACMD5AuthProtocol;
        break;
    case AuthProtocol::Sha1:
        ss.securityAuthProto = usmHMACSHA1AuthProtocol;
        break;
    case AuthProtocol::Sha224:
        ss.securityAuthProto = usmHMAC128SHA224AuthProtocol;
        break;
    case AuthProtocol::Sha256:
        ss.securityAuthProto = usmHMAC192SHA256AuthProtocol;
        break;
    case AuthProtocol::Sha384:
        ss.securityAuthProto = usmHMAC256SHA384AuthProtocol;
        break;
    case AuthProtocol::Sha512:
        ss.securityAuthProto = usmHMAC384SHA512AuthProtocol;
        break;
    }
    ss.securityAuthProtoLen = USM_AUTH_PROTO_SHA_LEN;
    ss.securityAuthKeyLen = USM_AUTH_KU_LEN;
    const QByteArray pass = t.authPassphrase.revealBytes();
    return generate_Ku(ss.securityAuthProto, u_int(ss.securityAuthProtoLen),
                       reinterpret_cast<const u_char *>(pass.constData()), size_t(pass.size()), ss.securityAuthKey,
                       &ss.securityAuthKeyLen) == SNMPERR_SUCCESS;
}

/// The privacy protocol and its key, derived with the authentication
/// protocol (set first); false when net-snmp cannot derive it.
bool setPrivKey(netsnmp_session &ss, const SnmpTarget &t)
{
    switch (t.privProtocol) {
    case PrivProtocol::Des:
        ss.securityPrivProto = usmDESPrivProtocol;
        ss.securityPrivProtoLen = USM_PRIV_PROTO_DES_LEN;
        break;
    case PrivProtocol::Aes128:
        ss.securityPrivProto = usmAESPrivProtocol;
        ss.securityPrivProtoLen = USM_PRIV_PROTO_AES_LEN;
        break;
    case PrivProtocol::Aes192:
        ss.securityPrivProto = usmAES192PrivProtocol;
        ss.securityPrivProtoLen = 9;
        break;
    case PrivProtocol::Aes256:
        ss.securityPrivProto = usmAES256PrivProtocol;
        ss.securityPrivProtoLen = 9;
        break;
    }
    ss.securityPrivKeyLen = USM_PRIV_KU_LEN;
    const QByteArray pass = t.privPassphrase.revealBytes();
    return generate_Ku(ss.securityAuthProto, u_int(ss.securityAuthProtoLen),
                       reinterpret_cast<const u_char *>(pass.constData()), size_t(pass.size()), ss.securityPrivKey,
                       &ss.securityPrivKeyLen) == SNMPERR_SUCCESS;
}

} // namespace

// Opens the v1/v2c session, or the v3 session once its engine is known.
Status SnmpEngine::Impl::openSession(Session *s)
{
    const SnmpTarget &t = s->target;
    const QByteArray peer = t.peerName().toUtf8();
    netsnmp_session ss;
    fillCommon(ss, t, peer);
    QByteArray community;
    V3Names names{t.user.toUtf8(), t.context.toUtf8(), s->engineId};
    if (t.version != SnmpVersion::V3) {
        ss.version = t.version == SnmpVersion::V1 ? SNMP_VERSION_1 : SNMP_VERSION_2c;
        community = t.community.revealBytes();
        ss.community = reinterpret_cast<u_char *>(community.data());
        ss.community_len = size_t(community.size());
    } else {
        setV3Identity(ss, t, names);
        if (t.level != SecurityLevel::NoAuthNoPriv && !setAuthKey(ss, t)) {
            wipeKeys(ss);
            return targetError(s, ErrorCode::Auth,
                               QStringLiteral("cannot derive the v3 authentication key (passphrase too "
                                              "short? at least 8 characters)"));
        }
        if (t.level == SecurityLevel::AuthPriv && !setPrivKey(ss, t)) {
            wipeKeys(ss);
            return targetError(s, ErrorCode::Auth,
                               QStringLiteral("cannot derive the v3 privacy key (passphrase too short? at "
                                              "least 8 characters)"));
        }
    }
    void *handle = nullptr;
    {
        std::lock_guard lock(openMutex());
        if (t.version == SnmpVersion::V3) {
            // net-snmp keeps one global USM user per (engine, name) and
            // would silently reuse the keys of an earlier session: replace
            // it, so these credentials are the ones used (and checked).
            if (usmUser *old = usm_get_user(reinterpret_cast<const u_char *>(names.engine.constData()),
                                            size_t(names.engine.size()), names.user.data())) {
                usm_remove_user(old);
                usm_free_user(old);
            }
        }
        handle = snmp_sess_open(&ss);
    }
    // The copies of the passphrase-derived keys live in net-snmp now.
    wipeKeys(ss);
    if (!handle) {
        return targetError(s, ErrorCode::Network,
                           QStringLiteral("cannot open an SNMP session to %1: %2")
                               .arg(t.peerName(), QString::fromUtf8(snmp_api_errstring(ss.s_snmp_errno))));
    }
    s->handle = handle;
    netsnmp_transport *transport = snmp_sess_transport(handle);
    s->socket = transport ? transport->sock : -1;
    s->state = SessionState::Open;
    return {};
}

void SnmpEngine::Impl::wipeKeys(netsnmp_session &ss)
{
    std::fill(std::begin(ss.securityAuthKey), std::end(ss.securityAuthKey), u_char(0));
    std::fill(std::begin(ss.securityPrivKey), std::end(ss.securityPrivKey), u_char(0));
}

// v3: asks the agent for its engine id with an unauthenticated empty GET
// (RFC 3414 discovery), without blocking.
Status SnmpEngine::Impl::startDiscovery(Session *s)
{
    const SnmpTarget &t = s->target;
    const QByteArray peer = t.peerName().toUtf8();
    netsnmp_session ss;
    fillCommon(ss, t, peer);
    ss.version = SNMP_VERSION_3;
    ss.flags |= SNMP_FLAGS_DONT_PROBE;
    ss.securityModel = USM_SEC_MODEL_NUMBER;
    ss.securityLevel = SNMP_SEC_LEVEL_NOAUTH;
    void *handle = nullptr;
    {
        std::lock_guard lock(openMutex());
        // The discovery message goes out as the empty, unauthenticated
        // user, which the USM must know.
        if (!usm_get_user(nullptr, 0, const_cast<char *>(""))) {
            auto *empty = static_cast<usmUser *>(calloc(1, sizeof(usmUser)));
            empty->name = strdup("");
            empty->secName = strdup("");
            empty->authProtocolLen = sizeof(usmNoAuthProtocol) / sizeof(oid);
            empty->authProtocol = snmp_duplicate_objid(usmNoAuthProtocol, empty->authProtocolLen);
            empty->privProtocolLen = sizeof(usmNoPrivProtocol) / sizeof(oid);
            empty->privProtocol = snmp_duplicate_objid(usmNoPrivProtocol, empty->privProtocolLen);
            usm_add_user(empty);
        }
        handle = snmp_sess_open(&ss);
    }
    if (!handle) {
        return targetError(s, ErrorCode::Network,
                           QStringLiteral("cannot open an SNMP session to %1: %2")
                               .arg(t.peerName(), QString::fromUtf8(snmp_api_errstring(ss.s_snmp_errno))));
    }
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GET);
    pdu->version = SNMP_VERSION_3;
    pdu->securityModel = USM_SEC_MODEL_NUMBER;
    pdu->securityLevel = SNMP_SEC_LEVEL_NOAUTH;
    pdu->securityName = static_cast<char *>(calloc(1, 1));
    pdu->securityNameLen = 0;
    // Some agents (snmpsim) route by context before answering discovery.
    const QByteArray context = t.context.toUtf8();
    pdu->contextName = strdup(context.constData());
    pdu->contextNameLen = size_t(context.size());
    auto *probe = new Request;
    probe->engine = this;
    probe->session = s;
    probe->probe = true;
    if (!snmp_sess_async_send(handle, pdu, &Impl::callback, probe)) {
        snmp_free_pdu(pdu);
        delete probe;
        snmp_sess_close(handle);
        return targetError(s, ErrorCode::Network, QStringLiteral("cannot send to %1").arg(t.peerName()));
    }
    ++pending; // the probe counts as pending work (finished without callback)
    s->probeHandle = handle;
    netsnmp_transport *transport = snmp_sess_transport(handle);
    s->socket = transport ? transport->sock : -1;
    s->state = SessionState::Discovering;
    ++s->inFlight;
    return {};
}

void SnmpEngine::Impl::closeSession(Session *s)
{
    if (s->probeHandle) {
        void *h = s->probeHandle;
        s->probeHandle = nullptr;
        snmp_sess_close(h);
    }
    if (s->handle) {
        void *h = s->handle;
        s->handle = nullptr;
        snmp_sess_close(h);
    }
    s->socket = -1;
}

} // namespace OpsDeck::Snmp
