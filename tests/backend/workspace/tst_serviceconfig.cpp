// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceconfig.h"

using namespace OpsDeck;
using namespace OpsDeck::Workspace;

namespace {

QList<ConfigIssue> issuesOf(const QByteArray &json)
{
    QList<ConfigIssue> issues;
    const auto object = WorkspaceConfig::parseJson(json, QStringLiteral("ws.json"), issues);
    if (!object)
        return issues;
    WorkspaceConfig config;
    issues += config.applyLayer(*object, QStringLiteral("ws.json"));
    if (issues.isEmpty())
        issues += config.validate(QStringLiteral("ws.json"));
    return issues;
}

} // namespace

/// The "service" section: collection schedule, trap receiver, MCP refresh.
class TestServiceConfig final : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const WorkspaceConfig config;
        const CollectionConfig &c = config.service.collection;
        QVERIFY(c.enabled);
        QCOMPARE(c.groups.keys(),
                 QStringList({u"icmp"_qs, u"interfaces"_qs, u"lldp"_qs, u"pdu"_qs, u"sensors"_qs, u"system"_qs}));
        QCOMPARE(c.intervalFor(u"core"_qs, u"interfaces"_qs), 60);
        QCOMPARE(c.snmpPort, 161);
        QVERIFY(!config.service.traps.enabled);
        QCOMPARE(config.service.traps.port, 162);
        QCOMPARE(config.service.mcpRefreshMinutes, 60);
        QVERIFY(config.validate().isEmpty());
        // The defaults are not written back as changes.
        QVERIFY(!config.toJson(WorkspaceConfig::JsonMode::ChangesOnly).contains(u"service"_qs));
    }

    void roundTrip()
    {
        const QByteArray json = R"({"service": {
            "collection": {"enabled": false, "groups": {"interfaces": 30, "lldp": 0},
                           "roles": {"core-router": {"interfaces": 10, "icmp": 5}}, "snmpPort": 1161},
            "traps": {"enabled": true, "address": "127.0.0.1", "port": 10162,
                      "communities": [{"secret": "snmp/traps"}],
                      "users": [{"credentials": {"secret": "snmp/trap-v3"}, "engineId": "0x8000000001020304"}]},
            "mcpRefreshMinutes": 0}})";
        QList<ConfigIssue> issues;
        const auto object = WorkspaceConfig::parseJson(json, u"ws.json"_qs, issues);
        QVERIFY(object);
        const auto config = WorkspaceConfig::fromJson(*object, u"ws.json"_qs);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
        const ServiceConfig &s = config->service;
        QVERIFY(!s.collection.enabled);
        QCOMPARE(s.collection.intervalFor(u"core-router"_qs, u"interfaces"_qs), 10);
        QCOMPARE(s.collection.intervalFor(u"core-router"_qs, u"sensors"_qs), 300); // merged with the defaults
        QCOMPARE(s.collection.intervalFor(u"access"_qs, u"interfaces"_qs), 30);
        QCOMPARE(s.collection.intervalFor(u"access"_qs, u"lldp"_qs), 0);
        QCOMPARE(s.collection.snmpPort, 1161);
        QVERIFY(s.traps.enabled);
        QCOMPARE(s.traps.port, 10162);
        QCOMPARE(s.traps.communities, QList<SecretRef>{SecretRef{u"snmp/traps"_qs}});
        QCOMPARE(s.traps.users.size(), 1);
        QCOMPARE(s.traps.users.first().credentials.path, u"snmp/trap-v3"_qs);
        QCOMPARE(s.mcpRefreshMinutes, 0);
        QVERIFY(config->validate().isEmpty());
        // Serialised and read back: the same configuration.
        const auto back = WorkspaceConfig::fromJson(config->toJson(WorkspaceConfig::JsonMode::ChangesOnly));
        QVERIFY(back.ok());
        QCOMPARE(back->service, s);
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<ConfigIssue::Kind>("kind");
        QTest::newRow("interval 3 s") << QByteArray(R"({"service":{"collection":{"groups":{"interfaces":3}}}})")
                                      << u"service.collection.groups.interfaces"_qs << ConfigIssue::Kind::OutOfRange;
        QTest::newRow("negative interval") << QByteArray(R"({"service":{"collection":{"groups":{"icmp":-1}}}})")
                                           << u"service.collection.groups.icmp"_qs << ConfigIssue::Kind::OutOfRange;
        QTest::newRow("unknown group") << QByteArray(R"({"service":{"collection":{"groups":{"bgp":60}}}})")
                                       << u"service.collection.groups.bgp"_qs << ConfigIssue::Kind::NotAllowed;
        QTest::newRow("interval as text") << QByteArray(R"({"service":{"collection":{"groups":{"pdu":"60"}}}})")
                                          << u"service.collection.groups.pdu"_qs << ConfigIssue::Kind::WrongType;
        QTest::newRow("role slug") << QByteArray(R"({"service":{"collection":{"roles":{"core router":{"pdu":60}}}}})")
                                   << u"service.collection.roles.core router"_qs << ConfigIssue::Kind::BadFormat;
        QTest::newRow("role interval") << QByteArray(R"({"service":{"collection":{"roles":{"core":{"lldp":1}}}}})")
                                       << u"service.collection.roles.core.lldp"_qs << ConfigIssue::Kind::OutOfRange;
        QTest::newRow("snmp port") << QByteArray(R"({"service":{"collection":{"snmpPort":0}}})")
                                   << u"service.collection.snmpPort"_qs << ConfigIssue::Kind::OutOfRange;
        QTest::newRow("trap port") << QByteArray(R"({"service":{"traps":{"port":70000}}})") << u"service.traps.port"_qs
                                   << ConfigIssue::Kind::OutOfRange;
        QTest::newRow("trap address") << QByteArray(R"({"service":{"traps":{"address":"any"}}})")
                                      << u"service.traps.address"_qs << ConfigIssue::Kind::BadFormat;
        QTest::newRow("plain community") << QByteArray(R"({"service":{"traps":{"communities":["public"]}}})")
                                         << u"service.traps.communities.0"_qs << ConfigIssue::Kind::PlainSecret;
        QTest::newRow("engine id")
            << QByteArray(R"({"service":{"traps":{"users":[{"credentials":{"secret":"a/b"},"engineId":"xyz"}]}}})")
            << u"service.traps.users[0].engineId"_qs << ConfigIssue::Kind::BadFormat;
        QTest::newRow("user without credentials")
            << QByteArray(R"({"service":{"traps":{"users":[{"engineId":"8000000001"}]}}})")
            << u"service.traps.users[0].credentials"_qs << ConfigIssue::Kind::Inconsistent;
        QTest::newRow("enabled without senders") << QByteArray(R"({"service":{"traps":{"enabled":true}}})")
                                                 << u"service.traps.enabled"_qs << ConfigIssue::Kind::Inconsistent;
        QTest::newRow("typo") << QByteArray(R"({"service":{"colection":{}}})") << u"service.colection"_qs
                              << ConfigIssue::Kind::UnknownKey;
        QTest::newRow("mcp minutes") << QByteArray(R"({"service":{"mcpRefreshMinutes":-5}})")
                                     << u"service.mcpRefreshMinutes"_qs << ConfigIssue::Kind::OutOfRange;
    }

    void badValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(ConfigIssue::Kind, kind);
        const QList<ConfigIssue> issues = issuesOf(json);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().keyPath, key);
        QCOMPARE(issues.first().kind, kind);
        QCOMPARE(issues.first().file, u"ws.json"_qs);
        QVERIFY(!issues.first().expected.isEmpty());
        // A secret is never echoed.
        QVERIFY(!issues.first().toString().contains(u"public"_qs));
    }

    // Every problem is reported, not just the first.
    void everyIssueReported()
    {
        const QList<ConfigIssue> issues = issuesOf(
            R"({"service":{"collection":{"groups":{"interfaces":2,"sensors":1,"bgp":5}},"traps":{"port":0}}})");
        QStringList keys;
        for (const ConfigIssue &i : issues)
            keys << i.keyPath;
        keys.sort();
        QCOMPARE(keys, QStringList({u"service.collection.groups.bgp"_qs, u"service.collection.groups.interfaces"_qs,
                                    u"service.collection.groups.sensors"_qs, u"service.traps.port"_qs}));
    }

    // A workspace with a bad service section does not open; the error lists
    // the keys and the file is left as it was.
    void workspaceOpenRefusesBadSection()
    {
        QTemporaryDir dir;
        auto ws = Workspace::Workspace::create(dir.filePath(u"ws"_qs), u"svc"_qs, dir.filePath(u"user"_qs));
        QVERIFY(ws.ok());
        QFile file(ws->configFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json.insert(u"service"_qs,
                    QJsonObject{{u"collection"_qs, QJsonObject{{u"groups"_qs, QJsonObject{{u"system"_qs, 4}}}}},
                                {u"traps"_qs, QJsonObject{{u"port"_qs, 99999}}}});
        const QByteArray bytes = QJsonDocument(json).toJson();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const auto reopened = Workspace::Workspace::open(ws->folder(), dir.filePath(u"user"_qs));
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().code, ErrorCode::InvalidInput);
        const QVariantList listed = reopened.error().context.value(u"issues"_qs).toList();
        QCOMPARE(listed.size(), 2);
        QStringList keys;
        for (const QVariant &issue : listed)
            keys << issue.toMap().value(u"key"_qs).toString();
        keys.sort();
        QCOMPARE(keys, QStringList({u"service.collection.groups.system"_qs, u"service.traps.port"_qs}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestServiceConfig)
#include "tst_serviceconfig.moc"
