// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/snmptypes.h"

#include <QCryptographicHash>

namespace OpsDeck::Snmp {

QString SnmpTarget::peerName() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return (host.contains(u':') ? QStringLiteral("udp6:") : QStringLiteral("udp:")) + h + u':'
        + QString::number(port);
}

QString SnmpTarget::sessionKey() const
{
    // Secrets take part only as a digest, so the key may be logged.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(community.reveal());
    hash.addData(QByteArrayView("\x01", 1));
    hash.addData(authPassphrase.reveal());
    hash.addData(QByteArrayView("\x01", 1));
    hash.addData(privPassphrase.reveal());
    return peerName() + u'|' + QString::number(int(version)) + u'|' + user + u'|' + context + u'|'
        + QString::number(int(level)) + QString::number(int(authProtocol)) + QString::number(int(privProtocol))
        + u'|' + QString::number(timeoutMs) + u'|' + QString::number(retries) + u'|'
        + QString::fromLatin1(hash.result().toHex().left(16));
}

QString VarBind::toText() const
{
    if (type == ValueType::OctetString || type == ValueType::Opaque) {
        QByteArray bytes = value.toByteArray();
        while (bytes.endsWith('\0'))
            bytes.chop(1);
        return QString::fromUtf8(bytes);
    }
    return value.toString();
}

bool oidIsUnder(const QString &oid, const QString &root)
{
    return oid.size() > root.size() + 1 && oid.startsWith(root) && oid.at(root.size()) == u'.';
}

QString oidSuffix(const QString &oid, const QString &root)
{
    return oidIsUnder(oid, root) ? oid.mid(root.size() + 1) : QString();
}

} // namespace OpsDeck::Snmp
