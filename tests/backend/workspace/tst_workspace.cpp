// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <functional>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "backend/workspace/workspace.h"

// The class Workspace shares its namespace's name: pull in the namespace
// only, so the unqualified name means the class.
using OpsDeck::Error;
using OpsDeck::ErrorCode;
using OpsDeck::Result;
using OpsDeck::Status;
using namespace OpsDeck::Workspace;
using namespace Qt::StringLiterals;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

// Deep-merges @p patch into the JSON object stored at @p path.
bool patchFile(const QString &path, const QJsonObject &patch)
{
    std::function<QJsonObject(QJsonObject, const QJsonObject &)> merge = [&](QJsonObject base,
                                                                             const QJsonObject &extra) {
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            if (it.value().isObject() && base.value(it.key()).isObject())
                base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
            else
                base.insert(it.key(), it.value());
        }
        return base;
    };
    return writeBytes(path, QJsonDocument(merge(readObject(path), patch)).toJson());
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createOpenRoundTrip();
    void createRefusesNonEmptyFolder();
    void createRefusesExistingWorkspace();
    void createRefusesEmptyName();
    void openMissing();
    void layerPrecedence();
    void userLayerCannotSetIdentity();
    void invalidLayerFile_data();
    void invalidLayerFile();
    void problemsOfBothLayersReported();
    void saveWritesOnlyChangesAndOnlyWhenAsked();
    void setWorkspaceConfigValidates();
    void saveRefusesFileChangedOnDisk();
    void defaultUserConfigDir();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_userDir;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_userDir = m_dir->filePath(u"user-config/workspaces"_s);
}

void TestWorkspace::createOpenRoundTrip()
{
    const QString folder = m_dir->filePath(u"lab"_s);
    const Result<Workspace> created = Workspace::create(folder, u"  Lab One  "_s, m_userDir);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    QCOMPARE(created->folder(), canonical);
    QCOMPARE(created->name(), u"Lab One"_s);
    QVERIFY(!QUuid::fromString(created->id()).isNull());
    QCOMPARE(created->storePath(), canonical + u"/store.sqlite"_s);
    QCOMPARE(created->vaultPath(), canonical + u"/vault.bin"_s);
    QCOMPARE(created->plansDir(), canonical + u"/plans"_s);
    QCOMPARE(created->configFile(), canonical + u"/workspace.json"_s);
    QCOMPARE(created->userConfigFile(), QDir(m_userDir).filePath(created->id() + u".json"_s));
    QVERIFY(QFileInfo(created->plansDir()).isDir());
    QVERIFY(Workspace::isWorkspace(folder));
    // Nothing but workspace.json is written; the store and vault belong to others.
    QVERIFY(!QFile::exists(created->storePath()));
    QVERIFY(!QFile::exists(created->vaultPath()));
    QVERIFY(!QFile::exists(created->userConfigFile()));

    const QJsonObject onDisk = readObject(created->configFile());
    QCOMPARE(onDisk.value(u"id"_s).toString(), created->id());
    QCOMPARE(onDisk.value(u"name"_s).toString(), u"Lab One"_s);
    QCOMPARE(onDisk.value(u"version"_s).toInt(), Workspace::FormatVersion);

    const Result<Workspace> opened = Workspace::open(folder, m_userDir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(opened->id(), created->id());
    QCOMPARE(opened->name(), created->name());
    QCOMPARE(opened->folder(), created->folder());
    QCOMPARE(opened->config(), created->config());
    QCOMPARE(opened->config().connections.netbox.pageSize, WorkspaceConfig().connections.netbox.pageSize);
}

void TestWorkspace::createRefusesNonEmptyFolder()
{
    const QString folder = m_dir->filePath(u"photos"_s);
    QVERIFY(writeBytes(folder + u"/holiday.jpg"_s, "not a workspace"));
    const Result<Workspace> created = Workspace::create(folder, u"Lab"_s, m_userDir);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Conflict);
    QVERIFY(!QFile::exists(folder + u"/workspace.json"_s));
    QVERIFY(!QFile::exists(folder + u"/plans"_s));
    QCOMPARE(readBytes(folder + u"/holiday.jpg"_s), QByteArray("not a workspace"));

    // A hidden file makes a folder non-empty too.
    const QString hidden = m_dir->filePath(u"hidden"_s);
    QVERIFY(writeBytes(hidden + u"/.keep"_s, ""));
    QVERIFY(!Workspace::create(hidden, u"Lab"_s, m_userDir).ok());

    // An empty existing folder is fine.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"empty"_s)));
    QVERIFY(Workspace::create(m_dir->filePath(u"empty"_s), u"Lab"_s, m_userDir).ok());
}

