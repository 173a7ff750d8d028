// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/snmpengine.h"

#include <algorithm>
#include <chrono>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <poll.h>
#include <sys/resource.h>
#endif

#include "backend/snmp/snmpengineimpl.h"
#include "backend/snmp/varbindconversion.h"

Q_LOGGING_CATEGORY(lcSnmp, "opsdeck.snmp")

namespace OpsDeck::Snmp {

namespace Detail {

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::mutex &openMutex()
{
    static std::mutex m;
    return m;
}

ErrorCode reportErrorCode(int snmpErr)
{
    switch (snmpErr) {
    case SNMPERR_AUTHENTICATION_FAILURE:
    case SNMPERR_UNKNOWN_USER_NAME:
    case SNMPERR_UNSUPPORTED_SEC_LEVEL:
    case SNMPERR_DECRYPTION_ERR:
    case SNMPERR_USM_AUTHENTICATIONFAILURE:
    case SNMPERR_USM_UNKNOWNSECURITYNAME:
    case SNMPERR_USM_UNSUPPORTEDSECURITYLEVEL:
    case SNMPERR_USM_DECRYPTIONERROR:
        return ErrorCode::Auth;
    default:
        return ErrorCode::Network;
    }
}

} // namespace Detail

int SnmpEngine::Impl::callback(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    // Resends and security-error notices are followed by a final call.
    if (operation == NETSNMP_CALLBACK_OP_RESEND || operation == NETSNMP_CALLBACK_OP_SEC_ERROR
        || operation == NETSNMP_CALLBACK_OP_CONNECT)
        return 1;
    auto *request = static_cast<Request *>(magic);
    Completion c;
    c.request = request;
    c.operation = operation;
    if (operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE && pdu) {
        c.command = pdu->command;
        c.errstat = pdu->errstat;
        c.errindex = pdu->errindex;
        // Discovery answers are usually reports (unknownEngineID), but
        // some agents answer the empty GET itself: take the engine id
        // from whatever came back.
        if (request->probe && pdu->securityEngineID && pdu->securityEngineIDLen)
            c.securityEngineId = QByteArray(reinterpret_cast<const char *>(pdu->securityEngineID),
                                            qsizetype(pdu->securityEngineIDLen));
        if (pdu->command == SNMP_MSG_REPORT) {
            c.reportError = snmpv3_get_report_type(pdu);
        } else if (request->operation == Operation::Walk && !request->probe && pdu->errstat == SNMP_ERR_NOERROR) {
            walkStep(request, pdu, c);
        } else {
            for (auto *vp = pdu->variables; vp; vp = vp->next_variable)
                c.varBinds.append(toVarBind(vp));
        }
    }
    static_cast<Impl *>(request->engine)->completions.push_back(std::move(c));
    return 1;
}

// Keeps the varbinds of a walk step that lie inside the subtree and
// advance; the numeric comparison avoids any per-varbind parsing.
void SnmpEngine::Impl::walkStep(Request *r, const netsnmp_pdu *pdu, Completion &c)
{
    c.walkMore = pdu->variables != nullptr;
    for (auto *vp = pdu->variables; vp; vp = vp->next_variable) {
        const bool inside = vp->type != SNMP_NOSUCHOBJECT && vp->type != SNMP_NOSUCHINSTANCE
            && vp->type != SNMP_ENDOFMIBVIEW && vp->name_length > r->root.size()
            && netsnmp_oid_equals(vp->name, r->root.size(), r->root.data(), r->root.size()) == 0;
        if (!inside) {
            c.walkMore = false;
            return;
        }
        if (snmp_oid_compare(vp->name, vp->name_length, r->lastName.data(), r->lastName.size()) <= 0) {
            c.walkMore = false;
            c.disorderedOid = oidToString(vp->name, vp->name_length);
            c.disorderedAfter = oidToString(r->lastName.data(), r->lastName.size());
            return;
        }
        r->lastName.assign(vp->name, vp->name + vp->name_length);
        c.varBinds.append(toVarBind(vp));
    }
}

void SnmpEngine::Impl::markDirty(Session *s)
{
    if (std::find(dirty.begin(), dirty.end(), s) == dirty.end())
        dirty.push_back(s);
}

void SnmpEngine::Impl::finish(Request *r, Result<VarBindList> result)
{
    --pending;
    auto done = std::move(r->done);
    delete r;
    if (done)
        done(std::move(result));
}

netsnmp_pdu *SnmpEngine::Impl::buildPdu(Request *r, QString *error)
{
    const SnmpTarget &t = r->session->target;
    oid name[MAX_OID_LEN];
    size_t length = 0;
    netsnmp_pdu *pdu = nullptr;
    switch (r->operation) {
    case Operation::Get: {
        pdu = snmp_pdu_create(SNMP_MSG_GET);
        const int end = std::min<int>(int(r->oids.size()), r->nextIndex + kMaxGetVarBinds);
        for (int i = r->nextIndex; i < end; ++i) {
            if (!parseOid(r->oids.at(i), name, &length)) {
                snmp_free_pdu(pdu);
                *error = QStringLiteral("not a numeric OID: %1").arg(r->oids.at(i));
                return nullptr;
            }
            snmp_add_null_var(pdu, name, length);
        }
        break;
    }
    case Operation::GetNext:
        pdu = snmp_pdu_create(SNMP_MSG_GETNEXT);
        for (const QString &o : std::as_const(r->oids)) {
            if (!parseOid(o, name, &length)) {
                snmp_free_pdu(pdu);
                *error = QStringLiteral("not a numeric OID: %1").arg(o);
                return nullptr;
            }
            snmp_add_null_var(pdu, name, length);
        }
        break;
    case Operation::Walk:
        if (r->lastName.empty()) {
            *error = QStringLiteral("not a numeric OID: %1").arg(r->oids.constFirst());
            return nullptr;
        }
        std::copy(r->lastName.begin(), r->lastName.end(), name);
        length = r->lastName.size();
        if (t.version == SnmpVersion::V1) {
            pdu = snmp_pdu_create(SNMP_MSG_GETNEXT);
        } else {
            pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
            pdu->non_repeaters = 0;
            pdu->max_repetitions = std::max(1, t.maxRepetitions);
        }
        snmp_add_null_var(pdu, name, length);
        break;
    }
    return pdu;
}

// Sends what the session's limits allow.
void SnmpEngine::Impl::pump(Session *s, qint64 now)
{
    if (s->ready.empty())
        return;
    if (s->state == SessionState::Closed) {
        Status st = {};
        if (s->target.version == SnmpVersion::V3 && s->engineId.isEmpty()) {
            const QByteArray known = engineIds.value(s->target.peerName());
            if (known.isEmpty()) {
                st = startDiscovery(s);
                if (!st.ok())
                    failQueued(s, st.error());
                return;
            }
            s->engineId = known;
        }
        st = openSession(s);
        if (!st.ok()) {
            failQueued(s, st.error());
            return;
        }
    }
    if (s->state != SessionState::Open)
        return;
    const int maxInFlight = std::max(1, s->target.maxInFlight);
    while (!s->ready.empty() && s->inFlight < maxInFlight) {
        if (s->target.minIntervalMs > 0 && now < s->nextSendAt)
            return;
        Request *r = s->ready.front();
        s->ready.pop_front();
        QString error;
        netsnmp_pdu *pdu = buildPdu(r, &error);
        if (!pdu) {
            finish(r, targetError(s, ErrorCode::InvalidInput, error));
            continue;
        }
        if (!snmp_sess_async_send(s->handle, pdu, &Impl::callback, r)) {
            int liberr = 0, syserr = 0;
            char *text = nullptr;
            snmp_sess_error(s->handle, &liberr, &syserr, &text);
            const QString detail = QString::fromUtf8(text ? text : "send failed");
            free(text);
            snmp_free_pdu(pdu);
            finish(r, targetError(s, ErrorCode::Network,
                                  QStringLiteral("cannot send to %1: %2").arg(s->target.peerName(), detail)));
            continue;
        }
        ++s->inFlight;
        s->lastActivity = now;
        if (s->target.minIntervalMs > 0)
            s->nextSendAt = now + s->target.minIntervalMs;
    }
}

void SnmpEngine::Impl::handle(Completion &c)
{
    Request *r = c.request;
    Session *s = r->session;
    --s->inFlight;
    s->lastActivity = nowMs();
    markDirty(s);

    if (!r->probe && r->oids.isEmpty()) {
        finish(r, VarBindList());
        return;
    }
    if (r->probe) {
        --pending;
        delete r;
        toClose.push_back(s); // the probe session closes after this round
        if (c.operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE && !c.securityEngineId.isEmpty()) {
            s->engineId = c.securityEngineId;
            engineIds.insert(s->target.peerName(), c.securityEngineId);
            s->state = SessionState::Closed; // reopened with the engine id by pump()
        } else {
            s->state = SessionState::Closed;
            failQueued(s, c.operation == NETSNMP_CALLBACK_OP_TIMED_OUT
                              ? targetError(s, ErrorCode::Timeout,
                                            QStringLiteral("no answer from %1 (SNMPv3 engine discovery)")
                                                .arg(s->target.peerName()))
                              : targetError(s, ErrorCode::Network,
                                            QStringLiteral("SNMPv3 engine discovery failed on %1")
                                                .arg(s->target.peerName())));
        }
        return;
    }

    if (c.operation == NETSNMP_CALLBACK_OP_TIMED_OUT) {
        finish(r, targetError(s, ErrorCode::Timeout,
                              QStringLiteral("no answer from %1 within %2 ms x %3 attempts")
                                  .arg(s->target.peerName())
                                  .arg(s->target.timeoutMs)
                                  .arg(s->target.retries + 1)));
        return;
    }
    if (c.operation != NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE) {
        finish(r, targetError(s, ErrorCode::Network,
                              QStringLiteral("sending to %1 failed").arg(s->target.peerName())));
        return;
    }
    if (c.command == SNMP_MSG_REPORT) {
        const QString text = QString::fromUtf8(snmp_api_errstring(c.reportError));
        Error e = targetError(s, reportErrorCode(c.reportError),
                              QStringLiteral("%1 refused the request: %2").arg(s->target.peerName(), text));
        e.context.insert(QStringLiteral("snmpError"), c.reportError);
        finish(r, e);
        return;
    }
    if (c.errstat != SNMP_ERR_NOERROR) {
        // v1 agents end a walk with noSuchName.
        if (r->operation == Operation::Walk && c.errstat == SNMP_ERR_NOSUCHNAME) {
            finish(r, std::move(r->results));
            return;
        }
        Error e = targetError(s, ErrorCode::InvalidInput,
                              QStringLiteral("%1 answered with error %2 (%3) at varbind %4")
                                  .arg(s->target.peerName(), QString::fromUtf8(snmp_errstring(int(c.errstat))))
                                  .arg(c.errstat)
                                  .arg(c.errindex));
        e.context.insert(QStringLiteral("errorStatus"), qint64(c.errstat));
        finish(r, e);
        return;
    }

    switch (r->operation) {
    case Operation::GetNext:
        finish(r, std::move(c.varBinds));
        return;
    case Operation::Get:
        r->results.append(std::move(c.varBinds));
        r->nextIndex += kMaxGetVarBinds;
        if (r->nextIndex >= r->oids.size()) {
            finish(r, std::move(r->results));
            return;
        }
        s->ready.push_front(r);
        return;
    case Operation::Walk: {
        if (!c.disorderedOid.isEmpty()) {
            finish(r, targetError(s, ErrorCode::InvalidInput,
                                  QStringLiteral("%1 returned OIDs out of order (%2 after %3)")
                                      .arg(s->target.peerName(), c.disorderedOid, c.disorderedAfter)));
            return;
        }
        r->results.append(std::move(c.varBinds));
        if (!c.walkMore) {
            finish(r, std::move(r->results));
            return;
        }
        s->ready.push_front(r);
        return;
    }
    }
}

void SnmpEngine::Impl::drainCompletions()
{
    while (!completions.empty()) {
        auto batch = std::move(completions);
        completions.clear();
        for (Completion &c : batch)
            handle(c);
    }
    for (Session *s : toClose) {
        if (s->probeHandle) {
            void *h = s->probeHandle;
            s->probeHandle = nullptr;
            snmp_sess_close(h);
            drainAfterClose();
        }
        if (s->state == SessionState::Closed)
            s->socket = -1;
    }
    toClose.clear();
}

void SnmpEngine::Impl::drainAfterClose()
{
    // Closing calls the callbacks of what was outstanding (as timeouts).
    auto batch = std::move(completions);
    completions.clear();
    for (Completion &c : batch)
        handle(c);
}

void SnmpEngine::Impl::pumpDirty()
{
    const qint64 now = nowMs();
    auto list = std::move(dirty);
    dirty.clear();
    for (Session *s : list) {
        pump(s, now);
        if (!s->ready.empty() && s->state == SessionState::Open)
            dirty.push_back(s); // rate-limited: try again next round
    }
    drainCompletions();
}

int SnmpEngine::Impl::nextRateRelease(qint64 now) const
{
    int wait = INT_MAX;
    for (Session *s : dirty) {
        if (!s->ready.empty() && s->nextSendAt > now)
            wait = std::min<int>(wait, int(s->nextSendAt - now));
    }
    return wait;
}

void SnmpEngine::Impl::sweepTimeouts(qint64 now, bool force)
{
    if (!force && now - lastSweep < kTimeoutSweepMs)
        return;
    lastSweep = now;
    std::vector<Session *> idle;
    for (auto &[key, s] : sessions) {
        if (s->inFlight > 0) {
            if (s->probeHandle)
                snmp_sess_timeout(s->probeHandle);
            if (s->handle)
                snmp_sess_timeout(s->handle);
        } else if (s->ready.empty() && now - s->lastActivity > kIdleSessionCloseMs) {
            idle.push_back(s.get());
        }
    }
    drainCompletions();
    for (Session *s : idle) {
        if (s->inFlight == 0 && s->ready.empty()) {
            dirty.erase(std::remove(dirty.begin(), dirty.end(), s), dirty.end());
            closeSession(s);
            drainAfterClose();
            sessions.erase(s->key.toStdString());
        }
    }
}

void SnmpEngine::Impl::process(int maxWaitMs)
{
    pumpDirty();
    const qint64 start = nowMs();
    std::vector<pollfd> fds;
    std::vector<Session *> owners;
    for (auto &[key, s] : sessions) {
        if (s->inFlight > 0 && s->socket >= 0) {
            pollfd p{};
            p.fd = decltype(p.fd)(s->socket);
            p.events = POLLIN;
            fds.push_back(p);
            owners.push_back(s.get());
        }
    }
    int wait = std::min(maxWaitMs, nextRateRelease(start));
    if (!fds.empty())
        wait = std::min(wait, kTimeoutSweepMs);
    wait = std::max(0, wait);
#ifdef _WIN32
    const int n = fds.empty() ? 0 : WSAPoll(fds.data(), ULONG(fds.size()), wait);
    if (fds.empty() && wait > 0)
        Sleep(DWORD(wait));
#else
    const int n = ::poll(fds.data(), nfds_t(fds.size()), wait);
#endif
    if (n > 0) {
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLERR | POLLHUP)))
                continue;
            Session *s = owners[i];
            const int sock = int(fds[i].fd);
            if (unsigned(sock) >= fdset.lfs_setsize)
                netsnmp_large_fd_set_resize(&fdset, sock + 1);
            NETSNMP_LARGE_FD_SET(sock, &fdset);
            if (s->probeHandle)
                snmp_sess_read2(s->probeHandle, &fdset);
            else if (s->handle)
                snmp_sess_read2(s->handle, &fdset);
            NETSNMP_LARGE_FD_CLR(sock, &fdset);
        }
    }
    drainCompletions();
    sweepTimeouts(nowMs(), n == 0);
    pumpDirty();
}

