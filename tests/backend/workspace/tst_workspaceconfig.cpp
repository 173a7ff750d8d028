// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "backend/workspace/workspaceconfig.h"

// The class Workspace shares its namespace's name: pull in the namespace
// only, so the unqualified name means the class.
using OpsDeck::Error;
using OpsDeck::ErrorCode;
using OpsDeck::Result;
using OpsDeck::Status;
using namespace OpsDeck::Workspace;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OpsDeck::Workspace::ConfigIssue::Kind)

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data is not JSON: %s", json.constData());
    return document.object();
}

QVariantMap firstIssue(const Error &error)
{
    const QVariantList issues = error.context.value(QStringLiteral("issues")).toList();
    return issues.isEmpty() ? QVariantMap() : issues.constFirst().toMap();
}

const QString kLayerFile = QStringLiteral("/etc/opsdeck/layer.json");

} // namespace

class TestWorkspaceConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void defaultsRoundTrip();
    void fullRoundTrip();
    void changesOnly();
    void invalidValue_data();
    void invalidValue();
    void plainSecretIsNotEchoed_data();
    void plainSecretIsNotEchoed();
    void reportsEveryProblem();
    void crossKeyChecks();
    void validateHoldsCodeToFileRules();
    void layerMergesObjectsAndReplacesArrays();
    void malformedJson_data();
    void malformedJson();
    void fingerprintsAreNormalised();
    void validValuesAccepted_data();
    void validValuesAccepted();
};

void TestWorkspaceConfig::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceConfig::defaults()
{
    const WorkspaceConfig config;
    QCOMPARE(config.store.driver, StoreDriver::Sqlite);
    QCOMPARE(config.connections.netbox.tokenVersion, NetboxTokenVersion::Auto);
    QVERIFY(config.connections.netbox.verifyTls);
    QVERIFY(config.connections.mcp.verifyTls);
    QVERIFY(config.connections.prtg.verifyTls);
    QVERIFY(config.connections.netbox.pageSize >= 1 && config.connections.netbox.pageSize <= 1000);
    QVERIFY(config.connections.netbox.concurrency >= 1 && config.connections.netbox.concurrency <= 16);
    QCOMPARE(config.polling.snmpVersion, SnmpVersion::V2c);
    QVERIFY(config.polling.intervalSeconds >= 5);
    QVERIFY(config.approvals.rules.isEmpty());
    QVERIFY(!config.connections.netbox.token.isSet());
    QVERIFY(config.validate().isEmpty());
}

void TestWorkspaceConfig::defaultsRoundTrip()
{
    const QJsonObject json = WorkspaceConfig().toJson();
    QCOMPARE(json.value(QLatin1String("store")).toObject().value(QLatin1String("driver")).toString(),
             QStringLiteral("sqlite"));
    // Unset secrets are not written at all.
    QVERIFY(!json.value(QLatin1String("connections"))
                 .toObject()
                 .value(QLatin1String("netbox"))
                 .toObject()
                 .contains(QLatin1String("token")));
    const Result<WorkspaceConfig> back = WorkspaceConfig::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back, WorkspaceConfig());
}

