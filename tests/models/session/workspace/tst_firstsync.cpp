// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/objectkind.h"
#include "backend/ipc/ipcclient.h"
#include "backend/store/store.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/sync/servicesyncsource.h"
#include "models/session/workspace/firstsync.h"
#include "models/session/workspace/servicevault.h"
#include "models/session/workspace/workspacesetup.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

using namespace OpsDeck;
using Models::JobServiceConnection;
using Models::ServiceVault;

/// What the console does after File › New Workspace…: its connection starts
/// the workspace's service, which creates the vault with the passphrase from
/// the wizard, stores the token and runs the first full sync; the store then
/// holds what NetBox has. A service that starts locked is unlocked by the
/// console over the socket, and a wrong passphrase changes nothing.
class TestFirstSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::NetBoxFixtureServer> m_netbox;
    QString m_folder;

    void killServices()
    {
        QProcess::execute(u"pkill"_qs, {u"-f"_qs, u"opsdeckd --workspace "_qs + m_dir.path()});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_qs)));
        qputenv("OPSDECK_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"run"_qs)));
        // The services started here never reach the user's own keychain.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        // The console finds opsdeckd on PATH when it is not beside it.
        qputenv("PATH", qgetenv("OPSDECK_TEST_SERVICE_DIR") + ':' + qgetenv("PATH"));
        QStandardPaths::setTestModeEnabled(true);
        m_netbox = std::make_unique<Test::NetBoxFixtureServer>();
        QVERIFY(m_netbox->start().ok());

        Models::WorkspacePlan plan;
        plan.name = u"Lab"_qs;
        plan.config.connections.netbox.url = m_netbox->baseUrl().toString();
        plan.config.connections.netbox.token.path = u"netbox/token"_qs;
        auto ws = Models::createWorkspace(
            plan, Workspace::WorkspaceRegistry(m_dir.filePath(u"workspaces"_qs), m_dir.filePath(u"conf"_qs)));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        m_folder = ws->folder();
    }

    void cleanupTestCase() { killServices(); }

    void createsVaultStoresTokenAndSyncs()
    {
        auto ws = Workspace::Workspace::open(m_folder, m_dir.filePath(u"conf"_qs));
        QVERIFY(ws.ok());
        JobServiceConnection connection;
        ServiceVault vault(&connection);
        Models::FirstSync first(&connection);
        std::optional<Status> outcome;
        connect(&first, &Models::FirstSync::finished, this, [&](const Status &st) { outcome = st; });
        QStringList steps;
        connect(&first, &Models::FirstSync::progress, this, [&](const QString &text, int, int) { steps << text; });

        Models::JobServiceEndpoint endpoint;
        endpoint.workspaceFolder = m_folder;
        endpoint.workspaceId = ws->id();
        connection.open(endpoint);
        first.start(Vault::Secret::fromString(u"lab passphrase"_qs),
                    {{u"netbox/token"_qs, Vault::Secret::fromString(m_netbox->options().v1Token)}}, true);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 90000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
        QVERIFY(steps.size() >= 3);

        auto store = Store::Store::openSqlite(ws->storePath(), false);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count(Domain::ObjectKind::Device).value(), m_netbox->count(Domain::ObjectKind::Device));
        QCOMPARE((*store)->count(Domain::ObjectKind::Site).value(), m_netbox->count(Domain::ObjectKind::Site));

        QTRY_COMPARE_WITH_TIMEOUT(vault.state(), ServiceVault::State::Unlocked, 10000);
        std::optional<Result<QList<Models::VaultEntry>>> listed;
        vault.list([&](Result<QList<Models::VaultEntry>> r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(listed->ok());
        QCOMPARE((*listed)->size(), 1);
        QCOMPARE((*listed)->first().key, u"netbox/token"_qs);
        QCOMPARE((*listed)->first().usedBy, QStringList{u"NetBox token"_qs});
        // The token never went anywhere but the vault.
        const QStringList files = QDir(m_folder).entryList(QDir::Files);
        for (const QString &file : files) {
            QFile f(QDir(m_folder).filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_netbox->options().v1Token.toUtf8()), qPrintable(file));
        }
    }

    void restartedServiceIsUnlockedByTheConsole()
    {
        killServices();
        auto ws = Workspace::Workspace::open(m_folder, m_dir.filePath(u"conf"_qs));
        QVERIFY(ws.ok());
        JobServiceConnection connection;
        connection.setRetryInterval(200);
        ServiceVault vault(&connection);
        Models::JobServiceEndpoint endpoint;
        endpoint.workspaceFolder = m_folder;
        endpoint.workspaceId = ws->id();
        connection.open(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(vault.state(), ServiceVault::State::Locked, 30000);

        std::optional<Status> wrong;
        // No session bus here: the service says no keychain answers.
        QTRY_COMPARE_WITH_TIMEOUT(vault.keychain(), ServiceVault::Keychain::Unavailable, 15000);
        QVERIFY(!vault.keychainDetail().isEmpty());
        vault.unlock(Vault::Secret::fromString(u"not it"_qs), false, [&](Status st) { wrong = st; });
        QTRY_VERIFY(wrong.has_value());
        QVERIFY(!wrong->ok());
        QCOMPARE(wrong->error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(vault.state(), ServiceVault::State::Locked);

        // Asked to remember without a keychain: unlocked all the same, and
        // told that the passphrase was not remembered.
        std::optional<Status> right;
        std::optional<bool> remembered;
        connect(&vault, &ServiceVault::keychainAnswered, this, [&](bool ok, const QString &) { remembered = ok; });
        vault.unlock(Vault::Secret::fromString(u"lab passphrase"_qs), true, [&](Status st) { right = st; });
        QTRY_VERIFY(right.has_value());
        QVERIFY2(right->ok(), qPrintable(right->ok() ? QString() : right->error().toString()));
        QCOMPARE(vault.state(), ServiceVault::State::Unlocked);
        QTRY_VERIFY(remembered.has_value());
        QVERIFY(!*remembered);
        QVERIFY(!vault.remembered());

        // Unlocked, the service syncs again with the stored token: the
        // console's sync panel asks it and follows its events.
        Models::ServiceSyncSource source(&connection, u"Lab"_qs);
        std::optional<Models::SyncSource::State> ended;
        connect(&source, &Models::SyncSource::finished, this, [&](Models::SyncSource::State s) { ended = s; });
        int steps = 0;
        connect(&source, &Models::SyncSource::progressed, this, [&] { ++steps; });
        source.startFull();
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 60000);
        QCOMPARE(*ended, Models::SyncSource::State::Succeeded);
        QVERIFY(steps > 0);
        QTRY_VERIFY(source.lastSync().isValid());
        source.checkReachability();
        QTRY_COMPARE_WITH_TIMEOUT(source.reachability(), Models::SyncSource::Reachability::Online, 20000);

        // Locked again, a run is refused with the reason and nothing changes.
        auto locked = connection.client()->callBlocking(u"vault.lock"_qs, {}, 10000);
        QVERIFY(locked.ok());
        ended.reset();
        source.startIncremental();
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 20000);
        QCOMPARE(*ended, Models::SyncSource::State::Failed);
        QVERIFY2(source.errorText().contains(u"locked"), qPrintable(source.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestFirstSync)
#include "tst_firstsync.moc"