void TestWorkspace::createRefusesExistingWorkspace()
{
    const QString folder = m_dir->filePath(u"lab"_s);
    const Result<Workspace> first = Workspace::create(folder, u"Lab"_s, m_userDir);
    QVERIFY(first.ok());
    const QByteArray before = readBytes(first->configFile());
    const Result<Workspace> second = Workspace::create(folder, u"Other"_s, m_userDir);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(readBytes(first->configFile()), before);
}

void TestWorkspace::createRefusesEmptyName()
{
    const QString folder = m_dir->filePath(u"noname"_s);
    const Result<Workspace> created = Workspace::create(folder, u"   "_s, m_userDir);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(folder));
}

void TestWorkspace::openMissing()
{
    const Result<Workspace> missing = Workspace::open(m_dir->filePath(u"nothing-here"_s), m_userDir);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    QVERIFY(QDir().mkpath(m_dir->filePath(u"plain"_s)));
    const Result<Workspace> plain = Workspace::open(m_dir->filePath(u"plain"_s), m_userDir);
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().code, ErrorCode::NotFound);
}

void TestWorkspace::layerPrecedence()
{
    const Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    const QByteArray workspaceLayer = R"({"connections": {"netbox": {
        "url": "https://netbox.lab.example", "pageSize": 100, "concurrency": 8,
        "pinnedSha256": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                         "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"]}},
        "polling": {"intervalSeconds": 120, "roleIntervalSeconds": {"core": 30}}})";
    const QByteArray userLayer = R"({
        "connections": {"netbox": {"pageSize": 200, "verifyTls": false,
            "pinnedSha256": ["cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"]}},
        "polling": {"roleIntervalSeconds": {"pdu": 600}}
    })";
    QVERIFY(patchFile(created->configFile(), json(workspaceLayer)));
    QVERIFY(writeBytes(created->userConfigFile(), userLayer));

    const Result<Workspace> opened = Workspace::open(created->folder(), m_userDir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    const WorkspaceConfig defaults;
    const NetboxConfig &netbox = opened->config().connections.netbox;
    QCOMPARE(netbox.pageSize, 200);                                            // user beats workspace
    QVERIFY(!netbox.verifyTls);                                                // user beats default
    QCOMPARE(netbox.concurrency, 8);                                           // workspace beats default
    QCOMPARE(netbox.url, u"https://netbox.lab.example"_s);                     // sibling of an override kept
    QCOMPARE(netbox.timeoutMs, defaults.connections.netbox.timeoutMs);         // default where nobody says
    QCOMPARE(netbox.pinnedSha256, QStringList{QString(64, QLatin1Char('c'))}); // arrays replace
    QCOMPARE(opened->config().polling.intervalSeconds, 120);
    QCOMPARE(opened->config().polling.intervalFor(u"core"_s), 30);
    QCOMPARE(opened->config().polling.intervalFor(u"pdu"_s), 600);

    // The workspace layer alone does not see the user's overrides.
    QCOMPARE(opened->workspaceConfig().connections.netbox.pageSize, 100);
    QVERIFY(opened->workspaceConfig().connections.netbox.verifyTls);

    // Another user directory means no overrides.
    const Result<Workspace> otherUser = Workspace::open(created->folder(), m_dir->filePath(u"other-user"_s));
    QVERIFY(otherUser.ok());
    QCOMPARE(otherUser->config().connections.netbox.pageSize, 100);
}

void TestWorkspace::userLayerCannotSetIdentity()
{
    const Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    QVERIFY(writeBytes(created->userConfigFile(), R"({"id": "00000000-0000-0000-0000-000000000001"})"));
    const Result<Workspace> opened = Workspace::open(created->folder(), m_userDir);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().context.value(u"file"_s).toString(), created->userConfigFile());
    QCOMPARE(opened.error().context.value(u"key"_s).toString(), u"id"_s);
}