void TestWorkspaceConfig::fullRoundTrip()
{
    WorkspaceConfig config;
    config.name = QStringLiteral("Lab EU");
    config.description = QStringLiteral("Frankfurt lab");
    config.store.driver = StoreDriver::Postgres;
    config.store.host = QStringLiteral("db.example.net");
    config.store.port = 5433;
    config.store.database = QStringLiteral("opsdeck");
    config.store.user = QStringLiteral("ops");
    config.store.password.path = QStringLiteral("store/password");
    config.connections.netbox.url = QStringLiteral("https://netbox.example.net/");
    config.connections.netbox.token.path = QStringLiteral("netbox/token");
    config.connections.netbox.tokenVersion = NetboxTokenVersion::V2;
    config.connections.netbox.verifyTls = false;
    config.connections.netbox.caFile = QStringLiteral("/etc/ssl/lab-ca.pem");
    config.connections.netbox.pinnedSha256 = {QString(64, QLatin1Char('a'))};
    config.connections.netbox.timeoutMs = 5000;
    config.connections.netbox.pageSize = 1000;
    config.connections.netbox.concurrency = 16;
    config.connections.mcp.url = QStringLiteral("https://mcp.example.net");
    config.connections.mcp.username = QStringLiteral("admin");
    config.connections.mcp.password.path = QStringLiteral("mcp/password");
    config.connections.prtg.url = QStringLiteral("http://prtg.example.net:8080");
    config.connections.prtg.apiToken.path = QStringLiteral("prtg/api-token");
    config.polling.snmpVersion = SnmpVersion::V3;
    config.polling.intervalSeconds = 5;
    config.polling.retries = 0;
    config.polling.maxRepetitions = 100;
    config.polling.credentials.path = QStringLiteral("snmp/v3-user");
    config.polling.roleIntervalSeconds = {{QStringLiteral("core-router"), 10}, {QStringLiteral("pdu"), 300}};
    config.approvals.rules = {ApprovalRule{QStringLiteral("interface.update"), QStringLiteral("fra1"),
                                           QStringLiteral("core-router"), QStringLiteral("22:00-06:00"), 2},
                              ApprovalRule{}};
    config.sync.intervalMinutes = 0;

    const Result<WorkspaceConfig> back = WorkspaceConfig::fromJson(config.toJson(), kLayerFile);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back, config);
    QCOMPARE(back->polling.intervalFor(QStringLiteral("pdu")), 300);
    QCOMPARE(back->polling.intervalFor(QStringLiteral("access-switch")), 5);
}

void TestWorkspaceConfig::changesOnly()
{
    QVERIFY(WorkspaceConfig().toJson(WorkspaceConfig::JsonMode::ChangesOnly).isEmpty());

    WorkspaceConfig config;
    config.connections.netbox.pageSize = 500;
    config.connections.netbox.token.path = QStringLiteral("netbox/token");
    const QJsonObject expected = parse(R"({"connections": {"netbox": {"pageSize": 500,
                                          "token": {"secret": "netbox/token"}}}})");
    QCOMPARE(config.toJson(WorkspaceConfig::JsonMode::ChangesOnly), expected);
}

