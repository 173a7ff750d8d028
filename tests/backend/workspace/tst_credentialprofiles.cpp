// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/workspace.h"
#include "backend/workspace/workspaceconfig.h"

using namespace OpsDeck;
using namespace OpsDeck::Workspace;

namespace {

/// Parses, merges and validates @p json as a workspace file does.
QList<ConfigIssue> issuesOf(const QByteArray &json, WorkspaceConfig *out = nullptr)
{
    QList<ConfigIssue> issues;
    const auto object = WorkspaceConfig::parseJson(json, QStringLiteral("ws.json"), issues);
    if (!object)
        return issues;
    WorkspaceConfig config;
    issues += config.applyLayer(*object, QStringLiteral("ws.json"));
    if (issues.isEmpty())
        issues += config.validate(QStringLiteral("ws.json"));
    if (out)
        *out = config;
    return issues;
}

QStringList keysOf(const QList<ConfigIssue> &issues)
{
    QStringList keys;
    for (const ConfigIssue &i : issues)
        keys << i.keyPath;
    return keys;
}

Domain::DeviceLabels device(const QString &siteSlug, const QString &siteName, const QString &roleSlug,
                            const QStringList &tags = {})
{
    Domain::DeviceLabels d;
    d.device = QStringLiteral("sw");
    d.siteSlug = siteSlug;
    d.siteName = siteName;
    d.roleSlug = roleSlug;
    d.roleName = roleSlug.toUpper();
    d.tagSlugs = tags;
    for (const QString &t : tags)
        d.tagNames << t + QStringLiteral(" name");
    return d;
}

const QByteArray kGood = R"({"credentialProfiles": {
    "snmp": {"profiles": [{"name": "dc1-v2", "version": "v2c", "credentials": {"secret": "snmp/dc1"}, "port": 1161},
                          {"name": "lab-v3", "version": "v3", "credentials": {"secret": "snmp/lab"}}],
             "rules": [{"tag": "lab", "profile": "lab-v3"},
                       {"site": "dc1", "role": "leaf", "profile": "dc1-v2"},
                       {"site": "Data Centre 2", "profile": "dc1-v2"}]},
    "ssh": {"profiles": [{"name": "dc1", "credentials": {"secret": "ssh/dc1"}, "user": "netops"}],
            "rules": [{"site": "dc1", "profile": "dc1"}]}}})";

} // namespace