void TestWorkspace::invalidLayerFile_data()
{
    QTest::addColumn<bool>("userLayer");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("workspace: out of range")
        << false << QByteArray(R"({"connections":{"netbox":{"pageSize":5000}}})") << u"connections.netbox.pageSize"_s
        << u"5000"_s << u"an integer from 1 to 1000"_s;
    QTest::newRow("workspace: typo") << false << QByteArray(R"({"polling":{"intervalSecond":30}})")
                                     << u"polling.intervalSecond"_s << QString() << u"intervalSeconds"_s;
    QTest::newRow("workspace: bad url") << false << QByteArray(R"({"connections":{"netbox":{"url":"netbox.example"}}})")
                                        << u"connections.netbox.url"_s << u"\"netbox.example\""_s
                                        << u"http:// or https://"_s;
    QTest::newRow("workspace: plain secret")
        << false << QByteArray(R"({"connections":{"netbox":{"token":"0123456789abcdef-plain"}}})")
        << u"connections.netbox.token"_s << u"(hidden)"_s << u"vault"_s;
    QTest::newRow("workspace: bad id") << false << QByteArray(R"({"id":"not-a-uuid"})") << u"id"_s
                                       << u"\"not-a-uuid\""_s << u"a UUID"_s;
    QTest::newRow("workspace: newer version")
        << false << QByteArray(R"({"version":2})") << u"version"_s << u"2"_s << u"format version"_s;
    QTest::newRow("user: wrong type") << true << QByteArray(R"({"connections":{"netbox":{"verifyTls":0}}})")
                                      << u"connections.netbox.verifyTls"_s << u"0"_s << u"true or false"_s;
    QTest::newRow("user: enum") << true << QByteArray(R"({"polling":{"snmpVersion":"V2C"}})")
                                << u"polling.snmpVersion"_s << u"\"V2C\""_s << u"\"v2c\""_s;
    QTest::newRow("user: plain secret") << true << QByteArray(R"({"polling":{"credentials":"0123456789abcdef-plain"}})")
                                        << u"polling.credentials"_s << u"(hidden)"_s << u"vault"_s;
    QTest::newRow("user: malformed") << true << QByteArray("{\n  \"sync\": {\"intervalMinutes\": 5\n}\n") << QString()
                                     << QString() << u"valid JSON"_s;
    QTest::newRow("workspace: malformed")
        << false << QByteArray("{\"name\": \"Lab\",,}") << QString() << QString() << u"valid JSON"_s;
}

void TestWorkspace::invalidLayerFile()
{
    QFETCH(bool, userLayer);
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    const QString file = userLayer ? created->userConfigFile() : created->configFile();
    if (userLayer) {
        QVERIFY(writeBytes(file, content));
    } else if (content.startsWith("{\"name\"")) {
        QVERIFY(writeBytes(file, content)); // malformed: replaces the whole file
    } else {
        QVERIFY(patchFile(file, json(content)));
    }
    const QByteArray before = readBytes(file);
    const QByteArray otherBefore = readBytes(userLayer ? created->configFile() : created->userConfigFile());

    const Result<Workspace> opened = Workspace::open(created->folder(), m_userDir);
    QVERIFY(!opened.ok());
    const Error &error = opened.error();
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QCOMPARE(error.context.value(u"file"_s).toString(), file);
    QCOMPARE(error.context.value(u"key"_s).toString(), key);
    QCOMPARE(error.context.value(u"value"_s).toString(), value);
    QVERIFY2(error.context.value(u"expected"_s).toString().contains(expected), qPrintable(error.toString()));
    QVERIFY(!error.toString().contains(u"0123456789abcdef-plain"));
    if (key.isEmpty())
        QVERIFY(error.context.value(u"line"_s).toInt() >= 1);

    // A bad file is left exactly as it was, and so is the other layer.
    QCOMPARE(readBytes(file), before);
    QCOMPARE(readBytes(userLayer ? created->configFile() : created->userConfigFile()), otherBefore);
}

void TestWorkspace::problemsOfBothLayersReported()
{
    const Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    QVERIFY(patchFile(created->configFile(), json(R"({"sync":{"intervalMinutes":"often"},"polling":{"retries":-1}})")));
    QVERIFY(writeBytes(created->userConfigFile(), R"({"connections":{"mcp":{"timeoutMs":1}}})"));
    const Result<Workspace> opened = Workspace::open(created->folder(), m_userDir);
    QVERIFY(!opened.ok());
    const QVariantList issues = opened.error().context.value(u"issues"_s).toList();
    QCOMPARE(issues.size(), 3);
    QStringList where;
    for (const QVariant &issue : issues)
        where << issue.toMap().value(u"file"_s).toString() + QLatin1Char('#') +
                     issue.toMap().value(u"key"_s).toString();
    where.sort();
    QStringList expected{created->configFile() + u"#polling.retries"_s,
                         created->configFile() + u"#sync.intervalMinutes"_s,
                         created->userConfigFile() + u"#connections.mcp.timeoutMs"_s};
    expected.sort();
    QCOMPARE(where, expected);
    QCOMPARE(opened.error().context.value(u"files"_s).toStringList().size(), 2);
}