void TestWorkspaceConfig::invalidValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<ConfigIssue::Kind>("kind");

    using K = ConfigIssue::Kind;
    QTest::newRow("int as string") << QByteArray(R"({"connections":{"netbox":{"pageSize":"100"}}})")
                                   << u"connections.netbox.pageSize"_s << u"\"100\""_s << u"an integer from 1 to 1000"_s
                                   << K::WrongType;
    QTest::newRow("int fraction") << QByteArray(R"({"connections":{"netbox":{"pageSize":2.5}}})")
                                  << u"connections.netbox.pageSize"_s << u"2.5"_s << u"an integer from 1 to 1000"_s
                                  << K::WrongType;
    QTest::newRow("pageSize 0") << QByteArray(R"({"connections":{"netbox":{"pageSize":0}}})")
                                << u"connections.netbox.pageSize"_s << u"0"_s << u"an integer from 1 to 1000"_s
                                << K::OutOfRange;
    QTest::newRow("pageSize 1001") << QByteArray(R"({"connections":{"netbox":{"pageSize":1001}}})")
                                   << u"connections.netbox.pageSize"_s << u"1001"_s << u"an integer from 1 to 1000"_s
                                   << K::OutOfRange;
    QTest::newRow("concurrency 17") << QByteArray(R"({"connections":{"netbox":{"concurrency":17}}})")
                                    << u"connections.netbox.concurrency"_s << u"17"_s << u"an integer from 1 to 16"_s
                                    << K::OutOfRange;
    QTest::newRow("interval 4 s") << QByteArray(R"({"polling":{"intervalSeconds":4}})") << u"polling.intervalSeconds"_s
                                  << u"4"_s << u"an integer from 5 to"_s << K::OutOfRange;
    QTest::newRow("retries 11") << QByteArray(R"({"polling":{"retries":11}})") << u"polling.retries"_s << u"11"_s
                                << u"an integer from 0 to 10"_s << K::OutOfRange;
    QTest::newRow("maxRepetitions 0") << QByteArray(R"({"polling":{"maxRepetitions":0}})")
                                      << u"polling.maxRepetitions"_s << u"0"_s << u"an integer from 1 to 100"_s
                                      << K::OutOfRange;
    QTest::newRow("role interval") << QByteArray(R"({"polling":{"roleIntervalSeconds":{"core":2}}})")
                                   << u"polling.roleIntervalSeconds.core"_s << u"2"_s << u"an integer from 5 to"_s
                                   << K::OutOfRange;
    QTest::newRow("role slug") << QByteArray(R"({"polling":{"roleIntervalSeconds":{"core router":60}}})")
                               << u"polling.roleIntervalSeconds.core router"_s << u"\"core router\""_s
                               << u"a role slug"_s << K::BadFormat;
    QTest::newRow("bool as string") << QByteArray(R"({"connections":{"mcp":{"verifyTls":"yes"}}})")
                                    << u"connections.mcp.verifyTls"_s << u"\"yes\""_s << u"true or false"_s
                                    << K::WrongType;
    QTest::newRow("tokenVersion") << QByteArray(R"({"connections":{"netbox":{"tokenVersion":"v3"}}})")
                                  << u"connections.netbox.tokenVersion"_s << u"\"v3\""_s
                                  << uR"(one of "v1", "v2", "auto")"_s << K::NotAllowed;
    QTest::newRow("snmpVersion") << QByteArray(R"({"polling":{"snmpVersion":"v2"}})") << u"polling.snmpVersion"_s
                                 << u"\"v2\""_s << uR"(one of "v1", "v2c", "v3")"_s << K::NotAllowed;
    QTest::newRow("driver") << QByteArray(R"({"store":{"driver":"mysql"}})") << u"store.driver"_s << u"\"mysql\""_s
                            << uR"(one of "sqlite", "postgres")"_s << K::NotAllowed;
    QTest::newRow("driver type") << QByteArray(R"({"store":{"driver":1}})") << u"store.driver"_s << u"1"_s
                                 << uR"(one of "sqlite", "postgres")"_s << K::WrongType;
    QTest::newRow("port") << QByteArray(R"({"store":{"port":70000}})") << u"store.port"_s << u"70000"_s
                          << u"an integer from 1 to 65535"_s << K::OutOfRange;
    QTest::newRow("group not object") << QByteArray(R"({"connections":{"netbox":[]}})") << u"connections.netbox"_s
                                      << u"an array"_s << u"an object"_s << K::WrongType;
    QTest::newRow("name type") << QByteArray(R"({"name":5})") << u"name"_s << u"5"_s << u"a string"_s << K::WrongType;
    QTest::newRow("typo key") << QByteArray(R"({"connections":{"netbox":{"pagesize":100}}})")
                              << u"connections.netbox.pagesize"_s << QString() << u"did you mean \"pageSize\"?"_s
                              << K::UnknownKey;
    QTest::newRow("unknown top key") << QByteArray(R"({"conections":{}})") << u"conections"_s << QString()
                                     << u"did you mean \"connections\"?"_s << K::UnknownKey;
    QTest::newRow("url ftp") << QByteArray(R"({"connections":{"netbox":{"url":"ftp://netbox.example"}}})")
                             << u"connections.netbox.url"_s << u"\"ftp://netbox.example\""_s
                             << u"an http:// or https:// URL with a host"_s << K::BadUrl;
    QTest::newRow("url no scheme") << QByteArray(R"({"connections":{"mcp":{"url":"mcp.example:443"}}})")
                                   << u"connections.mcp.url"_s << u"\"mcp.example:443\""_s
                                   << u"an http:// or https:// URL with a host"_s << K::BadUrl;
    QTest::newRow("url no host") << QByteArray(R"({"connections":{"prtg":{"url":"https://"}}})")
                                 << u"connections.prtg.url"_s << u"\"https://\""_s
                                 << u"an http:// or https:// URL with a host"_s << K::BadUrl;
    QTest::newRow("fingerprint") << QByteArray(R"({"connections":{"netbox":{"pinnedSha256":["abc"]}}})")
                                 << u"connections.netbox.pinnedSha256[0]"_s << u"\"abc\""_s << u"SHA-256 fingerprint"_s
                                 << K::BadFormat;
    QTest::newRow("window") << QByteArray(R"({"approvals":{"rules":[{"window":"25:00-01:00"}]}})")
                            << u"approvals.rules[0].window"_s << u"\"25:00-01:00\""_s << u"HH:MM-HH:MM"_s
                            << K::BadFormat;
    QTest::newRow("required 3") << QByteArray(R"({"approvals":{"rules":[{"kind":"*"},{"required":3}]}})")
                                << u"approvals.rules[1].required"_s << u"3"_s << u"an integer from 0 to 2"_s
                                << K::OutOfRange;
    QTest::newRow("rule unknown key") << QByteArray(R"({"approvals":{"rules":[{"approvers":2}]}})")
                                      << u"approvals.rules[0].approvers"_s << QString() << u"known keys"_s
                                      << K::UnknownKey;
    QTest::newRow("sync") << QByteArray(R"({"sync":{"intervalMinutes":-1}})") << u"sync.intervalMinutes"_s << u"-1"_s
                          << u"an integer from 0 to"_s << K::OutOfRange;
    QTest::newRow("postgres no host") << QByteArray(R"({"store":{"driver":"postgres","database":"ops"}})")
                                      << u"store.host"_s << u"\"\""_s << u"when store.driver is \"postgres\""_s
                                      << K::Inconsistent;
}

void TestWorkspaceConfig::invalidValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(ConfigIssue::Kind, kind);

    const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(parse(json), kLayerFile);
    QVERIFY(!result.ok());
    const Error &error = result.error();
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QCOMPARE(error.context.value(QStringLiteral("file")).toString(), kLayerFile);
    QCOMPARE(error.context.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(error.context.value(QStringLiteral("value")).toString(), value);
    QVERIFY2(error.context.value(QStringLiteral("expected")).toString().contains(expected),
             qPrintable(error.context.value(QStringLiteral("expected")).toString()));
    QCOMPARE(firstIssue(error).value(QStringLiteral("kind")).toString(), ConfigIssue::kindName(kind));
    // The one-line text carries file, key and expectation too.
    QVERIFY(error.toString().contains(kLayerFile));
    QVERIFY(error.toString().contains(key));
}

void TestWorkspaceConfig::plainSecretIsNotEchoed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ConfigIssue::Kind>("kind");

    using K = ConfigIssue::Kind;
    QTest::newRow("netbox token") << QByteArray(R"({"connections":{"netbox":{"token":"Sup3rSecretValue"}}})")
                                  << u"connections.netbox.token"_s << K::PlainSecret;
    QTest::newRow("mcp password") << QByteArray(R"({"connections":{"mcp":{"password":"Sup3rSecretValue"}}})")
                                  << u"connections.mcp.password"_s << K::PlainSecret;
    QTest::newRow("prtg passhash") << QByteArray(R"({"connections":{"prtg":{"passhash":"Sup3rSecretValue"}}})")
                                   << u"connections.prtg.passhash"_s << K::PlainSecret;
    QTest::newRow("prtg apiToken") << QByteArray(R"({"connections":{"prtg":{"apiToken":"Sup3rSecretValue"}}})")
                                   << u"connections.prtg.apiToken"_s << K::PlainSecret;
    QTest::newRow("store password") << QByteArray(R"({"store":{"password":"Sup3rSecretValue"}})") << u"store.password"_s
                                    << K::PlainSecret;
    QTest::newRow("snmp credentials") << QByteArray(R"({"polling":{"credentials":"Sup3rSecretValue"}})")
                                      << u"polling.credentials"_s << K::PlainSecret;
    QTest::newRow("secret as number") << QByteArray(R"({"polling":{"credentials":731522}})") << u"polling.credentials"_s
                                      << K::WrongType;
    QTest::newRow("extra key in ref")
        << QByteArray(R"({"connections":{"netbox":{"token":{"secret":"netbox/token","value":"Sup3rSecretValue"}}}})")
        << u"connections.netbox.token.value"_s << K::UnknownKey;
    QTest::newRow("misspelt secret key") << QByteArray(R"({"connections":{"netbox":{"tokne":"Sup3rSecretValue"}}})")
                                         << u"connections.netbox.tokne"_s << K::UnknownKey;
    QTest::newRow("bad ref path") << QByteArray(
                                         R"({"connections":{"netbox":{"token":{"secret":"../Sup3rSecretValue"}}}})")
                                  << u"connections.netbox.token.secret"_s << K::BadFormat;
}

