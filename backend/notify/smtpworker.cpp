// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/notify/smtpworker.h"

#include <cstring>
#include <mutex>

#include <curl/curl.h>

namespace OpsDeck::Notify {

namespace {

// The upload side of a transfer: libcurl pulls the mail from here and
// dot-stuffs it on the way out.
struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readMail(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    if (n > 0)
        std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

int checkStop(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic_bool *>(user)->load() ? 1 : 0;
}

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

QByteArray urlOf(const EmailChannelConfig &server)
{
    const QString scheme = server.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    // An IPv6 literal needs brackets in a URL.
    const QString host = server.host.contains(QLatin1Char(':')) && !server.host.startsWith(QLatin1Char('['))
                             ? QLatin1Char('[') + server.host + QLatin1Char(']')
                             : server.host;
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(server.port).toUtf8();
}

// What a failed transfer means for the outbox: a refused login or an
// unreachable server may work later (the entry stays); a 5xx answer to the
// envelope or the data refuses this mail for good.
SendOutcome outcomeOf(CURLcode code, long smtpCode, const QString &detail, const SmtpJob &job)
{
    const QVariantMap context{{QStringLiteral("server"), QString::fromUtf8(urlOf(job.server))},
                              {QStringLiteral("smtpCode"), qint64(smtpCode)}};
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return SendOutcome::retry(Error(ErrorCode::Auth,
                                        QStringLiteral("the SMTP server refused the login of user %1 (%2)")
                                            .arg(job.server.user, detail),
                                        context));
    case CURLE_OPERATION_TIMEDOUT:
        return SendOutcome::retry(Error(ErrorCode::Timeout,
                                        QStringLiteral("no answer from the SMTP server within %1 s (%2)")
                                            .arg(job.server.timeoutSeconds)
                                            .arg(detail),
                                        context));
    case CURLE_ABORTED_BY_CALLBACK:
        return SendOutcome::retry(Error(ErrorCode::Cancelled, QStringLiteral("stopped"), context));
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return SendOutcome::retry(Error(ErrorCode::Network, QStringLiteral("TLS with the SMTP server failed: %1")
                                                                .arg(detail),
                                        context));
    default:
        break;
    }
    const QString message = QStringLiteral("SMTP delivery failed: %1").arg(detail);
    const bool authCode = smtpCode == 530 || smtpCode == 534 || smtpCode == 535;
    if (smtpCode >= 500 && !authCode)
        return SendOutcome::permanent(Error(ErrorCode::InvalidInput, message, context));
    return SendOutcome::retry(Error(authCode ? ErrorCode::Auth : ErrorCode::Network, message, context));
}

} // namespace

SmtpWorker::SmtpWorker(std::shared_ptr<std::atomic_bool> stop)
    : m_stop(std::move(stop))
{
    initCurl();
}

SendOutcome SmtpWorker::send(const SmtpJob &job)
{
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return SendOutcome::retry(Error(ErrorCode::Unsupported, QStringLiteral("libcurl could not start a transfer")));
    CURL *c = curl.get();
    const EmailChannelConfig &server = job.server;
    const QByteArray url = urlOf(server);
    const QByteArray from = "<" + server.from.toUtf8() + ">";
    curl_slist *list = nullptr;
    for (const QString &to : server.to) {
        if (curl_slist *longer = curl_slist_append(list, QByteArray("<" + to.toUtf8() + ">").constData()))
            list = longer;
    }
    const std::unique_ptr<curl_slist, ListDeleter> recipients(list);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{&job.mail};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(server.timeoutSeconds, 30)) * 1000L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(server.timeoutSeconds) * 1000L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, server.security == SmtpSecurity::None ? long(CURLUSESSL_NONE)
                                                                                : long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, server.verifyTls ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, server.verifyTls ? 2L : 0L);
    const QByteArray caFile = server.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = server.user.toUtf8();
    // The password lives in this copy only for the transfer; libcurl keeps
    // its own copy until curl_easy_cleanup().
    QByteArray password = job.password.revealBytes();
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readMail);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(job.mail.size()));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &checkStop);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, m_stop.get());

    const CURLcode code = curl_easy_perform(c);
    password.fill('\0');
    if (code == CURLE_OK)
        return SendOutcome::delivered();
    long smtpCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &smtpCode);
    const QString why = QString::fromUtf8(curl_easy_strerror(code));
    const QString more = QString::fromUtf8(errorBuffer).trimmed();
    return outcomeOf(code, smtpCode, more.isEmpty() || more == why ? why : why + QStringLiteral(": ") + more, job);
}

} // namespace OpsDeck::Notify