void TestWorkspace::saveWritesOnlyChangesAndOnlyWhenAsked()
{
    Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    Workspace workspace = std::move(created).value();
    const QByteArray initial = readBytes(workspace.configFile());

    WorkspaceConfig config = workspace.workspaceConfig();
    config.connections.netbox.pageSize = 500;
    config.connections.netbox.token.path = u"netbox/token"_s;
    QVERIFY(workspace.setWorkspaceConfig(config).ok());
    QCOMPARE(workspace.config().connections.netbox.pageSize, 500);
    QCOMPARE(readBytes(workspace.configFile()), initial); // not written until asked

    QVERIFY(workspace.save().ok());
    const QByteArray saved = readBytes(workspace.configFile());
    QVERIFY(saved.contains("\n    \"")); // pretty-printed
    QJsonObject expected = json(R"({"connections":{"netbox":{"pageSize":500,"token":{"secret":"netbox/token"}}},
                                    "name":"Lab","version":1})");
    expected.insert(u"id"_s, workspace.id());
    QCOMPARE(readObject(workspace.configFile()), expected);

    const Result<Workspace> reopened = Workspace::open(workspace.folder(), m_userDir);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->config(), workspace.config());
    QCOMPARE(reopened->config().connections.netbox.token.path, u"netbox/token"_s);

    // Saving twice in a row is fine: the file is what the last save wrote.
    QVERIFY(workspace.save().ok());
    QCOMPARE(readBytes(workspace.configFile()), saved);
}

void TestWorkspace::setWorkspaceConfigValidates()
{
    Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    Workspace workspace = std::move(created).value();

    WorkspaceConfig bad = workspace.workspaceConfig();
    bad.polling.intervalSeconds = 1;
    const Status status = workspace.setWorkspaceConfig(bad);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().context.value(u"key"_s).toString(), u"polling.intervalSeconds"_s);
    QCOMPARE(workspace.config().polling.intervalSeconds, WorkspaceConfig().polling.intervalSeconds);

    // Layers are checked together: the workspace picks PostgreSQL and the
    // database, the user's overrides supply the host.
    QVERIFY(patchFile(workspace.configFile(), json(R"({"store":{"driver":"postgres","database":"ops"}})")));
    QVERIFY(writeBytes(workspace.userConfigFile(), R"({"store":{"host":"db.example"}})"));
    Result<Workspace> reopened = Workspace::open(workspace.folder(), m_userDir);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QCOMPARE(reopened->config().store.host, u"db.example"_s);
    QVERIFY(reopened->workspaceConfig().store.host.isEmpty());

    WorkspaceConfig larger = reopened->workspaceConfig();
    larger.connections.netbox.pageSize = 300;
    QVERIFY(reopened->setWorkspaceConfig(larger).ok());
    QCOMPARE(reopened->config().connections.netbox.pageSize, 300);
    QCOMPARE(reopened->config().store.host, u"db.example"_s);

    WorkspaceConfig withoutDatabase = reopened->workspaceConfig();
    withoutDatabase.store.database.clear();
    const Status conflicting = reopened->setWorkspaceConfig(withoutDatabase);
    QVERIFY(!conflicting.ok());
    QCOMPARE(conflicting.error().context.value(u"key"_s).toString(), u"store.database"_s);
    QVERIFY(conflicting.error().context.value(u"file"_s).toString().contains(workspace.userConfigFile()));
    QCOMPARE(reopened->config().store.database, u"ops"_s);

    // Without the user's host the combination is refused on open().
    QVERIFY(writeBytes(workspace.userConfigFile(), R"({"sync":{"intervalMinutes":5}})"));
    const Result<Workspace> broken = Workspace::open(workspace.folder(), m_userDir);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().context.value(u"key"_s).toString(), u"store.host"_s);
}

void TestWorkspace::saveRefusesFileChangedOnDisk()
{
    Result<Workspace> created = Workspace::create(m_dir->filePath(u"lab"_s), u"Lab"_s, m_userDir);
    QVERIFY(created.ok());
    Workspace workspace = std::move(created).value();

    // Someone breaks the file by hand after it was loaded.
    const QByteArray broken = "{ \"name\": \"Lab\", oops }";
    QVERIFY(writeBytes(workspace.configFile(), broken));
    WorkspaceConfig config = workspace.workspaceConfig();
    config.sync.intervalMinutes = 30;
    QVERIFY(workspace.setWorkspaceConfig(config).ok());
    const Status status = workspace.save();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Conflict);
    QCOMPARE(readBytes(workspace.configFile()), broken);

    // Opening it reports the problem and still does not touch the file.
    const Result<Workspace> reopened = Workspace::open(workspace.folder(), m_userDir);
    QVERIFY(!reopened.ok());
    QCOMPARE(readBytes(workspace.configFile()), broken);
}

void TestWorkspace::defaultUserConfigDir()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/OpsDeck/opsdeck/workspaces"_s;
    QCOMPARE(Workspace::defaultUserConfigDir(), expected);
    QVERIFY(QStandardPaths::isTestModeEnabled());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