void SnmpEngine::Impl::cancelAll()
{
    for (auto &[key, s] : sessions) {
        failQueued(s.get(), Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        closeSession(s.get());
    }
    // Closing reported every outstanding PDU as timed out: report those
    // as cancelled instead.
    auto batch = std::move(completions);
    completions.clear();
    for (Completion &c : batch) {
        --c.request->session->inFlight;
        if (c.request->probe) {
            --pending;
            delete c.request;
        } else {
            finish(c.request, Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        }
    }
    sessions.clear();
    dirty.clear();
}
void SnmpEngine::initialiseLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Numeric OIDs only: no MIB files are read, no configuration or
        // persistent state is loaded or written.
        qputenv("MIBS", QByteArray());
        qputenv("MIBDIRS", QByteArray());
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_LOAD_HOST_FILES, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_QUICK_PRINT, 1);
        netsnmp_ds_set_int(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_OID_OUTPUT_FORMAT, NETSNMP_OID_OUTPUT_NUMERIC);
        netsnmp_register_loghandler(NETSNMP_LOGHANDLER_NONE, LOG_DEBUG);
        init_snmp("opsdeck");
#ifndef _WIN32
        // One socket per agent: thousands of agents need more descriptors
        // than the usual soft limit of 1024.
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
#endif
    });
}