void TestWorkspaceConfig::plainSecretIsNotEchoed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(ConfigIssue::Kind, kind);

    const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(parse(json), kLayerFile);
    QVERIFY(!result.ok());
    const Error &error = result.error();
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QCOMPARE(error.context.value(QStringLiteral("file")).toString(), kLayerFile);
    QCOMPARE(error.context.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(firstIssue(error).value(QStringLiteral("kind")).toString(), ConfigIssue::kindName(kind));
    if (kind == ConfigIssue::Kind::PlainSecret)
        QVERIFY(error.context.value(QStringLiteral("expected")).toString().contains(u"vault"));

    // Neither the text nor any context value repeats the secret.
    const QString everything =
        error.toString() + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(error.context)).toJson());
    QVERIFY(everything.contains(key));
    QVERIFY2(!everything.contains(u"Sup3rSecretValue"), qPrintable(everything));
    QVERIFY2(!everything.contains(u"731522"), qPrintable(everything));
}

void TestWorkspaceConfig::reportsEveryProblem()
{
    const QByteArray json = R"({
        "connections": {"netbox": {"pageSize": 0, "concurrency": 99, "url": "gopher://x"}},
        "polling": {"snmpVersion": "v4"},
        "colour": "blue"
    })";
    const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(parse(json), kLayerFile);
    QVERIFY(!result.ok());
    const QVariantList issues = result.error().context.value(QStringLiteral("issues")).toList();
    QStringList keys;
    for (const QVariant &issue : issues) {
        QCOMPARE(issue.toMap().value(QStringLiteral("file")).toString(), kLayerFile);
        keys << issue.toMap().value(QStringLiteral("key")).toString();
    }
    keys.sort();
    QCOMPARE(keys, (QStringList{u"colour"_s, u"connections.netbox.concurrency"_s, u"connections.netbox.pageSize"_s,
                                u"connections.netbox.url"_s, u"polling.snmpVersion"_s}));
}