/// The "credentialProfiles" section: named SNMP and SSH profiles, the
/// ordered rules choosing them per device, their validation and matching.
class TestCredentialProfiles final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreEmptyAndNotWritten()
    {
        const WorkspaceConfig config;
        QVERIFY(config.credentialProfiles.isEmpty());
        QVERIFY(config.validate().isEmpty());
        QVERIFY(!config.toJson(WorkspaceConfig::JsonMode::ChangesOnly).contains(u"credentialProfiles"_qs));
        // A file without the section reads as before.
        WorkspaceConfig read;
        QVERIFY(issuesOf(R"({"polling": {"credentials": {"secret": "snmp/core"}}})", &read).isEmpty());
        QVERIFY(read.credentialProfiles.isEmpty());
        QCOMPARE(read.polling.credentials.path, u"snmp/core"_qs);
    }

    void readsAndRoundTrips()
    {
        WorkspaceConfig config;
        const QList<ConfigIssue> issues = issuesOf(kGood, &config);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        const CredentialProfilesConfig &p = config.credentialProfiles;
        QCOMPARE(p.snmp.profiles.size(), 2);
        QCOMPARE(p.snmp.profiles.at(0).port, 1161);
        QCOMPARE(p.snmp.profiles.at(1).version, SnmpVersion::V3);
        QCOMPARE(p.snmp.profiles.at(1).port, 161);
        QCOMPARE(p.snmp.rules.size(), 3);
        QCOMPARE(p.ssh.profiles.at(0).user, u"netops"_qs);

        const QJsonObject written = config.toJson(WorkspaceConfig::JsonMode::ChangesOnly);
        QVERIFY(written.contains(u"credentialProfiles"_qs));
        WorkspaceConfig again;
        QVERIFY(again.applyLayer(written, u"again"_qs).isEmpty());
        QCOMPARE(again.credentialProfiles, config.credentialProfiles);
        // Only references are written, never a value.
        const QByteArray text = QJsonDocument(written).toJson();
        QVERIFY(text.contains("\"secret\": \"snmp/dc1\""));
    }

    void firstMatchingRuleWins()
    {
        WorkspaceConfig config;
        QVERIFY(issuesOf(kGood, &config).isEmpty());
        const CredentialProfilesConfig &p = config.credentialProfiles;
        const auto snmpName = [&](const Domain::DeviceLabels &d) {
            const SnmpProfile *profile = p.snmpProfileFor(d);
            return profile ? profile->name : QStringLiteral("(default)");
        };
        QCOMPARE(snmpName(device(u"dc1"_qs, u"DC 1"_qs, u"leaf"_qs)), u"dc1-v2"_qs);
        // Every field of a rule must match: a spine at dc1 matches nothing.
        QCOMPARE(snmpName(device(u"dc1"_qs, u"DC 1"_qs, u"spine"_qs)), u"(default)"_qs);
        // The tag rule comes first and wins over the site rule.
        QCOMPARE(snmpName(device(u"dc1"_qs, u"DC 1"_qs, u"leaf"_qs, {u"lab"_qs})), u"lab-v3"_qs);
        // Names match as well as slugs, without regard to case.
        QCOMPARE(snmpName(device(u"dc2"_qs, u"data centre 2"_qs, u"leaf"_qs)), u"dc1-v2"_qs);
        QCOMPARE(snmpName(device(u"x"_qs, u"X"_qs, u"leaf"_qs, {u"other"_qs, u"LAB"_qs})), u"lab-v3"_qs);
        Domain::DeviceLabels byTagName = device(u"x"_qs, u"X"_qs, u"leaf"_qs);
        byTagName.tagSlugs = {u"t-17"_qs};
        byTagName.tagNames = {u"Lab"_qs};
        QCOMPARE(snmpName(byTagName), u"lab-v3"_qs);
        QCOMPARE(snmpName(Domain::DeviceLabels()), u"(default)"_qs);
        QVERIFY(p.sshProfileFor(device(u"dc1"_qs, {}, {})));
        QVERIFY(!p.sshProfileFor(device(u"dc2"_qs, {}, {})));
    }

    void badInputNamesThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown profile") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a", "credentials": {"secret": "snmp/a"}}],
            "rules": [{"site": "dc1", "profile": "b"}]}}})")
                                         << u"credentialProfiles.snmp.rules[0].profile"_qs << u"a profile"_qs;
        QTest::newRow("profile of the other kind")
            << QByteArray(R"({"credentialProfiles": {
            "snmp": {"profiles": [{"name": "a", "credentials": {"secret": "snmp/a"}}]},
            "ssh": {"rules": [{"site": "dc1", "profile": "a"}]}}})")
            << u"credentialProfiles.ssh.rules[0].profile"_qs << u"there is none"_qs;
        QTest::newRow("empty match") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a", "credentials": {"secret": "snmp/a"}}],
            "rules": [{"site": "", "profile": "a"}]}}})")
                                     << u"credentialProfiles.snmp.rules[0]"_qs << u"\"site\", \"role\" or \"tag\""_qs;
        QTest::newRow("duplicate name") << QByteArray(R"({"credentialProfiles": {"ssh": {
            "profiles": [{"name": "a", "credentials": {"secret": "ssh/a"}},
                         {"name": "a", "credentials": {"secret": "ssh/b"}}]}}})")
                                        << u"credentialProfiles.ssh.profiles[1].name"_qs << u"no other profile"_qs;
        QTest::newRow("no credentials") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a"}]}}})")
                                        << u"credentialProfiles.snmp.profiles[0].credentials"_qs
                                        << u"vault reference"_qs;
        QTest::newRow("plain secret") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a", "credentials": "public"}]}}})")
                                      << u"credentialProfiles.snmp.profiles[0].credentials"_qs
                                      << u"never written in clear text"_qs;
        QTest::newRow("bad version") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a", "version": "v4", "credentials": {"secret": "snmp/a"}}]}}})")
                                     << u"credentialProfiles.snmp.profiles[0].version"_qs << u"\"v2c\""_qs;
        QTest::newRow("bad port") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "profiles": [{"name": "a", "port": 0, "credentials": {"secret": "snmp/a"}}]}}})")
                                  << u"credentialProfiles.snmp.profiles[0].port"_qs << u"1 to 65535"_qs;
        QTest::newRow("bad name") << QByteArray(R"({"credentialProfiles": {"ssh": {
            "profiles": [{"name": "has space", "credentials": {"secret": "ssh/a"}}]}}})")
                                  << u"credentialProfiles.ssh.profiles[0].name"_qs << u"profile name"_qs;
        QTest::newRow("unknown key") << QByteArray(R"({"credentialProfiles": {"snmp": {
            "rules": [{"site": "dc1", "profile": "a", "sitee": "x"}]}}})")
                                     << u"credentialProfiles.snmp.rules[0].sitee"_qs << u"known keys"_qs;
        QTest::newRow("not an object") << QByteArray(R"({"credentialProfiles": []})") << u"credentialProfiles"_qs
                                       << u"an object"_qs;
        QTest::newRow("rules not an array") << QByteArray(R"({"credentialProfiles": {"ssh": {"rules": {}}}})")
                                            << u"credentialProfiles.ssh.rules"_qs << u"an array"_qs;
    }

    void badInputNamesThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QList<ConfigIssue> issues = issuesOf(json);
        QVERIFY2(keysOf(issues).contains(key), qPrintable(keysOf(issues).join(u", ")));
        for (const ConfigIssue &issue : issues) {
            if (issue.keyPath == key)
                QVERIFY2(issue.toString().contains(expected), qPrintable(issue.toString()));
            QVERIFY2(!issue.toString().contains(u"public"_qs), qPrintable(issue.toString()));
        }
    }

    // A workspace file with a bad rule is refused on open; setting a bad
    // configuration in code changes nothing on disk.
    void workspaceRefusesAndKeepsItsFile()
    {
        QTemporaryDir dir;
        auto ws = Workspace::Workspace::create(dir.filePath(u"ws"_qs), u"profiles"_qs, dir.filePath(u"user"_qs));
        QVERIFY(ws.ok());
        WorkspaceConfig config = ws->workspaceConfig();
        config.credentialProfiles.ssh.profiles = {{u"dc1"_qs, {u"ssh/dc1"_qs}, u"netops"_qs}};
        config.credentialProfiles.ssh.rules = {{u"dc1"_qs, {}, {}, u"dc1"_qs}};
        QVERIFY(ws->setWorkspaceConfig(config).ok());
        QVERIFY(ws->save().ok());
        QFile file(ws->configFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("credentialProfiles"));

        WorkspaceConfig bad = config;
        bad.credentialProfiles.ssh.rules.append({{}, {}, {}, u"dc1"_qs});
        bad.credentialProfiles.ssh.rules.append({u"dc2"_qs, {}, {}, u"nobody"_qs});
        const Status refused = ws->setWorkspaceConfig(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"credentialProfiles.ssh.rules[1]"_qs),
                 qPrintable(refused.error().detail));
        QVERIFY2(refused.error().detail.contains(u"credentialProfiles.ssh.rules[2].profile"_qs),
                 qPrintable(refused.error().detail));
        QVERIFY(ws->save().ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved);
        file.close();

        auto reopened = Workspace::Workspace::open(ws->folder(), dir.filePath(u"user"_qs));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->config().credentialProfiles, config.credentialProfiles);

        // Written by hand, a rule naming an unknown profile keeps the workspace from opening.
        QJsonObject json = QJsonDocument::fromJson(saved).object();
        QJsonObject profiles = json.value(u"credentialProfiles"_qs).toObject();
        QJsonObject ssh = profiles.value(u"ssh"_qs).toObject();
        ssh.insert(u"rules"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"leaf"_qs}, {u"profile"_qs, u"dc9"_qs}}});
        profiles.insert(u"ssh"_qs, ssh);
        json.insert(u"credentialProfiles"_qs, profiles);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        auto broken = Workspace::Workspace::open(ws->folder(), dir.filePath(u"user"_qs));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().detail.contains(u"credentialProfiles.ssh.rules[0].profile"_qs),
                 qPrintable(broken.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestCredentialProfiles)
#include "tst_credentialprofiles.moc"
