// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/probeerror.h"

#include <QRegularExpression>

namespace OpsDeck {

namespace {

/// The server's words without the client's "HTTP 401: " prefix.
QString serverWords(const QString &detail)
{
    static const QRegularExpression prefix(QStringLiteral("^HTTP \\d+: "));
    return QString(detail).remove(prefix).trimmed();
}

} // namespace

Error describeProbeFailure(const Error &error, const ProbeSubject &subject)
{
    const int status = error.context.value(QStringLiteral("status")).toInt();
    const QString contentType = error.context.value(QStringLiteral("contentType")).toString();
    const bool webPage = contentType.contains(QLatin1String("html"), Qt::CaseInsensitive)
                         || error.detail.contains(QLatin1String("HTML page"));
    QString sentence;
    if (error.code == ErrorCode::Cancelled)
        return error;
    if (error.code == ErrorCode::Timeout) {
        sentence = QStringLiteral("%1 did not answer in time (%2)").arg(subject.product, error.detail);
    } else if (error.detail.contains(QLatin1String("TLS handshake failed"))) {
        sentence = QStringLiteral("the server's certificate is not trusted: add its certificate authority to the "
                                  "system's, or turn certificate verification off for this connection (%1)")
                       .arg(error.detail);
    } else if (webPage || error.detail.contains(QLatin1String("not JSON"))) {
        sentence = QStringLiteral("this is not a %1 server: %2 answered with %3")
                       .arg(subject.product, subject.request,
                            webPage ? QStringLiteral("a web page") : QStringLiteral("something that is not JSON"));
    } else if (status == 404) {
        sentence = QStringLiteral("this server has no %1 API at this address (404 for %2)")
                       .arg(subject.product, subject.request);
    } else if (error.code == ErrorCode::Auth) {
        const QString words = serverWords(error.detail);
        sentence = words.isEmpty() ? QStringLiteral("%1 refused %2").arg(subject.product, subject.credentials)
                                   : QStringLiteral("%1 refused %2: \"%3\"").arg(subject.product, subject.credentials,
                                                                                   words);
    } else if (error.code == ErrorCode::InvalidInput && status == 0) {
        // An answer, but not the one the API gives.
        sentence = QStringLiteral("this is not a %1 server, or not one OpsDeck reads: %2").arg(subject.product,
                                                                                             error.detail);
    } else if (error.code == ErrorCode::Network && status == 0) {
        sentence = QStringLiteral("cannot reach %1: %2").arg(subject.product, error.detail);
    } else {
        sentence = error.detail;
    }
    return Error(error.code, sentence, error.context);
}

} // namespace OpsDeck
