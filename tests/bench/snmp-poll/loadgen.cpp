// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// snmp-poll load generator: the agent's ceiling. Learns the chain of GETBULK
// requests that walking each root takes (from the first agent, untimed),
// then replays those requests against every agent with a window of requests
// in flight, independent of each other, so the agent never waits for the
// client. Counts the varbinds received inside each root's subtree.
//
// Usage: snmp_poll_loadgen PORT COMMUNITY MAXREP WINDOW ADDRESS_FILE ROOT...
// Prints: varbinds=N requests=N timeouts=N seconds=S
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/large_fd_set.h>

namespace {

struct Oid
{
    oid name[MAX_OID_LEN];
    size_t length = 0;
};

struct Replay
{
    std::vector<netsnmp_session *> sessions;
    std::vector<Oid> roots;
    std::vector<std::pair<int, Oid>> chain; // (root index, start OID) of every request one agent needs
    long maxRepetitions = 25;
    size_t window = 256;
    size_t nextTask = 0;
    size_t inFlight = 0;
    size_t varbinds = 0;
    size_t requests = 0;
    size_t timeouts = 0;
};

struct Task
{
    Replay *replay;
    int root;
};

Oid parse(const char *text)
{
    Oid o;
    o.length = MAX_OID_LEN;
    if (!read_objid(text, o.name, &o.length)) {
        std::fprintf(stderr, "loadgen: bad OID %s\n", text);
        std::exit(2);
    }
    return o;
}

bool under(const Oid &root, const oid *name, size_t length)
{
    return length > root.length && netsnmp_oid_equals(root.name, root.length, name, root.length) == 0;
}

netsnmp_pdu *bulk(const Oid &start, long maxRepetitions)
{
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
    pdu->non_repeaters = 0;
    pdu->max_repetitions = maxRepetitions;
    snmp_add_null_var(pdu, start.name, start.length);
    return pdu;
}

void sendNext(Replay *r);

int onResponse(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    auto *task = static_cast<Task *>(magic);
    Replay *r = task->replay;
    --r->inFlight;
    if (operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE && pdu) {
        const Oid &root = r->roots[size_t(task->root)];
        for (auto *vp = pdu->variables; vp; vp = vp->next_variable) {
            if (vp->type == SNMP_ENDOFMIBVIEW || !under(root, vp->name, vp->name_length))
                break;
            ++r->varbinds;
        }
    } else if (operation == NETSNMP_CALLBACK_OP_TIMED_OUT) {
        ++r->timeouts;
    }
    delete task;
    sendNext(r);
    return 1;
}

void sendNext(Replay *r)
{
    const size_t total = r->sessions.size() * r->chain.size();
    while (r->inFlight < r->window && r->nextTask < total) {
        // Agent-major interleaving: consecutive requests go to different agents.
        const size_t k = r->nextTask++;
        const size_t agent = k % r->sessions.size();
        const auto &[rootIndex, start] = r->chain[k / r->sessions.size()];
        auto *task = new Task{r, rootIndex};
        if (!snmp_async_send(r->sessions[agent], bulk(start, r->maxRepetitions), onResponse, task)) {
            std::fprintf(stderr, "loadgen: send failed\n");
            std::exit(1);
        }
        ++r->inFlight;
        ++r->requests;
    }
}

// The start OIDs of a walk of `root` on one agent, learned synchronously.
void learnChain(netsnmp_session *session, int rootIndex, Replay &r)
{
    Oid start = r.roots[size_t(rootIndex)];
    while (true) {
        r.chain.emplace_back(rootIndex, start);
        netsnmp_pdu *response = nullptr;
        if (snmp_synch_response(session, bulk(start, r.maxRepetitions), &response) != STAT_SUCCESS || !response) {
            std::fprintf(stderr, "loadgen: no answer while learning the walk\n");
            std::exit(1);
        }
        bool more = response->variables != nullptr;
        for (auto *vp = response->variables; vp; vp = vp->next_variable) {
            if (vp->type == SNMP_ENDOFMIBVIEW || !under(r.roots[size_t(rootIndex)], vp->name, vp->name_length)) {
                more = false;
                break;
            }
            std::memcpy(start.name, vp->name, vp->name_length * sizeof(oid));
            start.length = vp->name_length;
        }
        snmp_free_pdu(response);
        if (!more)
            return;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 7) {
        std::fprintf(stderr, "usage: %s PORT COMMUNITY MAXREP WINDOW ADDRESS_FILE ROOT...\n", argv[0]);
        return 2;
    }
    setenv("MIBS", "", 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
    init_snmp("opsdeck-loadgen");

    const std::string port = argv[1];
    std::string community = argv[2];
    Replay r;
    r.maxRepetitions = std::atol(argv[3]);
    r.window = size_t(std::atol(argv[4]));
    for (int i = 6; i < argc; ++i)
        r.roots.push_back(parse(argv[i]));

    std::ifstream addresses(argv[5]);
    std::string address;
    while (addresses >> address) {
        netsnmp_session ss;
        snmp_sess_init(&ss);
        const std::string peer = "udp:" + address + ":" + port;
        ss.peername = const_cast<char *>(peer.c_str());
        ss.version = SNMP_VERSION_2c;
        ss.community = reinterpret_cast<u_char *>(community.data());
        ss.community_len = community.size();
        ss.timeout = 2000000;
        ss.retries = 2;
        netsnmp_session *s = snmp_open(&ss);
        if (!s) {
            std::fprintf(stderr, "loadgen: cannot open a session to %s\n", peer.c_str());
            return 1;
        }
        r.sessions.push_back(s);
    }
    if (r.sessions.empty())
        return 2;
    for (int i = 0; i < int(r.roots.size()); ++i)
        learnChain(r.sessions.front(), i, r);

    const auto t0 = std::chrono::steady_clock::now();
    sendNext(&r);
    netsnmp_large_fd_set fds;
    netsnmp_large_fd_set_init(&fds, FD_SETSIZE);
    while (r.inFlight > 0) {
        int maxFd = 0, block = 1;
        timeval timeout{};
        NETSNMP_LARGE_FD_ZERO(&fds);
        snmp_select_info2(&maxFd, &fds, &timeout, &block);
        const int n = netsnmp_large_fd_set_select(maxFd, &fds, nullptr, nullptr, block ? nullptr : &timeout);
        if (n > 0)
            snmp_read2(&fds);
        else if (n == 0)
            snmp_timeout();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    netsnmp_large_fd_set_cleanup(&fds);
    std::printf("varbinds=%zu requests=%zu timeouts=%zu seconds=%.4f\n", r.varbinds, r.requests, r.timeouts,
                seconds);
    for (netsnmp_session *s : r.sessions)
        snmp_close(s);
    return 0;
}
