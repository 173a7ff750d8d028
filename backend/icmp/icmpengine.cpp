// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/icmp/icmpengine.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <queue>
#include <random>
#include <unordered_map>
#include <vector>

#include <QLoggingCategory>

#include "backend/icmp/icmptransport.h"

Q_LOGGING_CATEGORY(lcIcmp, "opsdeck.icmp")

namespace OpsDeck::Icmp {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr int kCookieBytes = 8;
constexpr int kSequenceSpace = 65536;
constexpr int kMaxOutstanding = 60000; // keeps sequence numbers unique among what is in flight

struct Host
{
    QHostAddress address;
    int sent = 0;
    int outstanding = 0;
    bool done = false;
    QList<std::pair<int, double>> rtts; // (echo number, ms)
    QString error;
};

struct Run
{
    quint64 id = 0;
    ProbeOptions options;
    std::vector<Host> hosts;
    int remaining = 0;
    IcmpEngine::Callback done;
};

struct Slot
{
    bool used = false;
    quint64 run = 0;
    int host = 0;
    int echo = 0;
    qint64 sentWallNs = 0;
    quint32 generation = 0;
};

struct Due
{
    qint64 atNs;
    quint64 run;
    int host;
    bool operator>(const Due &o) const { return atNs > o.atNs; }
};

struct Deadline
{
    qint64 atNs;
    quint16 sequence;
    quint32 generation;
    bool operator>(const Deadline &o) const { return atNs > o.atNs; }
};

} // namespace

struct IcmpEngine::Impl
{
    std::unique_ptr<IcmpTransport> transport;
    Error openError;
    QByteArray cookie;
    std::unordered_map<quint64, Run> runs;
    quint64 nextRunId = 1;
    std::vector<Slot> echoSlots = std::vector<Slot>(kSequenceSpace);
    int outstanding = 0;
    quint16 nextSequence = 0;
    quint32 generation = 0;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> sends;
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<>> deadlines;
    std::vector<EchoReply> replies;
    std::vector<quint64> finished;
    bool blocked = false;

    void sendDue();
    void handleReplies();
    void expire(qint64 nowNs);
    void finishHostIfDone(Run &run, int hostIndex);
    void completeFinished();
    [[nodiscard]] int nextWaitMs(int maxWaitMs) const;
};

IcmpEngine::IcmpEngine(std::unique_ptr<IcmpTransport> transport, Error openError)
    : d(std::make_unique<Impl>())
{
    d->transport = std::move(transport);
    d->openError = std::move(openError);
    std::random_device rd;
    d->cookie.resize(kCookieBytes);
    for (int i = 0; i < kCookieBytes; ++i)
        d->cookie[i] = char(rd() & 0xff);
    d->nextSequence = quint16(rd() & 0xffff);
}

IcmpEngine::~IcmpEngine()
{
    cancelAll();
}

std::unique_ptr<IcmpEngine> IcmpEngine::open(SocketMode mode)
{
    auto transport = createIcmpTransport(mode);
    if (!transport)
        return std::make_unique<IcmpEngine>(nullptr, transport.error());
    return std::make_unique<IcmpEngine>(std::move(transport.value()));
}

bool IcmpEngine::isOpen() const
{
    return d->transport != nullptr;
}

const Error &IcmpEngine::openError() const
{
    return d->openError;
}

QString IcmpEngine::mechanism() const
{
    return d->transport ? d->transport->mechanism() : QString();
}

