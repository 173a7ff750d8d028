// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/workspace/workspaceregistry.h"

// The class Workspace shares its namespace's name: pull in the namespace
// only, so the unqualified name means the class.
using OpsDeck::Error;
using OpsDeck::ErrorCode;
using OpsDeck::Result;
using OpsDeck::Status;
using namespace OpsDeck::Workspace;
using namespace Qt::StringLiterals;

namespace {

QString errorText(const Result<Workspace> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestWorkspaceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultRoot();
    void createListFind();
    void folderNameFor_data();
    void folderNameFor();
    void createStaysInsideRoot_data();
    void createStaysInsideRoot();
    void uniqueFolderNames();
    void duplicateNameRefused();
    void isolation();
    void brokenWorkspaceListed();
    void copiedFolderIsConflict();
    void otherFoldersIgnored();
    void lastUsedAndFind();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_userDir;
};

void TestWorkspaceRegistry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Resolve symbolic links (e.g. a linked /tmp) so paths compare equal.
    const QString base = QFileInfo(m_dir->path()).canonicalFilePath();
    m_root = base + u"/sandbox/workspaces"_s;
    m_userDir = base + u"/user"_s;
}

void TestWorkspaceRegistry::defaultRoot()
{
    // One folder for the console, the service and the CLI, whatever the
    // running executable is called.
    const QString root = WorkspaceRegistry::defaultRoot();
    QCOMPARE(root, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/OpsDeck/opsdeck/workspaces"_s);
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(u"opsdeckd"_s);
    QCOMPARE(WorkspaceRegistry::defaultRoot(), root);
    QCOMPARE(Workspace::defaultUserConfigDir(),
             QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/OpsDeck/opsdeck/workspaces"_s);
    QCoreApplication::setApplicationName(appName);
    const WorkspaceRegistry registry;
    QCOMPARE(registry.root(), QDir(WorkspaceRegistry::defaultRoot()).absolutePath());
    QCOMPARE(registry.userConfigDir(), Workspace::defaultUserConfigDir());
}

void TestWorkspaceRegistry::createListFind()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    QVERIFY(registry.list().isEmpty()); // root does not even exist yet

    const auto prod = registry.create(u"Prod EU"_s);
    QVERIFY2(prod.ok(), qPrintable(errorText(prod)));
    const auto lab = registry.create(u"lab"_s);
    QVERIFY2(lab.ok(), qPrintable(errorText(lab)));
    QVERIFY(prod->id() != lab->id());
    QCOMPARE(prod->folder(), m_root + u"/prod-eu"_s);
    QCOMPARE(lab->folder(), m_root + u"/lab"_s);

    const QList<WorkspaceEntry> entries = registry.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, u"lab"_s); // sorted by name, case-insensitive
    QCOMPARE(entries.at(0).id, lab->id());
    QCOMPARE(entries.at(0).folder, lab->folder());
    QVERIFY(!entries.at(0).error.has_value());
    QCOMPARE(entries.at(1).name, u"Prod EU"_s);
    QCOMPARE(entries.at(1).id, prod->id());

    const auto byName = registry.findByName(u"prod eu"_s);
    QVERIFY2(byName.ok(), qPrintable(errorText(byName)));
    QCOMPARE(byName->id(), prod->id());
    const auto byId = registry.findById(lab->id());
    QVERIFY2(byId.ok(), qPrintable(errorText(byId)));
    QCOMPARE(byId->name(), u"lab"_s);
    const auto byBracedId = registry.findById(u'{' + lab->id().toUpper() + u'}');
    QVERIFY(byBracedId.ok());
    QCOMPARE(byBracedId->folder(), lab->folder());

    const auto noName = registry.findByName(u"staging"_s);
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().code, ErrorCode::NotFound);
    const auto noId = registry.findById(u"00000000-0000-4000-8000-000000000000"_s);
    QVERIFY(!noId.ok());
    QCOMPARE(noId.error().code, ErrorCode::NotFound);
    QCOMPARE(registry.findById(u"../lab"_s).error().code, ErrorCode::NotFound);
}

void TestWorkspaceRegistry::lastUsedAndFind()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    QVERIFY(registry.lastUsed().isEmpty());
    const auto lab = registry.create(u"Lab East"_s);
    QVERIFY(lab.ok());
    QVERIFY(registry.setLastUsed(lab->folder()).ok());
    QCOMPARE(registry.lastUsed(), lab->folder());
    // Another registry object (another process) reads the same choice.
    QCOMPARE(WorkspaceRegistry(m_root, m_userDir).lastUsed(), lab->folder());

    // find() takes a name, an id or a folder.
    QCOMPARE(registry.find(u"lab east"_s)->id(), lab->id());
    QCOMPARE(registry.find(lab->id())->folder(), lab->folder());
    QCOMPARE(registry.find(lab->folder())->id(), lab->id());
    QCOMPARE(registry.find(u"nowhere"_s).error().code, ErrorCode::NotFound);

    // A folder that is no longer a workspace is not offered.
    QVERIFY(QDir(lab->folder()).removeRecursively());
    QVERIFY(registry.lastUsed().isEmpty());
}

