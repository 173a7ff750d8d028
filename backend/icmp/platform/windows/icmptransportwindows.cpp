// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// ICMP echo through the Windows ICMP API (IcmpSendEcho2 / Icmp6SendEcho2
// with an APC per request): no privilege needed. Replies are collected in
// receive() by an alertable wait.
#include "backend/icmp/icmptransport.h"

#include <chrono>
#include <cstring>
#include <vector>

// clang-format off
#include <winsock2.h>
#include <ws2ipdef.h>
#include <windows.h>
#include <iphlpapi.h>
#include <icmpapi.h>
// clang-format on

namespace OpsDeck::Icmp {

namespace {

qint64 wallNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class WindowsIcmpTransport;

struct Request
{
    WindowsIcmpTransport *owner = nullptr;
    bool v6 = false;
    quint16 sequence = 0;
    QHostAddress to;
    QByteArray request;
    std::vector<unsigned char> replyBuffer;
};

class WindowsIcmpTransport final : public IcmpTransport
{
public:
    WindowsIcmpTransport(HANDLE h4, HANDLE h6)
        : m_h4(h4)
        , m_h6(h6)
    {}

    ~WindowsIcmpTransport() override
    {
        // Let outstanding requests complete (each ends by its timeout) so no
        // APC runs on freed memory.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (m_outstanding > 0 && std::chrono::steady_clock::now() < deadline)
            ::SleepEx(50, TRUE);
        if (m_h4 != INVALID_HANDLE_VALUE)
            ::IcmpCloseHandle(m_h4);
        if (m_h6 != INVALID_HANDLE_VALUE)
            ::IcmpCloseHandle(m_h6);
    }

    QString mechanism() const override { return QStringLiteral("windows-icmp"); }

    SendOutcome send(const QHostAddress &to, quint16 sequence, const QByteArray &payload, int timeoutMs,
                     QString *error) override
    {
        const bool v6 = to.protocol() == QAbstractSocket::IPv6Protocol;
        HANDLE handle = v6 ? m_h6 : m_h4;
        if (handle == INVALID_HANDLE_VALUE) {
            *error = QStringLiteral("ICMP handle unavailable");
            return SendOutcome::Failed;
        }
        auto *request = new Request;
        request->owner = this;
        request->v6 = v6;
        request->sequence = sequence;
        request->to = to;
        request->request = payload;
        request->replyBuffer.resize(size_t(payload.size()) + 8 + (v6 ? sizeof(ICMPV6_ECHO_REPLY) : sizeof(ICMP_ECHO_REPLY))
                                    + 64);
        DWORD rc = 0;
        if (v6) {
            sockaddr_in6 source{};
            source.sin6_family = AF_INET6;
            sockaddr_in6 destination{};
            destination.sin6_family = AF_INET6;
            const Q_IPV6ADDR a = to.toIPv6Address();
            std::memcpy(&destination.sin6_addr, &a, 16);
            rc = ::Icmp6SendEcho2(handle, nullptr, &WindowsIcmpTransport::completed, request, &source, &destination,
                                  request->request.data(), WORD(request->request.size()), nullptr,
                                  request->replyBuffer.data(), DWORD(request->replyBuffer.size()), DWORD(timeoutMs));
        } else {
            IPAddr destination = htonl(to.toIPv4Address());
            rc = ::IcmpSendEcho2(handle, nullptr, &WindowsIcmpTransport::completed, request, destination,
                                 request->request.data(), WORD(request->request.size()), nullptr,
                                 request->replyBuffer.data(), DWORD(request->replyBuffer.size()), DWORD(timeoutMs));
        }
        if (rc == 0 && ::GetLastError() != ERROR_IO_PENDING) {
            *error = QStringLiteral("IcmpSendEcho2 failed (%1)").arg(::GetLastError());
            delete request;
            return SendOutcome::Failed;
        }
        ++m_outstanding;
        return SendOutcome::Sent;
    }

    int receive(std::vector<EchoReply> &out, int maxWaitMs) override
    {
        ::SleepEx(DWORD(qMax(0, maxWaitMs)), TRUE); // runs the completion APCs
        const int n = int(m_ready.size());
        for (EchoReply &r : m_ready)
            out.push_back(std::move(r));
        m_ready.clear();
        return n;
    }

private:
    static void NTAPI completed(PVOID context, PIO_STATUS_BLOCK, ULONG)
    {
        auto *request = static_cast<Request *>(context);
        WindowsIcmpTransport *self = request->owner;
        --self->m_outstanding;
        const DWORD count = request->v6
            ? ::Icmp6ParseReplies(request->replyBuffer.data(), DWORD(request->replyBuffer.size()))
            : ::IcmpParseReplies(request->replyBuffer.data(), DWORD(request->replyBuffer.size()));
        if (count > 0) {
            EchoReply reply;
            reply.from = request->to;
            reply.sequence = request->sequence;
            reply.receivedWallNs = wallNowNs();
            if (request->v6) {
                const auto *r = reinterpret_cast<const ICMPV6_ECHO_REPLY *>(request->replyBuffer.data());
                if (r->Status == IP_SUCCESS) {
                    reply.osRttMs = double(r->RoundTripTime);
                    reply.payload = request->request; // Icmp6 replies carry no data pointer
                    self->m_ready.push_back(std::move(reply));
                }
            } else {
                const auto *r = reinterpret_cast<const ICMP_ECHO_REPLY *>(request->replyBuffer.data());
                if (r->Status == IP_SUCCESS) {
                    reply.osRttMs = double(r->RoundTripTime);
                    reply.payload = QByteArray(static_cast<const char *>(r->Data), r->DataSize);
                    self->m_ready.push_back(std::move(reply));
                }
            }
        }
        delete request;
    }

    HANDLE m_h4;
    HANDLE m_h6;
    int m_outstanding = 0;
    std::vector<EchoReply> m_ready;
};

} // namespace

Result<std::unique_ptr<IcmpTransport>> createIcmpTransport(SocketMode mode)
{
    Q_UNUSED(mode) // the ICMP API needs no privilege; there is one mechanism
    HANDLE h4 = ::IcmpCreateFile();
    HANDLE h6 = ::Icmp6CreateFile();
    if (h4 == INVALID_HANDLE_VALUE && h6 == INVALID_HANDLE_VALUE)
        return Error(ErrorCode::Unsupported,
                     QStringLiteral("the Windows ICMP API is unavailable (error %1)").arg(::GetLastError()));
    return std::unique_ptr<IcmpTransport>(std::make_unique<WindowsIcmpTransport>(h4, h6));
}

} // namespace OpsDeck::Icmp
