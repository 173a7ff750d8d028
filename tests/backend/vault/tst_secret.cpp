// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QBuffer>
#include <QDebug>
#include <QStandardPaths>
#include <QTest>

#include "backend/vault/secret.h"

using namespace OpsDeck::Vault;
using namespace Qt::StringLiterals;

class TestSecret : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip_data();
    void roundTrip();
    void equality();
    void copiesShareAndOutliveTheOriginal();
    void neverPrintsItself();
};

void TestSecret::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"public"_s;
    QTest::newRow("non-ascii") << u"p\u00e4ss \u2603 \U0001F511"_s;
}

void TestSecret::roundTrip()
{
    QFETCH(QString, text);
    const Secret s = Secret::fromString(text);
    QCOMPARE(s.revealString(), text);
    QCOMPARE(s.revealBytes(), text.toUtf8());
    QCOMPARE(s.size(), text.toUtf8().size());
    QCOMPARE(s.isEmpty(), text.isEmpty());
    QCOMPARE(Secret::fromBytes(text.toUtf8()).revealString(), text);
}

void TestSecret::equality()
{
    QVERIFY(Secret::fromString(u"abc"_s) == Secret::fromBytes("abc"));
    QVERIFY(!(Secret::fromString(u"abc"_s) == Secret::fromString(u"abd"_s)));
    QVERIFY(!(Secret::fromString(u"abc"_s) == Secret::fromString(u"abcd"_s)));
    QVERIFY(Secret() == Secret::fromBytes(QByteArrayView()));
    QVERIFY(!(Secret() == Secret::fromString(u"x"_s)));
}

void TestSecret::copiesShareAndOutliveTheOriginal()
{
    Secret copy;
    {
        const Secret original = Secret::fromString(u"community"_s);
        copy = original;
    }
    QCOMPARE(copy.revealString(), u"community"_s);
    const Secret moved = std::move(copy);
    QCOMPARE(moved.revealString(), u"community"_s);
}

void TestSecret::neverPrintsItself()
{
    const QString canary = u"canary-7f3a9c"_s;
    QString out;
    QDebug(&out) << Secret::fromString(canary);
    QVERIFY(!out.contains(canary));
    QVERIFY(out.contains(u"redacted"_s));
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