void TestWorkspaceRegistry::folderNameFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folder");

    QTest::newRow("plain") << u"Lab"_s << u"lab"_s;
    QTest::newRow("spaces") << u"  Prod  EU  "_s << u"prod-eu"_s;
    QTest::newRow("traversal") << u"../evil"_s << u"evil"_s;
    QTest::newRow("deep traversal") << u"../../../../etc/passwd"_s << u"etc-passwd"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a-b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a-b"_s;
    QTest::newRow("dot dot") << u".."_s << u"workspace"_s;
    QTest::newRow("dot") << u"."_s << u"workspace"_s;
    QTest::newRow("absolute") << u"/tmp/x"_s << u"tmp-x"_s;
    QTest::newRow("accents") << u"Zürich Lab"_s << u"zurich-lab"_s;
    QTest::newRow("non-latin") << u"東京"_s << u"workspace"_s;
    QTest::newRow("windows device") << u"CON"_s << u"con-ws"_s;
    QTest::newRow("windows port") << u"com1"_s << u"com1-ws"_s;
    QTest::newRow("control chars") << u"a\nb\tc"_s << u"a-b-c"_s;
    QTest::newRow("long") << QString(100, u'x') << QString(48, u'x');
}

void TestWorkspaceRegistry::folderNameFor()
{
    QFETCH(QString, name);
    QFETCH(QString, folder);
    QCOMPARE(WorkspaceRegistry::folderNameFor(name), folder);
}

void TestWorkspaceRegistry::createStaysInsideRoot_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("traversal") << u"../evil"_s;
    QTest::newRow("deep traversal") << u"../../outside"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("absolute") << u"/tmp/opsdeck-escape"_s;
}

void TestWorkspaceRegistry::createStaysInsideRoot()
{
    QFETCH(QString, name);
    const WorkspaceRegistry registry(m_root, m_userDir);
    const auto created = registry.create(name);
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(QFileInfo(created->folder()).absolutePath(), m_root);
    QCOMPARE(created->name(), name);
    // Nothing appeared beside the root or above it.
    QCOMPARE(QDir(m_root + u"/.."_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"workspaces"_s});
    QVERIFY(!QFile::exists(m_dir->filePath(u"evil"_s)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"outside"_s)));
    QVERIFY(!QFile::exists(u"/tmp/opsdeck-escape"_s));
    const auto found = registry.findByName(name);
    QVERIFY(found.ok());
    QCOMPARE(found->id(), created->id());
}

void TestWorkspaceRegistry::uniqueFolderNames()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    const auto first = registry.create(u"a/b"_s);
    const auto second = registry.create(u"a b"_s);
    const auto third = registry.create(u"A:B"_s);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QCOMPARE(QFileInfo(first->folder()).fileName(), u"a-b"_s);
    QCOMPARE(QFileInfo(second->folder()).fileName(), u"a-b-2"_s);
    QCOMPARE(QFileInfo(third->folder()).fileName(), u"a-b-3"_s);
    QCOMPARE(registry.list().size(), 3);

    // A leftover non-workspace folder is never taken over.
    QVERIFY(QDir(m_root).mkdir(u"staging"_s));
    QVERIFY(QFile(m_root + u"/staging/notes.txt"_s).open(QIODevice::WriteOnly));
    const auto staging = registry.create(u"Staging"_s);
    QVERIFY(staging.ok());
    QCOMPARE(QFileInfo(staging->folder()).fileName(), u"staging-2"_s);
    QVERIFY(!QFile::exists(m_root + u"/staging/workspace.json"_s));
}

void TestWorkspaceRegistry::duplicateNameRefused()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    QVERIFY(registry.create(u"Lab"_s).ok());
    for (const QString &name : {u"Lab"_s, u"LAB"_s, u"  lab "_s}) {
        const auto again = registry.create(name);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }
    QCOMPARE(registry.list().size(), 1);
    QCOMPARE(QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{u"lab"_s});
    const auto empty = registry.create(u"  "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
}

