// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/auditlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace OpsDeck::Jobs {

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("sequence"), sequence},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("jobId"), jobId},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("event"), event},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("previousHash"), previousHash},
            {QStringLiteral("hash"), hash}};
}

QJsonObject AuditVerification::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("firstBadSequence"), firstBadSequence},
            {QStringLiteral("problem"), problem}};
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // Length-prefixed fields: no two different entries serialise alike.
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto field = [&h](const QByteArray &bytes) {
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":"));
        h.addData(bytes);
    };
    field(e.previousHash.toLatin1());
    field(QByteArray::number(e.sequence));
    field(e.at.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    field(e.jobId.toUtf8());
    field(e.actor.toUtf8());
    field(e.event.toUtf8());
    field(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

AuditVerification AuditLog::verify(const QList<AuditEntry> &entries)
{
    AuditVerification v;
    QString previous = genesisHash();
    qint64 expected = 1;
    for (const AuditEntry &e : entries) {
        const auto bad = [&v, &e](const QString &problem) {
            v.ok = false;
            v.firstBadSequence = e.sequence;
            v.problem = problem;
            return v;
        };
        if (e.sequence != expected)
            return bad(QStringLiteral("entry %1 missing (found %2 next)").arg(expected).arg(e.sequence));
        if (e.previousHash != previous)
            return bad(QStringLiteral("entry %1 does not link to entry %2").arg(e.sequence).arg(e.sequence - 1));
        if (computeHash(e) != e.hash)
            return bad(QStringLiteral("entry %1 was altered (hash mismatch)").arg(e.sequence));
        previous = e.hash;
        ++expected;
        ++v.entries;
    }
    return v;
}

} // namespace OpsDeck::Jobs
