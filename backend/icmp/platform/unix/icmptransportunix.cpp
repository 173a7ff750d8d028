// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// ICMP echo over BSD sockets: unprivileged datagram ("ping") sockets or raw
// sockets, IPv4 and IPv6, non-blocking, drained with poll().
#include "backend/icmp/icmptransport.h"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QLoggingCategory>

#ifdef __linux__
#include <linux/icmp.h>
#endif

Q_LOGGING_CATEGORY(lcIcmpUnix, "opsdeck.icmp")

namespace OpsDeck::Icmp {

namespace {

constexpr quint8 kEchoRequestV4 = 8;
constexpr quint8 kEchoReplyV4 = 0;
constexpr quint8 kEchoRequestV6 = 128;
constexpr quint8 kEchoReplyV6 = 129;

qint64 wallNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

quint16 checksum(const unsigned char *data, size_t length)
{
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < length; i += 2)
        sum += quint32(data[i]) << 8 | data[i + 1];
    if (length % 2)
        sum += quint32(data[length - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QString pingGroupRange()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).simplified().replace(QLatin1Char('\t'), QLatin1Char(' '));
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

class UnixIcmpTransport final : public IcmpTransport
{
public:
    UnixIcmpTransport(int fd4, int fd6, bool raw)
        : m_fd4(fd4)
        , m_fd6(fd6)
        , m_raw(raw)
    {
        std::random_device rd;
        m_identifier = quint16(rd() & 0xffff);
        for (int fd : {m_fd4, m_fd6}) {
            if (fd < 0)
                continue;
            // Thousands of replies can arrive within a millisecond on a LAN.
            const int size = 4 * 1024 * 1024;
#ifdef SO_RCVBUFFORCE
            if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
#endif
                (void)::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
#ifdef SO_TIMESTAMPNS
            const int on = 1;
            (void)::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
#endif
        }
#ifdef __linux__
        if (m_raw && m_fd4 >= 0) {
            icmp_filter filter{};
            filter.data = ~(1U << kEchoReplyV4);
            (void)::setsockopt(m_fd4, SOL_RAW, ICMP_FILTER, &filter, sizeof filter);
        }
#endif
        if (m_raw && m_fd6 >= 0) {
            icmp6_filter filter;
            ICMP6_FILTER_SETBLOCKALL(&filter);
            ICMP6_FILTER_SETPASS(kEchoReplyV6, &filter);
            (void)::setsockopt(m_fd6, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
        }
    }

    ~UnixIcmpTransport() override
    {
        if (m_fd4 >= 0)
            ::close(m_fd4);
        if (m_fd6 >= 0)
            ::close(m_fd6);
    }

    QString mechanism() const override { return m_raw ? QStringLiteral("raw") : QStringLiteral("datagram"); }

    SendOutcome send(const QHostAddress &to, quint16 sequence, const QByteArray &payload, int /*timeoutMs*/,
                     QString *error) override
    {
        const bool v6 = to.protocol() == QAbstractSocket::IPv6Protocol;
        const int fd = v6 ? m_fd6 : m_fd4;
        if (fd < 0) {
            *error = v6 ? QStringLiteral("IPv6 ICMP socket unavailable") : QStringLiteral("IPv4 ICMP socket unavailable");
            return SendOutcome::Failed;
        }
        m_packet.resize(8 + size_t(payload.size()));
        unsigned char *p = m_packet.data();
        p[0] = v6 ? kEchoRequestV6 : kEchoRequestV4;
        p[1] = 0;
        p[2] = p[3] = 0;
        p[4] = quint8(m_identifier >> 8);
        p[5] = quint8(m_identifier);
        p[6] = quint8(sequence >> 8);
        p[7] = quint8(sequence);
        std::memcpy(p + 8, payload.constData(), size_t(payload.size()));
        if (!v6) { // the kernel fills the ICMPv6 checksum (it needs the pseudo header)
            const quint16 sum = checksum(p, m_packet.size());
            p[2] = quint8(sum >> 8);
            p[3] = quint8(sum);
        }
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (v6) {
            auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
            sa->sin6_family = AF_INET6;
            const Q_IPV6ADDR a = to.toIPv6Address();
            std::memcpy(&sa->sin6_addr, &a, 16);
            sa->sin6_scope_id = to.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        } else {
            auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
            sa->sin_family = AF_INET;
            sa->sin_addr.s_addr = htonl(to.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const ssize_t n = ::sendto(fd, p, m_packet.size(), 0, reinterpret_cast<sockaddr *>(&storage), length);
        if (n >= 0)
            return SendOutcome::Sent;
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)
            return SendOutcome::WouldBlock;
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return SendOutcome::Failed;
    }

    int receive(std::vector<EchoReply> &out, int maxWaitMs) override
    {
        std::array<pollfd, 2> fds{};
        nfds_t count = 0;
        for (int fd : {m_fd4, m_fd6}) {
            if (fd >= 0)
                fds[count++] = pollfd{fd, POLLIN, 0};
        }
        const int ready = ::poll(fds.data(), count, qMax(0, maxWaitMs));
        if (ready <= 0)
            return 0;
        int appended = 0;
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents & (POLLIN | POLLERR))
                appended += drain(fds[i].fd, fds[i].fd == m_fd6, out);
        }
        return appended;
    }

private:
    int drain(int fd, bool v6, std::vector<EchoReply> &out)
    {
        int appended = 0;
        // Bounded so that sends are not starved under a flood of replies.
        for (int i = 0; i < 8192; ++i) {
            sockaddr_storage from{};
            iovec iov{m_buffer.data(), m_buffer.size()};
            alignas(cmsghdr) std::array<char, 256> control{};
            msghdr msg{};
            msg.msg_name = &from;
            msg.msg_namelen = sizeof from;
            msg.msg_iov = &iov;
            msg.msg_iovlen = 1;
            msg.msg_control = control.data();
            msg.msg_controllen = control.size();
            const ssize_t n = ::recvmsg(fd, &msg, MSG_DONTWAIT);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                break;
            }
            qint64 wallNs = 0;
#ifdef SO_TIMESTAMPNS
            for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec ts{};
                    std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                    wallNs = qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
                }
            }
#endif
            if (wallNs == 0)
                wallNs = wallNowNs();
            const unsigned char *p = m_buffer.data();
            size_t length = size_t(n);
            // Raw IPv4 sockets (and datagram ones on some systems) deliver the IP header too.
            if (!v6 && length >= 20 && (p[0] >> 4) == 4) {
                if (length < 20)
                    continue;
                const size_t headerLength = size_t(p[0] & 0x0f) * 4;
                if (length < headerLength + 8)
                    continue;
                p += headerLength;
                length -= headerLength;
            }
            if (length < 8 || p[0] != (v6 ? kEchoReplyV6 : kEchoReplyV4))
                continue;
            // Datagram sockets get the kernel's identifier and only their own replies.
            if (m_raw && (quint16(p[4] << 8 | p[5]) != m_identifier))
                continue;
            EchoReply reply;
            if (v6) {
                const auto *sa = reinterpret_cast<const sockaddr_in6 *>(&from);
                reply.from = QHostAddress(reinterpret_cast<const quint8 *>(&sa->sin6_addr));
            } else {
                const auto *sa = reinterpret_cast<const sockaddr_in *>(&from);
                reply.from = QHostAddress(quint32(ntohl(sa->sin_addr.s_addr)));
            }
            reply.sequence = quint16(p[6] << 8 | p[7]);
            reply.payload = QByteArray(reinterpret_cast<const char *>(p + 8), qsizetype(length - 8));
            reply.receivedWallNs = wallNs;
            out.push_back(std::move(reply));
            ++appended;
        }
        return appended;
    }

