// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/compliance/configindex.h"
#include "backend/compliance/volatilerules.h"
#include "testdata.h"

using namespace OpsDeck::Compliance;

namespace {

int indexOfTrimmed(const ConfigIndex &index, const QString &text)
{
    const auto hits = index.find(text);
    return hits.empty() ? -1 : hits.front();
}

} // namespace

class TestConfigIndex : public QObject
{
    Q_OBJECT

private slots:
    void iosLinesAndLookups()
    {
        const QString text = OpsDeck::Test::complianceData(u"ios-access.cfg"_qs);
        QVERIFY(!text.isEmpty());
        const ConfigIndex index(text, VolatileRules::defaults());
        // Banner, comments and clock-period gone; the first kept line keeps its number.
        QCOMPARE(index.trimmed(0).toString(), u"version 15.2"_qs);
        QCOMPARE(index.lineNumber(0), 8);
        QVERIFY(index.find(u"ntp clock-period 17179878").empty());
        QVERIFY(index.droppedCount() > 10);
        QCOMPARE(index.maskedCount(), 4);
        QVERIFY(!index.find(u"enable secret 5 <masked>").empty());

        // Literal lookups return every occurrence, ascending, with indentation ignored.
        const auto portfast = index.find(u"spanning-tree portfast");
        QCOMPARE(portfast.size(), size_t(2));
        QVERIFY(portfast[0] < portfast[1]);
        QCOMPARE(index.line(portfast[0]).toString(), u" spanning-tree portfast"_qs);
        QCOMPARE(index.lineNumber(portfast[0]), 41);
        QCOMPARE(index.withFirstWord(u"interface").size(), size_t(5));
        QVERIFY(index.withFirstWord(u"interfac").empty());
        QVERIFY(index.find(u"no such line").empty());
    }

    void iosSections()
    {
        const ConfigIndex index(OpsDeck::Test::complianceData(u"ios-access.cfg"_qs), VolatileRules::defaults());
        const int head = indexOfTrimmed(index, u"interface GigabitEthernet1/0/3"_qs);
        QVERIFY(head >= 0);
        QCOMPARE(index.parent(head), -1);
        QCOMPARE(index.sectionEnd(head) - head, 4); // three children
        for (int i = head + 1; i < index.sectionEnd(head); ++i)
            QCOMPARE(index.parent(i), head);
        QCOMPARE(index.trimmed(index.sectionEnd(head)).toString(), u"interface GigabitEthernet1/0/48"_qs);
        const int hostname = indexOfTrimmed(index, u"hostname acc-par-01"_qs);
        QCOMPARE(index.sectionEnd(hostname), hostname + 1);
    }

    void eosNestedSections()
    {
        const ConfigIndex index(OpsDeck::Test::complianceData(u"eos-leaf.cfg"_qs), VolatileRules::defaults());
        const int api = indexOfTrimmed(index, u"management api http-commands"_qs);
        QVERIFY(api >= 0);
        const int vrf = indexOfTrimmed(index, u"vrf MGMT"_qs);
        // "vrf MGMT" appears under Management1 too; the nested one is under the api section.
        const auto vrfs = index.find(u"vrf MGMT");
        QCOMPARE(vrfs.size(), size_t(2));
        QVERIFY(vrf >= 0);
        QCOMPARE(index.parent(vrfs[1]), api);
        QCOMPARE(index.parent(vrfs[1] + 1), vrfs[1]);
        QCOMPARE(index.sectionEnd(api), vrfs[1] + 2);
    }

    void junosBraces()
    {
        const ConfigIndex index(OpsDeck::Test::complianceData(u"junos-edge.conf"_qs), VolatileRules::defaults());
        const int interfaces = indexOfTrimmed(index, u"interfaces {"_qs);
        const int ge0 = indexOfTrimmed(index, u"ge-0/0/0 {"_qs);
        const int address = indexOfTrimmed(index, u"address 192.0.2.1/30;"_qs);
        QVERIFY(interfaces >= 0 && ge0 >= 0 && address >= 0);
        QCOMPARE(index.parent(ge0), interfaces);
        int p = address;
        int depth = 0;
        while (index.parent(p) >= 0) {
            p = index.parent(p);
            ++depth;
        }
        QCOMPARE(p, interfaces);
        QCOMPARE(depth, 4);
        QVERIFY(index.sectionEnd(ge0) > address);
        QVERIFY(index.sectionEnd(ge0) < indexOfTrimmed(index, u"ge-0/0/1 {"_qs) + 1);
        // The masked secret kept its quotes and indentation.
        QVERIFY(!index.find(u"encrypted-password \"<masked>\";").empty());

        // Braces without indentation nest the same way.
        const ConfigIndex flat(u"system {\nhost-name x;\nntp {\nserver 1.2.3.4;\n}\n}\nsnmp {\n}\n"_qs,
                               VolatileRules());
        QCOMPARE(flat.parent(3), 2);
        QCOMPARE(flat.parent(2), 0);
        QCOMPARE(flat.sectionEnd(0), 5);
        QCOMPARE(flat.parent(6), -1);
    }

    void crlfAndBlankLines()
    {
        const ConfigIndex index(u"hostname a  \r\n\r\ninterface X\r\n description y\r\n"_qs, VolatileRules());
        QCOMPARE(index.size(), 3);
        QCOMPARE(index.line(0).toString(), u"hostname a"_qs);
        QCOMPARE(index.lineNumber(1), 3);
        QCOMPARE(index.parent(2), 1);
        QVERIFY(index.lineHash(0) != index.lineHash(2));
        // Lines only: same lines and hashes, no lookups, no sections.
        const ConfigIndex lines(u"hostname a  \r\n\r\ninterface X\r\n description y\r\n"_qs, VolatileRules(),
                                ConfigIndex::Detail::LinesOnly);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.lineHash(2), index.lineHash(2));
        QCOMPARE(lines.lineNumber(2), 4);
        QVERIFY(lines.find(u"hostname a").empty());
        QCOMPARE(lines.parent(2), -1);
        QCOMPARE(lines.sectionEnd(1), 2);

        const ConfigIndex empty(QString(), VolatileRules::defaults());
        QCOMPARE(empty.size(), 0);
        QVERIFY(empty.find(u"x").empty());
    }
};

QTEST_GUILESS_MAIN(TestConfigIndex)
#include "tst_configindex.moc"
