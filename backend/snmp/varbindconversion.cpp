// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/snmp/varbindconversion.h"

#include <algorithm>
#include <charconv>

namespace OpsDeck::Snmp {

QString oidToString(const oid *name, size_t length)
{
    char16_t buffer[MAX_OID_LEN * 21];
    char16_t *p = buffer;
    for (size_t i = 0; i < std::min<size_t>(length, MAX_OID_LEN); ++i) {
        if (i)
            *p++ = u'.';
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, qulonglong(name[i])).ptr;
        for (const char *c = digits; c < end; ++c)
            *p++ = char16_t(*c);
    }
    return QString(reinterpret_cast<const QChar *>(buffer), qsizetype(p - buffer));
}

bool parseOid(const QString &text, oid *out, size_t *length)
{
    size_t n = 0;
    const QStringView view = QStringView(text).startsWith(u'.') ? QStringView(text).mid(1) : QStringView(text);
    for (const QStringView part : view.split(u'.')) {
        // Digits only (no sign, no blank), and a sub-identifier fits 32 bits.
        const bool digits = !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        });
        bool ok = false;
        const qulonglong value = digits ? part.toULongLong(&ok) : 0;
        if (!ok || value > 0xffffffffull || n >= MAX_OID_LEN)
            return false;
        out[n++] = oid(value);
    }
    *length = n;
    return n >= 2;
}

VarBind toVarBind(const netsnmp_variable_list *vp)
{
    VarBind vb;
    vb.oid = oidToString(vp->name, vp->name_length);
    switch (vp->type) {
    case ASN_INTEGER:
        vb.type = ValueType::Integer;
        vb.value = qint64(*vp->val.integer);
        break;
    case ASN_OCTET_STR:
        vb.type = ValueType::OctetString;
        vb.value = QByteArray(reinterpret_cast<const char *>(vp->val.string), qsizetype(vp->val_len));
        break;
    case ASN_OPAQUE:
        vb.type = ValueType::Opaque;
        vb.value = QByteArray(reinterpret_cast<const char *>(vp->val.string), qsizetype(vp->val_len));
        break;
    case ASN_OBJECT_ID:
        vb.type = ValueType::ObjectId;
        vb.value = oidToString(vp->val.objid, vp->val_len / sizeof(oid));
        break;
    case ASN_IPADDRESS: {
        vb.type = ValueType::IpAddress;
        const auto *b = vp->val.string;
        vb.value = vp->val_len == 4 ? QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3])
                                    : QString();
        break;
    }
    case ASN_COUNTER:
        vb.type = ValueType::Counter32;
        vb.value = quint64(quint32(*vp->val.integer));
        break;
    case ASN_GAUGE:
        vb.type = ValueType::Gauge32;
        vb.value = quint64(quint32(*vp->val.integer));
        break;
    case ASN_TIMETICKS:
        vb.type = ValueType::TimeTicks;
        vb.value = quint64(quint32(*vp->val.integer));
        break;
    case ASN_COUNTER64:
        vb.type = ValueType::Counter64;
        vb.value = (quint64(vp->val.counter64->high) << 32) | quint64(vp->val.counter64->low & 0xffffffffu);
        break;
    case SNMP_NOSUCHOBJECT:
        vb.type = ValueType::NoSuchObject;
        break;
    case SNMP_NOSUCHINSTANCE:
        vb.type = ValueType::NoSuchInstance;
        break;
    case SNMP_ENDOFMIBVIEW:
        vb.type = ValueType::EndOfMibView;
        break;
    default:
        vb.type = ValueType::Null;
        break;
    }
    return vb;
}

} // namespace OpsDeck::Snmp