void TestWorkspaceConfig::crossKeyChecks()
{
    const auto keyOf = [](const QByteArray &json) {
        const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(parse(json), kLayerFile);
        return result.ok() ? QString() : result.error().context.value(QStringLiteral("key")).toString();
    };
    QCOMPARE(keyOf(R"({"store":{"driver":"postgres","host":"db"}})"), u"store.database"_s);
    QCOMPARE(keyOf(R"({"store":{"driver":"postgres","host":"db","database":"ops"}})"), QString());
    QCOMPARE(keyOf(R"({"connections":{"prtg":{"username":"u","passhash":{"secret":"prtg/passhash"},
                     "apiToken":{"secret":"prtg/token"}}}})"),
             u"connections.prtg.apiToken"_s);
    QCOMPARE(keyOf(R"({"connections":{"prtg":{"passhash":{"secret":"prtg/passhash"}}}})"),
             u"connections.prtg.username"_s);
    QCOMPARE(keyOf(R"({"connections":{"prtg":{"apiToken":{"secret":"prtg/token"}}}})"), QString());
}

void TestWorkspaceConfig::validateHoldsCodeToFileRules()
{
    WorkspaceConfig config;
    config.connections.netbox.pageSize = 0;
    config.connections.netbox.url = QStringLiteral("file:///etc/passwd");
    const QList<ConfigIssue> issues = config.validate(kLayerFile);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).file, kLayerFile);
    QStringList keys{issues.at(0).keyPath, issues.at(1).keyPath};
    keys.sort();
    QCOMPARE(keys, (QStringList{u"connections.netbox.pageSize"_s, u"connections.netbox.url"_s}));
}