void IcmpEngine::submit(const QList<QHostAddress> &hosts, const ProbeOptions &options, Callback done)
{
    Run run;
    run.id = d->nextRunId++;
    run.options = options;
    run.options.count = qMax(1, options.count);
    run.options.timeoutMs = qMax(1, options.timeoutMs);
    run.options.intervalMs = qMax(0, options.intervalMs);
    run.options.payloadBytes = qBound(kCookieBytes + 8, options.payloadBytes, 65000);
    run.done = std::move(done);
    run.hosts.resize(size_t(hosts.size()));
    run.remaining = int(hosts.size());
    const qint64 now = steadyNs();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        run.hosts[size_t(i)].address = hosts.at(i);
        if (d->transport)
            d->sends.push(Due{now + qint64(i) * options.sendGapUs * 1000, run.id, int(i)});
    }
    if (!d->transport || hosts.isEmpty())
        d->finished.push_back(run.id);
    d->runs.emplace(run.id, std::move(run));
}

int IcmpEngine::pending() const
{
    return int(d->runs.size());
}

void IcmpEngine::Impl::sendDue()
{
    blocked = false;
    QByteArray payload;
    int sinceDrain = 0;
    while (!sends.empty()) {
        const qint64 now = steadyNs();
        const Due due = sends.top();
        if (due.atNs > now)
            break;
        auto it = runs.find(due.run);
        if (it == runs.end()) {
            sends.pop();
            continue;
        }
        if (outstanding >= kMaxOutstanding || echoSlots[nextSequence].used) {
            blocked = true;
            break;
        }
        Run &run = it->second;
        Host &host = run.hosts[size_t(due.host)];
        const quint16 sequence = nextSequence;
        payload.resize(run.options.payloadBytes);
        std::memcpy(payload.data(), cookie.constData(), kCookieBytes);
        std::memset(payload.data() + kCookieBytes, 0, size_t(payload.size() - kCookieBytes));
        payload[kCookieBytes] = char(sequence >> 8);
        payload[kCookieBytes + 1] = char(sequence & 0xff);
        QString error;
        const qint64 sentWall = wallNs();
        const SendOutcome outcome = transport->send(host.address, sequence, payload, run.options.timeoutMs, &error);
        if (outcome == SendOutcome::WouldBlock) {
            blocked = true;
            break;
        }
        sends.pop();
        const int echo = host.sent++;
        if (outcome == SendOutcome::Sent) {
            ++nextSequence;
            Slot &slot = echoSlots[sequence];
            slot = Slot{true, run.id, due.host, echo, sentWall, ++generation};
            ++outstanding;
            ++host.outstanding;
            deadlines.push(Deadline{now + qint64(run.options.timeoutMs) * 1000000, sequence, slot.generation});
        } else {
            host.error = error;
        }
        if (host.sent < run.options.count)
            sends.push(Due{now + qint64(run.options.intervalMs) * 1000000, run.id, due.host});
        else
            finishHostIfDone(run, due.host);
        // Drain replies now and then so a burst cannot overflow the receive buffer.
        if (++sinceDrain >= 64) {
            sinceDrain = 0;
            transport->receive(replies, 0);
            handleReplies();
        }
    }
}

void IcmpEngine::Impl::handleReplies()
{
    for (const EchoReply &reply : replies) {
        if (reply.payload.size() < kCookieBytes + 2
            || std::memcmp(reply.payload.constData(), cookie.constData(), kCookieBytes) != 0)
            continue; // another prober's echo, or garbage
        const quint16 stamped = quint16(quint8(reply.payload.at(kCookieBytes)) << 8
                                        | quint8(reply.payload.at(kCookieBytes + 1)));
        // Datagram sockets keep the sequence we sent; the payload stamp is authoritative.
        Slot &slot = echoSlots[stamped];
        if (!slot.used)
            continue; // late (already timed out) or duplicate
        auto it = runs.find(slot.run);
        if (it == runs.end()) {
            slot.used = false;
            --outstanding;
            continue;
        }
        Run &run = it->second;
        Host &host = run.hosts[size_t(slot.host)];
        const Q_IPV6ADDR expected = host.address.toIPv6Address();
        const Q_IPV6ADDR actual = reply.from.toIPv6Address();
        if (std::memcmp(&expected, &actual, sizeof expected) != 0)
            continue; // someone else answering with our stamp
        const double rtt = reply.osRttMs >= 0 ? reply.osRttMs
                                              : double(qMax<qint64>(0, reply.receivedWallNs - slot.sentWallNs)) / 1e6;
        host.rtts.append({slot.echo, rtt});
        slot.used = false;
        --outstanding;
        --host.outstanding;
        finishHostIfDone(run, slot.host);
    }
    replies.clear();
}