    int m_fd4 = -1;
    int m_fd6 = -1;
    bool m_raw = false;
    quint16 m_identifier = 0;
    std::vector<unsigned char> m_packet;
    std::array<unsigned char, 65536> m_buffer{};
};

int openSocket(int family, int type)
{
    const int protocol = family == AF_INET6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP);
    const int fd = ::socket(family, type, protocol);
    if (fd < 0)
        return -1;
    if (!setNonBlocking(fd)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

Result<std::unique_ptr<IcmpTransport>> createIcmpTransport(SocketMode mode)
{
    QString datagramError;
    if (mode == SocketMode::Auto || mode == SocketMode::Datagram) {
        const int fd4 = openSocket(AF_INET, SOCK_DGRAM);
        const int errno4 = errno;
        const int fd6 = openSocket(AF_INET6, SOCK_DGRAM);
        if (fd4 >= 0 || fd6 >= 0)
            return std::unique_ptr<IcmpTransport>(std::make_unique<UnixIcmpTransport>(fd4, fd6, false));
        datagramError = QString::fromLocal8Bit(std::strerror(errno4));
    }
    QString rawError;
    if (mode == SocketMode::Auto || mode == SocketMode::Raw) {
        const int fd4 = openSocket(AF_INET, SOCK_RAW);
        const int errno4 = errno;
        const int fd6 = openSocket(AF_INET6, SOCK_RAW);
        if (fd4 >= 0 || fd6 >= 0)
            return std::unique_ptr<IcmpTransport>(std::make_unique<UnixIcmpTransport>(fd4, fd6, true));
        rawError = QString::fromLocal8Bit(std::strerror(errno4));
    }
    const QString range = pingGroupRange();
    const QString gid = QString::number(::getgid());
    QString detail;
    if (mode == SocketMode::Datagram) {
        detail = QStringLiteral("ICMP datagram sockets are not allowed (%1): the sysctl net.ipv4.ping_group_range "
                                "(now \"%2\") must include group %3")
                     .arg(datagramError, range, gid);
    } else if (mode == SocketMode::Raw) {
        detail = QStringLiteral("raw ICMP sockets need root or CAP_NET_RAW (%1)").arg(rawError);
    } else {
        detail = QStringLiteral("no ICMP socket available: datagram sockets are not allowed (%1; the sysctl "
                                "net.ipv4.ping_group_range, now \"%2\", must include group %3, e.g. "
                                "sysctl -w net.ipv4.ping_group_range=\"0 2147483647\") and raw sockets need "
                                "root or CAP_NET_RAW (%4)")
                     .arg(datagramError, range, gid, rawError);
    }
    qCWarning(lcIcmpUnix).noquote() << detail;
    return Error(ErrorCode::Unsupported, detail, {{QStringLiteral("sysctl"), QStringLiteral("net.ipv4.ping_group_range")}});
}

} // namespace OpsDeck::Icmp
