// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/snmp/varbindconversion.h"

using namespace OpsDeck::Snmp;

/// The one conversion from net-snmp's varbinds, used by polls and traps
/// alike: every type, the SNMPv2 exceptions, the unsigned ranges, and OID
/// text in both directions with bad input refused.
class TestVarBindConversion final : public QObject
{
    Q_OBJECT

private:
    netsnmp_variable_list *m_list = nullptr;

    /// Adds a varbind named 1.3.6.1.9.@p index to the list under test.
    const netsnmp_variable_list *add(u_char type, const void *value, size_t length, oid index)
    {
        const oid name[] = {1, 3, 6, 1, 9, index};
        return snmp_varlist_add_variable(&m_list, name, 6, type, value, length);
    }

private slots:
    void cleanup()
    {
        snmp_free_varbind(m_list);
        m_list = nullptr;
    }

    void integersAndUnsignedRanges()
    {
        const long minus = -5;
        VarBind vb = toVarBind(add(ASN_INTEGER, &minus, sizeof minus, 1));
        QCOMPARE(vb.oid, QStringLiteral("1.3.6.1.9.1"));
        QCOMPARE(vb.type, ValueType::Integer);
        QCOMPARE(vb.value.toLongLong(), -5);

        // Counter32, Gauge32 and TimeTicks are unsigned 32-bit: the top of
        // the range stays positive.
        const long top = long(0xffffffffu);
        for (const auto &[type, expected] : {std::pair{u_char(ASN_COUNTER), ValueType::Counter32},
                                             std::pair{u_char(ASN_GAUGE), ValueType::Gauge32},
                                             std::pair{u_char(ASN_TIMETICKS), ValueType::TimeTicks}}) {
            vb = toVarBind(add(type, &top, sizeof top, 2));
            QCOMPARE(vb.type, expected);
            QCOMPARE(vb.value.toULongLong(), 0xffffffffull);
        }

        counter64 big{};
        big.high = 0x12345678;
        big.low = 0x9abcdef0;
        vb = toVarBind(add(ASN_COUNTER64, &big, sizeof big, 3));
        QCOMPARE(vb.type, ValueType::Counter64);
        QCOMPARE(vb.value.toULongLong(), 0x123456789abcdef0ull);
    }

    void stringsAddressesAndOids()
    {
        const char text[] = "eth0\0x"; // bytes, not a C string: the NUL stays
        VarBind vb = toVarBind(add(ASN_OCTET_STR, text, 6, 1));
        QCOMPARE(vb.type, ValueType::OctetString);
        QCOMPARE(vb.value.toByteArray(), QByteArray("eth0\0x", 6));

        vb = toVarBind(add(ASN_OPAQUE, text, 4, 2));
        QCOMPARE(vb.type, ValueType::Opaque);
        QCOMPARE(vb.value.toByteArray(), QByteArray("eth0"));

        const u_char address[] = {192, 0, 2, 17};
        vb = toVarBind(add(ASN_IPADDRESS, address, 4, 3));
        QCOMPARE(vb.type, ValueType::IpAddress);
        QCOMPARE(vb.value.toString(), QStringLiteral("192.0.2.17"));

        const oid value[] = {1, 3, 6, 1, 4, 1, 4294967295u};
        vb = toVarBind(add(ASN_OBJECT_ID, value, sizeof value, 4));
        QCOMPARE(vb.type, ValueType::ObjectId);
        QCOMPARE(vb.value.toString(), QStringLiteral("1.3.6.1.4.1.4294967295"));
    }

    void exceptionsKeepTheirTypes()
    {
        VarBind vb = toVarBind(add(SNMP_NOSUCHOBJECT, nullptr, 0, 1));
        QCOMPARE(vb.type, ValueType::NoSuchObject);
        QVERIFY(!vb.value.isValid());
        QCOMPARE(toVarBind(add(SNMP_NOSUCHINSTANCE, nullptr, 0, 2)).type, ValueType::NoSuchInstance);
        QCOMPARE(toVarBind(add(SNMP_ENDOFMIBVIEW, nullptr, 0, 3)).type, ValueType::EndOfMibView);
        QCOMPARE(toVarBind(add(ASN_NULL, nullptr, 0, 4)).type, ValueType::Null);
    }

    void oidTextBothWays()
    {
        oid name[MAX_OID_LEN];
        size_t length = 0;
        QVERIFY(parseOid(QStringLiteral(".1.3.6.1.2.1.1.3.0"), name, &length));
        QCOMPARE(length, size_t(9));
        QCOMPARE(oidToString(name, length), QStringLiteral("1.3.6.1.2.1.1.3.0"));
        for (const char *bad : {"", "1", "1..3", "1.3.x", "1.3.-4", " 1.3", "1.3 ", "1.+3", "1.3.4294967296"})
            QVERIFY2(!parseOid(QString::fromLatin1(bad), name, &length), bad);
        QVERIFY(parseOid(QStringLiteral("1.3.4294967295"), name, &length));
        QString tooLong = QStringLiteral("1");
        for (int i = 1; i <= MAX_OID_LEN; ++i)
            tooLong += QStringLiteral(".1");
        QVERIFY(!parseOid(tooLong, name, &length));
    }
};

QTEST_GUILESS_MAIN(TestVarBindConversion)
#include "tst_varbindconversion.moc"
