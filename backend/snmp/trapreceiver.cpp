// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/trapreceiver.h"

#include <poll.h>

#include <QLoggingCategory>
#include <QThread>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/large_fd_set.h>

#include "backend/snmp/oidtable.h"
#include "backend/snmp/snmpengine.h"
#include "backend/snmp/varbindconversion.h"

Q_LOGGING_CATEGORY(lcTrap, "opsdeck.snmp.trap")

namespace OpsDeck::Snmp {

namespace {

const char *authName(AuthProtocol p)
{
    switch (p) {
    case AuthProtocol::Md5: return "MD5";
    case AuthProtocol::Sha1: return "SHA";
    case AuthProtocol::Sha224: return "SHA-224";
    case AuthProtocol::Sha256: return "SHA-256";
    case AuthProtocol::Sha384: return "SHA-384";
    case AuthProtocol::Sha512: return "SHA-512";
    }
    return "SHA";
}

const char *privName(PrivProtocol p)
{
    switch (p) {
    case PrivProtocol::Des: return "DES";
    case PrivProtocol::Aes128: return "AES";
    case PrivProtocol::Aes192: return "AES-192";
    case PrivProtocol::Aes256: return "AES-256";
    }
    return "AES";
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QHostAddress sourceOf(const netsnmp_pdu *pdu)
{
    if (!pdu->transport_data || pdu->transport_data_length < int(sizeof(netsnmp_indexed_addr_pair)))
        return {};
    const auto *pair = static_cast<const netsnmp_indexed_addr_pair *>(pdu->transport_data);
    QHostAddress address(&pair->remote_addr.sa);
    // v4-mapped sources on a dual-stack socket read as plain IPv4
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

struct TrapReceiver::Impl
{
    TrapReceiver *owner = nullptr;
    void *session = nullptr;
    TrapReceiverConfig config;

    void handle(netsnmp_pdu *pdu);
};

namespace {

int receiveCallback(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    if (operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE && pdu)
        static_cast<TrapReceiver::Impl *>(magic)->handle(pdu);
    return 1;
}

} // namespace

void TrapReceiver::Impl::handle(netsnmp_pdu *pdu)
{
    const bool inform = pdu->command == SNMP_MSG_INFORM;
    if (pdu->command != SNMP_MSG_TRAP && pdu->command != SNMP_MSG_TRAP2 && !inform) {
        ++owner->m_dropped;
        return;
    }
    TrapEvent event;
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.source = sourceOf(pdu);
    event.inform = inform;
    if (pdu->version == SNMP_VERSION_3) {
        event.version = SnmpVersion::V3;
        event.securityName = QString::fromUtf8(pdu->securityName, qsizetype(pdu->securityNameLen));
    } else {
        event.version = pdu->version == SNMP_VERSION_1 ? SnmpVersion::V1 : SnmpVersion::V2c;
        if (!config.communities.isEmpty()) {
            const QByteArrayView community(reinterpret_cast<const char *>(pdu->community),
                                           qsizetype(pdu->community_len));
            bool known = false;
            for (const Vault::Secret &c : config.communities)
                known = known || c.reveal() == community;
            if (!known) {
                ++owner->m_dropped;
                qCWarning(lcTrap).noquote() << "notification with an unknown community from"
                                            << event.source.toString();
                return;
            }
        }
    }
    if (pdu->command == SNMP_MSG_TRAP) { // SNMPv1 trap: RFC 3584 section 3.1
        event.upTimeTicks = quint64(pdu->time);
        if (pdu->trap_type >= 0 && pdu->trap_type < 6)
            event.trapOid = QStringLiteral("1.3.6.1.6.3.1.1.5.%1").arg(pdu->trap_type + 1);
        else
            event.trapOid = oidToString(pdu->enterprise, pdu->enterprise_length) + QStringLiteral(".0.")
                + QString::number(pdu->specific_type);
    }
    for (const netsnmp_variable_list *vp = pdu->variables; vp; vp = vp->next_variable) {
        const VarBind vb = toVarBind(vp);
        if (vb.oid == Oids::sysUpTime)
            event.upTimeTicks = vb.toUnsigned();
        else if (vb.oid == Oids::snmpTrapOid)
            event.trapOid = vb.value.toString();
        else
            event.varBinds.append(vb);
        if (oidIsUnder(vb.oid, QStringLiteral("1.3.6.1.2.1.2.2.1.1")))
            event.ifIndex = int(vb.toSigned());
    }
    event.name = TrapReceiver::standardTrapName(event.trapOid);
    event.standard = !event.name.isEmpty();
    if (!event.standard)
        event.name = event.trapOid;

    if (inform) {
        netsnmp_pdu *reply = snmp_clone_pdu(pdu);
        if (reply) {
            reply->command = SNMP_MSG_RESPONSE;
            reply->errstat = 0;
            reply->errindex = 0;
            if (!snmp_sess_send(session, reply)) {
                snmp_free_pdu(reply);
                qCWarning(lcTrap) << "could not acknowledge an inform";
            }
        }
    }
    owner->deliver(std::move(event));
}

TrapReceiver::TrapReceiver(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->owner = this;
    qRegisterMetaType<OpsDeck::Snmp::TrapEvent>();
}

TrapReceiver::~TrapReceiver()
{
    stop();
}

QString TrapReceiver::standardTrapName(const QString &trapOid)
{
    static const QHash<QString, QString> names{
        {Oids::coldStart, QStringLiteral("coldStart")},
        {Oids::warmStart, QStringLiteral("warmStart")},
        {Oids::linkDown, QStringLiteral("linkDown")},
        {Oids::linkUp, QStringLiteral("linkUp")},
        {Oids::authenticationFailure, QStringLiteral("authenticationFailure")},
        {QStringLiteral("1.3.6.1.6.3.1.1.5.6"), QStringLiteral("egpNeighborLoss")},
    };
    return names.value(trapOid);
}

void TrapReceiver::setDeviceLookup(const QHash<QString, QString> &addressToDevice)
{
    std::lock_guard lock(m_lookupMutex);
    m_lookup = addressToDevice;
}

Status TrapReceiver::start(const TrapReceiverConfig &config)
{
    stop();
    SnmpEngine::initialiseLibrary();
    d->config = config;

    for (const TrapUser &u : config.users) {
        QByteArray line;
        if (!u.engineId.isEmpty())
            line += "-e 0x" + u.engineId.toHex() + ' ';
        line += quoted(u.user.toUtf8());
        if (u.level != SecurityLevel::NoAuthNoPriv) {
            line += ' ';
            line += authName(u.authProtocol);
            line += ' ' + quoted(u.authPassphrase.revealBytes());
            if (u.level == SecurityLevel::AuthPriv) {
                line += ' ';
                line += privName(u.privProtocol);
                line += ' ' + quoted(u.privPassphrase.revealBytes());
            }
        }
        line.append('\0');
        usm_parse_create_usmUser("createUser", line.data());
        line.fill('\0');
    }

    const QHostAddress address(config.address);
    const QString spec = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("udp6:[%1]:%2").arg(config.address).arg(config.port)
        : QStringLiteral("udp:%1:%2").arg(config.address).arg(config.port);
    netsnmp_transport *transport = netsnmp_transport_open_server("snmptrap", spec.toLatin1().constData());
    if (!transport)
        return Error(ErrorCode::Network, QStringLiteral("cannot listen for SNMP notifications on %1").arg(spec),
                     {{QStringLiteral("address"), spec}});
    netsnmp_session session;
    snmp_sess_init(&session);
    session.peername = SNMP_DEFAULT_PEERNAME;
    session.version = SNMP_DEFAULT_VERSION;
    session.community_len = SNMP_DEFAULT_COMMUNITY_LEN;
    session.retries = SNMP_DEFAULT_RETRIES;
    session.timeout = SNMP_DEFAULT_TIMEOUT;
    session.callback = receiveCallback;
    session.callback_magic = d.get();
    session.authenticator = nullptr;
    session.isAuthoritative = SNMP_SESS_UNKNOWNAUTH;
    d->session = snmp_sess_add(&session, transport, nullptr, nullptr);
    if (!d->session)
        return Error(ErrorCode::Network, QStringLiteral("cannot open the SNMP notification session on %1").arg(spec));

    m_stop = false;
    m_thread = QThread::create([this] {
        const int fd = snmp_sess_transport(d->session)->sock;
        netsnmp_large_fd_set fds;
        netsnmp_large_fd_set_init(&fds, fd + 1);
        while (!m_stop) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            NETSNMP_LARGE_FD_ZERO(&fds);
            NETSNMP_LARGE_FD_SET(fd, &fds);
            snmp_sess_read2(d->session, &fds);
        }
        netsnmp_large_fd_set_cleanup(&fds);
    });
    m_thread->setObjectName(QStringLiteral("TrapReceiver"));
    m_thread->start();
    qCInfo(lcTrap).noquote() << "receiving SNMP notifications on" << spec;
    return {};
}

void TrapReceiver::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    snmp_sess_close(d->session);
    d->session = nullptr;
}

void TrapReceiver::deliver(TrapEvent event)
{
    {
        std::lock_guard lock(m_lookupMutex);
        event.device = m_lookup.value(event.source.toString(), event.source.toString());
    }
    QMetaObject::invokeMethod(
        this, [this, event = std::move(event)] { emit trapReceived(event); }, Qt::QueuedConnection);
}

} // namespace OpsDeck::Snmp