void TestWorkspaceRegistry::isolation()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    const auto customerA = registry.create(u"Customer A"_s);
    const auto customerB = registry.create(u"Customer B"_s);
    QVERIFY(customerA.ok() && customerB.ok());

    const QStringList pathsA{customerA->folder(),   customerA->storePath(),  customerA->vaultPath(),
                             customerA->plansDir(), customerA->configFile(), customerA->userConfigFile()};
    const QStringList pathsB{customerB->folder(),   customerB->storePath(),  customerB->vaultPath(),
                             customerB->plansDir(), customerB->configFile(), customerB->userConfigFile()};
    QSet<QString> all;
    for (const QString &path : pathsA + pathsB)
        all.insert(QDir::cleanPath(path));
    QCOMPARE(all.size(), pathsA.size() + pathsB.size());
    // Each workspace's files sit inside its own folder.
    for (const QString &path : {customerA->storePath(), customerA->vaultPath(), customerA->plansDir()})
        QVERIFY(path.startsWith(customerA->folder() + u'/'));
    for (const QString &path : {customerB->storePath(), customerB->vaultPath(), customerB->plansDir()})
        QVERIFY(path.startsWith(customerB->folder() + u'/'));
    QVERIFY(!customerA->folder().startsWith(customerB->folder() + u'/'));
    QVERIFY(!customerB->folder().startsWith(customerA->folder() + u'/'));

    // Overrides for one never reach the other.
    QVERIFY(QDir().mkpath(m_userDir));
    QFile overrides(customerA->userConfigFile());
    QVERIFY(overrides.open(QIODevice::WriteOnly));
    overrides.write(R"({"sync":{"intervalMinutes":120}})");
    overrides.close();
    QCOMPARE(registry.findById(customerA->id())->config().sync.intervalMinutes, 120);
    QCOMPARE(registry.findById(customerB->id())->config().sync.intervalMinutes, WorkspaceConfig().sync.intervalMinutes);
}

void TestWorkspaceRegistry::brokenWorkspaceListed()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    const auto good = registry.create(u"Good"_s);
    const auto bad = registry.create(u"Bad"_s);
    QVERIFY(good.ok() && bad.ok());
    QFile file(bad->configFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray broken = "{\"id\": \"" + bad->id().toLatin1() + "\", \"name\": \"Bad\", \"sync\": 5}";
    file.write(broken);
    file.close();

    const QList<WorkspaceEntry> entries = registry.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, u"Bad"_s);
    QCOMPARE(entries.at(0).id, bad->id());
    QVERIFY(entries.at(0).error.has_value());
    QCOMPARE(entries.at(0).error->code, ErrorCode::InvalidInput);
    QCOMPARE(entries.at(0).error->context.value(u"key"_s).toString(), u"sync"_s);
    QVERIFY(!entries.at(1).error.has_value());

    const auto found = registry.findByName(u"Bad"_s);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::InvalidInput);
    QVERIFY(registry.findByName(u"Good"_s).ok());

    // Listing and finding never rewrote the broken file.
    QFile check(bad->configFile());
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), broken);
}

void TestWorkspaceRegistry::copiedFolderIsConflict()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    const auto original = registry.create(u"Original"_s);
    QVERIFY(original.ok());
    QVERIFY(QDir(m_root).mkdir(u"zz-copy"_s));
    QVERIFY(QFile::copy(original->configFile(), m_root + u"/zz-copy/workspace.json"_s));

    const QList<WorkspaceEntry> entries = registry.list();
    QCOMPARE(entries.size(), 2);
    int conflicts = 0;
    for (const WorkspaceEntry &entry : entries) {
        QCOMPARE(entry.id, original->id());
        if (entry.error) {
            QCOMPARE(entry.error->code, ErrorCode::Conflict);
            QCOMPARE(entry.folder, m_root + u"/zz-copy"_s);
            ++conflicts;
        }
    }
    QCOMPARE(conflicts, 1);
    const auto byId = registry.findById(original->id());
    QVERIFY(!byId.ok());
    QCOMPARE(byId.error().code, ErrorCode::Conflict);
}

void TestWorkspaceRegistry::otherFoldersIgnored()
{
    const WorkspaceRegistry registry(m_root, m_userDir);
    QVERIFY(registry.create(u"Lab"_s).ok());
    QVERIFY(QDir(m_root).mkpath(u"not-a-workspace/plans"_s));
    QVERIFY(QDir(m_root).mkpath(u".hidden"_s));
    QVERIFY(QFile::copy(m_root + u"/lab/workspace.json"_s, m_root + u"/.hidden/workspace.json"_s));
    QVERIFY(QFile::link(m_root + u"/lab"_s, m_root + u"/linked"_s));
    const QList<WorkspaceEntry> entries = registry.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().name, u"Lab"_s);
}

QTEST_GUILESS_MAIN(TestWorkspaceRegistry)
#include "tst_workspaceregistry.moc"