void TestWorkspaceConfig::layerMergesObjectsAndReplacesArrays()
{
    WorkspaceConfig config;
    QVERIFY(config
                .applyLayer(parse(R"({"connections":{"netbox":{"pageSize":100,"concurrency":8,
                                  "pinnedSha256":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                                                  "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]}},
                                  "polling":{"roleIntervalSeconds":{"core":10,"pdu":300}}})"),
                            u"one.json"_s)
                .isEmpty());
    QVERIFY(config
                .applyLayer(parse(R"({"connections":{"netbox":{"pageSize":200,
                                  "pinnedSha256":["cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"]}},
                                  "polling":{"roleIntervalSeconds":{"pdu":600}}})"),
                            u"two.json"_s)
                .isEmpty());
    QCOMPARE(config.connections.netbox.pageSize, 200);  // later layer wins
    QCOMPARE(config.connections.netbox.concurrency, 8); // sibling kept
    QCOMPARE(config.connections.netbox.timeoutMs, WorkspaceConfig().connections.netbox.timeoutMs);
    QCOMPARE(config.connections.netbox.pinnedSha256, QStringList{QString(64, QLatin1Char('c'))}); // replaced
    QCOMPARE(config.polling.intervalFor(u"core"_s), 10);
    QCOMPARE(config.polling.intervalFor(u"pdu"_s), 600);
}

void TestWorkspaceConfig::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");

    QTest::newRow("trailing comma") << QByteArray("{\n  \"name\": \"x\",\n}\n") << 3;
    QTest::newRow("truncated") << QByteArray("{\n  \"connections\": {\n    \"netbox\": ") << 3;
    QTest::newRow("missing quote") << QByteArray("{\"name: 1}") << 1;
    QTest::newRow("top-level array") << QByteArray("[1, 2]") << 1;
    QTest::newRow("empty") << QByteArray() << 1;
}

void TestWorkspaceConfig::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);

    QList<ConfigIssue> issues;
    QVERIFY(!WorkspaceConfig::parseJson(json, kLayerFile, issues).has_value());
    QCOMPARE(issues.size(), 1);
    const ConfigIssue &issue = issues.constFirst();
    QCOMPARE(issue.kind, ConfigIssue::Kind::Syntax);
    QCOMPARE(issue.file, kLayerFile);
    QCOMPARE(issue.line, line);
    QVERIFY(issue.offset >= 0 && issue.offset <= json.size());
    QVERIFY(issue.column >= 1);
    QVERIFY(!issue.expected.isEmpty());
    const Error error = ConfigIssue::toError(issues);
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QCOMPARE(error.context.value(QStringLiteral("line")).toInt(), line);
    QCOMPARE(error.context.value(QStringLiteral("offset")).toInt(), issue.offset);
    QVERIFY(error.toString().contains(kLayerFile + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')));
}

void TestWorkspaceConfig::fingerprintsAreNormalised()
{
    QStringList pairs;
    for (int i = 0; i < 32; ++i)
        pairs << QStringLiteral("AB");
    const QJsonObject layer{
        {u"connections"_s,
         QJsonObject{{u"netbox"_s, QJsonObject{{u"pinnedSha256"_s, QJsonArray{pairs.join(QLatin1Char(':'))}}}}}}};
    const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(layer);
    QVERIFY(result.ok());
    QCOMPARE(result->connections.netbox.pinnedSha256, QStringList{pairs.join(QString()).toLower()});
}

void TestWorkspaceConfig::validValuesAccepted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("bounds low") << QByteArray(R"({"connections":{"netbox":{"pageSize":1,"concurrency":1}},
                                             "polling":{"intervalSeconds":5,"retries":0,"maxRepetitions":1}})");
    QTest::newRow("bounds high") << QByteArray(R"({"connections":{"netbox":{"pageSize":1000,"concurrency":16}},
                                              "polling":{"retries":10,"maxRepetitions":100}})");
    QTest::newRow("empty url") << QByteArray(R"({"connections":{"netbox":{"url":""}}})");
    QTest::newRow("http url") << QByteArray(R"({"connections":{"netbox":{"url":"http://127.0.0.1:8000/"}}})");
    QTest::newRow("window wraps") << QByteArray(R"({"approvals":{"rules":[{"window":"22:00-06:00","required":0}]}})");
    QTest::newRow("secret ref") << QByteArray(R"({"connections":{"netbox":{"token":{"secret":"netbox/token"}}}})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestWorkspaceConfig::validValuesAccepted()
{
    QFETCH(QByteArray, json);
    const Result<WorkspaceConfig> result = WorkspaceConfig::fromJson(parse(json), kLayerFile);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
}

QTEST_GUILESS_MAIN(TestWorkspaceConfig)
#include "tst_workspaceconfig.moc"
