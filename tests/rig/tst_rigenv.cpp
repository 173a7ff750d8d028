// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/rig/rigenv.h"

using namespace Qt::StringLiterals;

class TestRigEnv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void readsPostgresFixture();
    void readsKeysAndRawValues();
    void missingFileGivesMessage();
    void malformedLineGivesMessage();
    void unsetRigDirGivesMessage();

private:
    void writeFile(const QString &name, const QByteArray &contents);

    QByteArray m_rigDir;
    QTemporaryDir m_scratch;
};

void TestRigEnv::initTestCase()
{
    m_rigDir = qgetenv("OPSDECK_RIG_DIR");
    QVERIFY2(!m_rigDir.isEmpty(), "OPSDECK_RIG_DIR must be set by opsdeck_add_test");
    QVERIFY(m_scratch.isValid());
}

void TestRigEnv::cleanup()
{
    qputenv("OPSDECK_RIG_DIR", m_rigDir);
}

void TestRigEnv::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(m_scratch.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

void TestRigEnv::readsPostgresFixture()
{
    QString error;
    const auto env = OpsDeck::Test::readRigEnv(u"postgres"_s, &error);
    QVERIFY2(!env.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(env.value(u"PGHOST"_s), u"127.0.0.1"_s);
    QCOMPARE(env.value(u"PGDATABASE"_s), u"opsdeck_test"_s);
    QVERIFY(!env.value(u"PGUSER"_s).isEmpty());
    bool ok = false;
    const int port = env.value(u"PGPORT"_s).toInt(&ok);
    QVERIFY(ok);
    QVERIFY(port > 0 && port < 65536);
}

void TestRigEnv::readsKeysAndRawValues()
{
    writeFile(u"sample.env"_s, "# comment\n\nHOST=127.0.0.1\nLIST=a b  c\nURL=x=y\nEMPTY=\n");
    qputenv("OPSDECK_RIG_DIR", QFile::encodeName(m_scratch.path()));
    QString error = u"stale"_s;
    const auto env = OpsDeck::Test::readRigEnv(u"sample"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(env.size(), 4);
    QCOMPARE(env.value(u"HOST"_s), u"127.0.0.1"_s);
    QCOMPARE(env.value(u"LIST"_s), u"a b  c"_s);
    QCOMPARE(env.value(u"URL"_s), u"x=y"_s);
    QVERIFY(env.contains(u"EMPTY"_s));
    QCOMPARE(env.value(u"EMPTY"_s), QString());
}

void TestRigEnv::missingFileGivesMessage()
{
    qputenv("OPSDECK_RIG_DIR", QFile::encodeName(m_scratch.path()));
    QString error;
    const auto env = OpsDeck::Test::readRigEnv(u"nothere"_s, &error);
    QVERIFY(env.isEmpty());
    QVERIFY2(error.contains(u"nothere.env"_s), qPrintable(error));
    QVERIFY2(error.contains(u"rig_nothere_start"_s), qPrintable(error));
}

void TestRigEnv::malformedLineGivesMessage()
{
    writeFile(u"broken.env"_s, "GOOD=1\nno separator here\n");
    qputenv("OPSDECK_RIG_DIR", QFile::encodeName(m_scratch.path()));
    QString error;
    const auto env = OpsDeck::Test::readRigEnv(u"broken"_s, &error);
    QVERIFY(env.isEmpty());
    QVERIFY2(error.contains(u"broken.env:2"_s), qPrintable(error));
}

void TestRigEnv::unsetRigDirGivesMessage()
{
    qunsetenv("OPSDECK_RIG_DIR");
    QString error;
    QVERIFY(OpsDeck::Test::readRigEnv(u"postgres"_s, &error).isEmpty());
    QVERIFY2(error.contains(u"OPSDECK_RIG_DIR"_s), qPrintable(error));
    QVERIFY(OpsDeck::Test::readRigEnv(u"postgres"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestRigEnv)
#include "tst_rigenv.moc"