void IcmpEngine::Impl::expire(qint64 nowNs)
{
    while (!deadlines.empty() && deadlines.top().atNs <= nowNs) {
        const Deadline deadline = deadlines.top();
        deadlines.pop();
        Slot &slot = echoSlots[deadline.sequence];
        if (!slot.used || slot.generation != deadline.generation)
            continue;
        slot.used = false;
        --outstanding;
        auto it = runs.find(slot.run);
        if (it == runs.end())
            continue;
        Host &host = it->second.hosts[size_t(slot.host)];
        --host.outstanding;
        finishHostIfDone(it->second, slot.host);
    }
}

void IcmpEngine::Impl::finishHostIfDone(Run &run, int hostIndex)
{
    Host &host = run.hosts[size_t(hostIndex)];
    if (host.done || host.sent < run.options.count || host.outstanding > 0)
        return;
    host.done = true;
    if (--run.remaining == 0)
        finished.push_back(run.id);
}

void IcmpEngine::Impl::completeFinished()
{
    while (!finished.empty()) {
        std::vector<quint64> ids;
        ids.swap(finished);
        for (quint64 id : ids) {
            auto it = runs.find(id);
            if (it == runs.end())
                continue;
            Run run = std::move(it->second);
            runs.erase(it);
            if (!transport) {
                run.done(openError);
                continue;
            }
            ProbeResults results;
            results.reserve(qsizetype(run.hosts.size()));
            for (Host &host : run.hosts) {
                std::sort(host.rtts.begin(), host.rtts.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
                ProbeResult r;
                r.address = host.address;
                for (const auto &[echo, ms] : host.rtts)
                    r.rttsMs.append(ms);
                r.stats = EchoStatistics::compute(host.sent, r.rttsMs);
                r.error = host.error;
                results.append(std::move(r));
            }
            run.done(std::move(results));
        }
    }
}

int IcmpEngine::Impl::nextWaitMs(int maxWaitMs) const
{
    if (blocked)
        return qMin(maxWaitMs, 1);
    const qint64 now = steadyNs();
    qint64 next = now + qint64(maxWaitMs) * 1000000;
    if (!sends.empty())
        next = qMin(next, sends.top().atNs);
    if (!deadlines.empty())
        next = qMin(next, deadlines.top().atNs);
    // Round up: waking early only spins.
    return int(qBound<qint64>(0, (next - now + 999999) / 1000000, qint64(maxWaitMs)));
}

void IcmpEngine::process(int maxWaitMs)
{
    if (d->transport) {
        d->sendDue();
        d->handleReplies();
        d->completeFinished();
        if (d->finished.empty() && !d->runs.empty()) {
            d->transport->receive(d->replies, d->nextWaitMs(maxWaitMs));
            d->handleReplies();
        }
        d->expire(steadyNs());
    }
    d->completeFinished();
}

void IcmpEngine::runUntilIdle(int budgetMs)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs);
    while (pending() > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        process(int(qMin<qint64>(left.count(), 100)));
    }
}

void IcmpEngine::cancelAll()
{
    std::unordered_map<quint64, Run> runs;
    runs.swap(d->runs);
    d->finished.clear();
    d->sends = {};
    d->deadlines = {};
    for (Slot &slot : d->echoSlots)
        slot.used = false;
    d->outstanding = 0;
    for (auto &[id, run] : runs)
        run.done(Error(ErrorCode::Cancelled, QStringLiteral("ICMP probe cancelled")));
}

} // namespace OpsDeck::Icmp
