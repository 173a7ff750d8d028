// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// The engine's inside, shared by its request flow (snmpengine.cpp) and its
// session handling (snmpsessions.cpp); included by nothing else.

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QLoggingCategory>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/large_fd_set.h>

#include "backend/snmp/snmpengine.h"

Q_DECLARE_LOGGING_CATEGORY(lcSnmp)

namespace OpsDeck::Snmp {

namespace Detail {

constexpr int kMaxGetVarBinds = 32;
constexpr int kTimeoutSweepMs = 10;
constexpr qint64 kIdleSessionCloseMs = 120000;

qint64 nowMs();
/// Session opening touches net-snmp's global user list: one thread at a time.
std::mutex &openMutex();
/// The error code for a report PDU's error (authentication or network).
ErrorCode reportErrorCode(int snmpErr);

struct Session;

struct Request
{
    void *engine = nullptr; // the SnmpEngine::Impl
    Session *session = nullptr;
    Operation operation = Operation::Get;
    QStringList oids;
    int nextIndex = 0;   // Get: first OID of the next chunk
    std::vector<oid> root;     // Walk: the subtree
    std::vector<oid> lastName; // Walk: where the next step starts
    VarBindList results;
    SnmpEngine::Callback done;
    bool probe = false;  // the v3 engine discovery request
};

enum class SessionState { Closed, Discovering, Open };

struct Session
{
    QString key;
    SnmpTarget target;
    void *handle = nullptr;   // snmp_sess_* handle of the open session
    void *probeHandle = nullptr;
    int socket = -1;
    SessionState state = SessionState::Closed;
    int inFlight = 0;
    qint64 nextSendAt = 0;
    qint64 lastActivity = 0;
    std::deque<Request *> ready; // requests waiting to send their next PDU
    QByteArray engineId;          // v3: discovered authoritative engine
};

// A PDU answer (or failure) recorded inside a net-snmp callback and handled
// after the read returns, so that new PDUs are never sent from inside
// net-snmp's request-list traversal.
struct Completion
{
    Request *request = nullptr;
    int operation = 0; // NETSNMP_CALLBACK_OP_*
    int command = 0;
    long errstat = 0;
    long errindex = 0;
    int reportError = 0;
    QByteArray securityEngineId;
    VarBindList varBinds;
    // Walk steps, checked on the numeric OIDs inside the callback: whether
    // the walk goes on, and the OIDs of a step that went backwards.
    bool walkMore = false;
    QString disorderedOid;
    QString disorderedAfter;
};

} // namespace Detail

using namespace Detail;

struct SnmpEngine::Impl
{
    std::unordered_map<std::string, std::unique_ptr<Session>> sessions;
    std::vector<Completion> completions;
    std::vector<Session *> dirty;
    std::vector<Session *> toClose;
    QHash<QString, QByteArray> engineIds; // peer -> engine id, survives session closes
    int pending = 0;
    qint64 lastSweep = 0;
    netsnmp_large_fd_set fdset;

    Impl() { netsnmp_large_fd_set_init(&fdset, FD_SETSIZE); }
    ~Impl() { netsnmp_large_fd_set_cleanup(&fdset); }

    static int callback(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic);

    // Keeps the varbinds of a walk step that lie inside the subtree and
    // advance; the numeric comparison avoids any per-varbind parsing.
    static void walkStep(Request *r, const netsnmp_pdu *pdu, Completion &c);

    Session *sessionFor(const SnmpTarget &target);

    void markDirty(Session *s);

    void finish(Request *r, Result<VarBindList> result);

    Error targetError(const Session *s, ErrorCode code, const QString &detail) const;

    void failQueued(Session *s, const Error &error);

    void fillCommon(netsnmp_session &ss, const SnmpTarget &t, const QByteArray &peer);

    // Opens the v1/v2c session, or the v3 session once its engine is known.
    Status openSession(Session *s);

    static void wipeKeys(netsnmp_session &ss);

    // v3: asks the agent for its engine id with an unauthenticated empty GET
    // (RFC 3414 discovery), without blocking.
    Status startDiscovery(Session *s);

    netsnmp_pdu *buildPdu(Request *r, QString *error);

    // Sends what the session's limits allow.
    void pump(Session *s, qint64 now);

    void handle(Completion &c);

    void closeSession(Session *s);

    void drainCompletions();

    void drainAfterClose();

    void pumpDirty();

    int nextRateRelease(qint64 now) const;

    void sweepTimeouts(qint64 now, bool force);

    void process(int maxWaitMs);

    void cancelAll();
};

} // namespace OpsDeck::Snmp