SnmpEngine::SnmpEngine()
    : d(std::make_unique<Impl>())
{
    initialiseLibrary();
}

SnmpEngine::~SnmpEngine()
{
    d->cancelAll();
}

void SnmpEngine::submit(const SnmpTarget &target, Operation operation, const QStringList &oids, Callback done)
{
    Session *s = d->sessionFor(target);
    auto *r = new Request;
    r->engine = d.get();
    r->session = s;
    r->operation = operation;
    r->oids = oids;
    r->done = std::move(done);
    if (operation == Operation::Walk && !oids.isEmpty()) {
        oid name[MAX_OID_LEN];
        size_t length = 0;
        if (parseOid(oids.constFirst(), name, &length)) {
            r->root.assign(name, name + length);
            r->lastName = r->root;
        }
    }
    ++d->pending;
    if (oids.isEmpty()) {
        // Completed from process(), never from submit().
        Completion c;
        c.request = r;
        c.operation = NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE;
        d->completions.push_back(std::move(c));
        ++s->inFlight;
        return;
    }
    s->ready.push_back(r);
    d->markDirty(s);
}

int SnmpEngine::pending() const
{
    return d->pending;
}

void SnmpEngine::process(int maxWaitMs)
{
    d->process(maxWaitMs);
}

void SnmpEngine::runUntilIdle(int budgetMs)
{
    const qint64 end = nowMs() + budgetMs;
    while (d->pending > 0) {
        const qint64 left = end - nowMs();
        if (left <= 0)
            break;
        d->process(int(std::min<qint64>(left, 50)));
    }
}

void SnmpEngine::cancelAll()
{
    d->cancelAll();
}

} // namespace OpsDeck::Snmp
