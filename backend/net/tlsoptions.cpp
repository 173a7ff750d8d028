// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/net/tlsoptions.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

namespace OpsDeck::Net {

void TlsOptions::applyTo(QNetworkRequest &request) const
{
#if QT_CONFIG(ssl)
    if (request.url().scheme() != QLatin1String("https"))
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!verify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!caFile.isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    request.setSslConfiguration(ssl);
#else
    Q_UNUSED(request)
#endif
}

bool TlsOptions::isPinned(const QNetworkReply &reply) const
{
#if QT_CONFIG(ssl)
    const QString digest = QString::fromLatin1(
        reply.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex());
    return pinnedSha256.contains(digest, Qt::CaseInsensitive);
#else
    Q_UNUSED(reply)
    return false;
#endif
}

} // namespace OpsDeck::Net
