// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/domain/objectkind.h"
#include "models/session/workspace/workspacesetup.h"
#include "tests/fixtures/common/httpfixtureserver.h"
#include "tests/fixtures/mcp/mcpfixtureserver.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"
#include "widgets/workspace/connectionsdialog.h"
#include "widgets/workspace/mcpconnectionform.h"
#include "widgets/workspace/netboxconnectionform.h"
#include "widgets/workspace/newworkspacewizard.h"
#include "widgets/workspace/prtgconnectionform.h"

using namespace OpsDeck;
using Widgets::NetboxConnectionForm;
using Widgets::NewWorkspaceWizard;

namespace {

/// Fills the form's address and token the way a user types them.
void fill(NetboxConnectionForm &form, const QString &url, const QString &token)
{
    auto *address = form.findChild<QLineEdit *>(QStringLiteral("netboxUrl"));
    auto *secret = form.findChild<QLineEdit *>(QStringLiteral("netboxToken"));
    address->clear();
    QTest::keyClicks(address, url);
    secret->clear();
    QTest::keyClicks(secret, token);
}

/// Types @p text into the line edit @p name of @p form, replacing what is there.
void type(QWidget &form, const QString &name, const QString &text)
{
    auto *edit = form.findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Clicks Test Connection and waits for the verdict line.
QString testOutcome(QWidget &form)
{
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
    auto *result = form.findChild<QLabel *>(QStringLiteral("testResult"));
    if (!QTest::qWaitFor([&] { return result->text().startsWith(u'✔') || result->text().startsWith(u'✖'); }, 20000))
        return QStringLiteral("no verdict in time: ") + result->text();
    return result->text();
}

} // namespace

/// The New Workspace wizard and its NetBox test against the fixture server
/// (a release OpsDeck reads) and against servers that are not what they
/// should be; creation writes a valid workspace or nothing.
class TestNewWorkspaceWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testShowsReleaseAndCounts_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.1") << u"3.1"_qs;
        QTest::newRow("4.6") << u"4.6"_qs;
    }

    void testShowsReleaseAndCounts()
    {
        QFETCH(QString, version);
        Test::NetBoxFixtureOptions options;
        options.version = version;
        Test::NetBoxFixtureServer netbox(options);
        QVERIFY(netbox.start().ok());
        NetboxConnectionForm form;
        fill(form, netbox.baseUrl().toString(), options.v1Token);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(u"NetBox " + version), qPrintable(outcome));
        QVERIFY2(outcome.contains(u"%1 devices"_qs.arg(QLocale().toString(netbox.count(Domain::ObjectKind::Device)))),
                 qPrintable(outcome));
        QVERIFY2(outcome.contains(u"%1 sites"_qs.arg(netbox.count(Domain::ObjectKind::Site))), qPrintable(outcome));
        QVERIFY(form.testPassed());
        // Typing again makes the verdict stale.
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("netboxToken")), u"x"_qs);
        QVERIFY(!form.testPassed());
    }

    void wrongTokenIsNamed()
    {
        Test::NetBoxFixtureServer netbox;
        QVERIFY(netbox.start().ok());
        NetboxConnectionForm form;
        fill(form, netbox.baseUrl().toString(), u"0000000000000000000000000000000000000000"_qs);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(u"refused the token"), qPrintable(outcome));
        QVERIFY(!form.testPassed());
    }

    void serverThatIsNotNetbox_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html page") << 200 << QByteArray("text/html")
                                   << QByteArray("<!DOCTYPE html><html><body>Welcome to nginx!</body></html>")
                                   << u"not a NetBox server"_qs;
        QTest::newRow("other json") << 200 << QByteArray("application/json") << QByteArray(R"({"status": "ok"})")
                                    << u"not a NetBox server"_qs;
        QTest::newRow("netbox 2.11") << 200 << QByteArray("application/json")
                                     << QByteArray(R"({"django-version": "3.2", "netbox-version": "2.11.12"})")
                                     << u"older than 3.0"_qs;
        QTest::newRow("no api here") << 404 << QByteArray("text/html") << QByteArray("<html>Not Found</html>")
                                     << u"no NetBox API at this address"_qs;
    }

    void serverThatIsNotNetbox()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        Test::HttpFixtureServer server([&](const Test::HttpRequest &) {
            Test::HttpResponse r;
            r.status = status;
            r.contentType = contentType;
            r.body = body;
            return r;
        });
        QVERIFY(server.listen().ok());
        NetboxConnectionForm form;
        fill(form, server.baseUrl().toString(), u"0123456789abcdef0123456789abcdef01234567"_qs);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(expected), qPrintable(outcome));
    }

    void silentServerTimesOut()
    {
        Test::HttpFixtureServer server([](const Test::HttpRequest &) {
            Test::HttpResponse r;
            r.delayMs = 5000;
            return r;
        });
        QVERIFY(server.listen().ok());
        NetboxConnectionForm form;
        Workspace::NetboxConfig config;
        config.timeoutMs = 300;
        form.setConfig(config, false);
        fill(form, server.baseUrl().toString(), u"0123456789abcdef0123456789abcdef01234567"_qs);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(u"did not answer in time"), qPrintable(outcome));
    }

    void selfSignedTls_data()
    {
        QTest::addColumn<QString>("trust");
        QTest::addColumn<bool>("passes");
        QTest::newRow("verify, no CA") << u"none"_qs << false;
        QTest::newRow("CA file") << u"ca"_qs << true;
        QTest::newRow("pinned") << u"pin"_qs << true;
        QTest::newRow("no verification") << u"off"_qs << true;
    }

    void selfSignedTls()
    {
        QFETCH(QString, trust);
        QFETCH(bool, passes);
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_qs);
        const QString key = dir.filePath(u"key.pem"_qs);
        const int made = QProcess::execute(
            u"openssl"_qs, {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-days"_qs, u"2"_qs,
                            u"-subj"_qs, u"/CN=127.0.0.1"_qs, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs,
                            u"-keyout"_qs, key, u"-out"_qs, cert});
        QCOMPARE(made, 0);
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));

        Test::HttpFixtureServer server([](const Test::HttpRequest &request) {
            if (request.path == u"/api/status/")
                return Test::HttpResponse::json(200, R"({"netbox-version": "4.2.9"})");
            if (request.path == u"/api/dcim/sites/")
                return Test::HttpResponse::json(200, R"({"count": 3, "next": null, "previous": null, "results": []})");
            return Test::HttpResponse::json(200, R"({"count": 42, "next": null, "previous": null, "results": []})");
        });
        server.setTls(tls);
        QVERIFY(server.listen().ok());
        QCOMPARE(server.baseUrl().scheme(), u"https"_qs);

        Workspace::NetboxConfig config;
        config.timeoutMs = 5000;
        if (trust == u"ca")
            config.caFile = cert;
        if (trust == u"pin")
            config.pinnedSha256 = {QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex())};
        if (trust == u"off")
            config.verifyTls = false;
        NetboxConnectionForm form;
        form.setConfig(config, false);
        fill(form, server.baseUrl().toString(), u"0123456789abcdef0123456789abcdef01234567"_qs);
        const QString outcome = testOutcome(form);
        if (passes) {
            QVERIFY2(outcome.contains(u"NetBox 4.2.9: 3 sites, 42 devices"), qPrintable(outcome));
        } else {
            QVERIFY2(outcome.startsWith(u'✖'), qPrintable(outcome));
            QVERIFY2(outcome.contains(u"certificate is not trusted") && outcome.contains(u"CA file"),
                     qPrintable(outcome));
        }
    }

    // The wizard's sources page: each source has its own test.
    void mcpPageTestsTheConnection()
    {
        Test::McpFixtureOptions options;
        options.networkElements = 6;
        options.opticalLinks = 4;
        options.ethernetServices = 1;
        options.alarms = 3;
        Test::McpFixtureServer mcp(options);
        QVERIFY(mcp.start().ok());
        NewWorkspaceWizard wizard({});
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("workspaceName")), u"Optical"_qs);
        wizard.next();
        wizard.next();
        wizard.findChild<QCheckBox *>(QStringLiteral("netboxLater"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::SourcesPage));
        Widgets::McpConnectionForm &form = *wizard.mcpForm();
        QVERIFY(form.isVisible());

        // Nothing to ask with: said so, no request sent.
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        QCOMPARE(form.testText(), u"Type the address of your Ciena MCP first."_qs);
        QCOMPARE(mcp.requestCount(), 0);
        type(form, QStringLiteral("mcpUrl"), mcp.baseUrl().toString());
        type(form, QStringLiteral("mcpUser"), options.username);
        type(form, QStringLiteral("mcpPassword"), u"wrong password"_qs);
        QString outcome = testOutcome(form);
        QVERIFY2(outcome.startsWith(u'✖') && outcome.contains(u"refused the user name or password"),
                 qPrintable(outcome));
        QVERIFY(!form.testPassed());

        type(form, QStringLiteral("mcpPassword"), options.password);
        outcome = testOutcome(form);
        QVERIFY2(outcome == u"✔ Ciena MCP: logged in, 6 network elements", qPrintable(outcome));
        QVERIFY(form.testPassed());
        QCOMPARE(mcp.activeTokenCount(), 0);

        // What was tested is what the workspace gets, the password for the vault.
        const Models::WorkspacePlan plan = wizard.plan();
        QCOMPARE(plan.config.connections.mcp.url, mcp.baseUrl().toString());
        QCOMPARE(plan.config.connections.mcp.username, options.username);
        QCOMPARE(plan.config.connections.mcp.password.path, u"mcp/password"_qs);
        const QList<Models::PendingSecret> secrets = wizard.secrets();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().key, u"mcp/password"_qs);
        QCOMPARE(secrets.first().value.revealString(), options.password);
    }

    void mcpTestOfAWebPage()
    {
        Test::HttpFixtureServer server([](const Test::HttpRequest &) {
            Test::HttpResponse r;
            r.contentType = "text/html";
            r.body = "<!DOCTYPE html><html><body>Welcome to nginx!</body></html>";
            return r;
        });
        QVERIFY(server.listen().ok());
        Widgets::McpConnectionForm form;
        type(form, QStringLiteral("mcpUrl"), server.baseUrl().toString());
        type(form, QStringLiteral("mcpUser"), u"admin"_qs);
        type(form, QStringLiteral("mcpPassword"), u"secret"_qs);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(u"not a Ciena MCP server"), qPrintable(outcome));
    }

    void prtgPageTestsTheConnection()
    {
        Test::PrtgFixtureOptions options;
        options.devices = 5;
        Test::PrtgFixtureServer prtg(options);
        QVERIFY(prtg.start().ok());
        NewWorkspaceWizard wizard({});
        Widgets::PrtgConnectionForm &form = *wizard.prtgForm();
        type(form, QStringLiteral("prtgUrl"), prtg.baseUrl().toString());
        type(form, QStringLiteral("prtgToken"), u"NOT-THE-TOKEN"_qs);
        QString outcome = testOutcome(form);
        QVERIFY2(outcome.startsWith(u'✖') && outcome.contains(u"PRTG refused"), qPrintable(outcome));
        QVERIFY(!outcome.contains(u"NOT-THE-TOKEN"));

        type(form, QStringLiteral("prtgToken"), options.apiToken);
        outcome = testOutcome(form);
        QVERIFY2(outcome == u"✔ PRTG 18.2.41.1636: 5 devices, 50 sensors", qPrintable(outcome));
        // A user and passhash work as well.
        form.findChild<QLineEdit *>(QStringLiteral("prtgToken"))->clear();
        type(form, QStringLiteral("prtgUser"), options.username);
        type(form, QStringLiteral("prtgPasshash"), options.passhash);
        outcome = testOutcome(form);
        QVERIFY2(outcome.startsWith(u'✔'), qPrintable(outcome));
        const Models::WorkspacePlan plan = wizard.plan();
        QCOMPARE(plan.config.connections.prtg.passhash.path, u"prtg/passhash"_qs);
        QVERIFY(!plan.config.connections.prtg.apiToken.isSet());
        QCOMPARE(wizard.secrets().last().value.revealString(), options.passhash);
    }

    void prtgTestTimesOut()
    {
        Test::PrtgFixtureServer prtg;
        QVERIFY(prtg.start().ok());
        Test::PrtgFixtureFaults faults;
        faults.slowMs = 5000;
        prtg.setFaults(faults);
        Widgets::PrtgConnectionForm form;
        Workspace::PrtgConfig config;
        config.timeoutMs = 300;
        form.setConfig(config, false);
        type(form, QStringLiteral("prtgUrl"), prtg.baseUrl().toString());
        type(form, QStringLiteral("prtgToken"), prtg.options().apiToken);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome.contains(u"PRTG did not answer in time"), qPrintable(outcome));
    }

    // Workspace › Connections… has the same tests, for what is typed there.
    void connectionsDialogTestsMcp()
    {
        QTemporaryDir dir;
        const Workspace::WorkspaceRegistry registry(dir.filePath(u"ws"_qs), dir.filePath(u"conf"_qs));
        Test::McpFixtureOptions options;
        options.networkElements = 5;
        options.opticalLinks = 4;
        options.ethernetServices = 1;
        options.alarms = 3;
        Test::McpFixtureServer mcp(options);
        QVERIFY(mcp.start().ok());
        Models::WorkspacePlan plan;
        plan.name = u"Optical"_qs;
        plan.config.connections.mcp.url = mcp.baseUrl().toString();
        plan.config.connections.mcp.username = options.username;
        plan.config.connections.mcp.password.path = u"mcp/password"_qs;
        auto ws = Models::createWorkspace(plan, registry);
        QVERIFY(ws.ok());
        Widgets::ConnectionsDialog dialog(*ws);
        Widgets::McpConnectionForm &form = *dialog.mcpForm();
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("mcpUrl"))->text(), mcp.baseUrl().toString());
        // The stored password is not shown; the test needs it typed.
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("mcpPassword"))->text().isEmpty());
        type(form, QStringLiteral("mcpPassword"), options.password);
        const QString outcome = testOutcome(form);
        QVERIFY2(outcome == u"✔ Ciena MCP: logged in, 5 network elements", qPrintable(outcome));
        QCOMPARE(dialog.newSecrets().size(), 1);
        QCOMPARE(dialog.newSecrets().first().key, u"mcp/password"_qs);
    }

    void wizardCollectsPlanAndSecrets()
    {
        NewWorkspaceWizard wizard({u"Existing"_qs});
        wizard.show();
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("workspaceName"));
        QTest::keyClicks(name, u"existing"_qs);
        QVERIFY(!wizard.currentPage()->isComplete()); // taken, whatever the case
        name->clear();
        QTest::keyClicks(name, u"Lab East"_qs);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::NetboxPage));
        QVERIFY(!wizard.currentPage()->isComplete());
        fill(*wizard.netboxForm(), u"https://netbox.example.net"_qs, u"secret-token-value"_qs);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::VaultPage));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("vaultPassphrase")), u"pass one"_qs);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("vaultPassphraseRepeat")), u"pass two"_qs);
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.findChild<QLineEdit *>(QStringLiteral("vaultPassphraseRepeat"))->clear();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("vaultPassphraseRepeat")), u"pass one"_qs);
        QVERIFY(wizard.currentPage()->isComplete());

        const Models::WorkspacePlan plan = wizard.plan();
        QCOMPARE(plan.name, u"Lab East"_qs);
        QCOMPARE(plan.config.connections.netbox.url, u"https://netbox.example.net"_qs);
        QCOMPARE(plan.config.connections.netbox.token.path, u"netbox/token"_qs);
        const QList<Models::PendingSecret> secrets = wizard.secrets();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().key, u"netbox/token"_qs);
        QCOMPARE(secrets.first().value.revealString(), u"secret-token-value"_qs);
        QVERIFY(wizard.syncNetbox());
        QCOMPARE(wizard.passphrase().revealString(), u"pass one"_qs);
    }

    void createWritesTheWorkspaceWithoutSecrets()
    {
        QTemporaryDir dir;
        const Workspace::WorkspaceRegistry registry(dir.filePath(u"ws"_qs), dir.filePath(u"conf"_qs));
        Models::WorkspacePlan plan;
        plan.name = u"Lab East"_qs;
        plan.config.connections.netbox.url = u"https://netbox.example.net"_qs;
        plan.config.connections.netbox.token.path = u"netbox/token"_qs;
        auto ws = Models::createWorkspace(plan, registry);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        auto reopened = Workspace::Workspace::open(ws->folder(), dir.filePath(u"conf"_qs));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->config().connections.netbox.url, u"https://netbox.example.net"_qs);
        QCOMPARE(reopened->name(), u"Lab East"_qs);
    }

    void failedCreateLeavesNothing()
    {
        QTemporaryDir dir;
        const Workspace::WorkspaceRegistry registry(dir.filePath(u"ws"_qs), dir.filePath(u"conf"_qs));
        Models::WorkspacePlan plan;
        plan.name = u"Bad"_qs;
        plan.config.connections.netbox.url = u"ftp://netbox"_qs;
        auto ws = Models::createWorkspace(plan, registry);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains(u"connections.netbox.url"), qPrintable(ws.error().toString()));
        QVERIFY(registry.list().isEmpty());
        QVERIFY(!QDir(dir.filePath(u"ws/bad"_qs)).exists());

        // A user's own folder that is not empty is refused and left as it was.
        const QString mine = dir.filePath(u"mine"_qs);
        QVERIFY(QDir().mkpath(mine));
        QFile keep(QDir(mine).filePath(u"notes.txt"_qs));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("keep me");
        keep.close();
        plan.config.connections.netbox.url.clear();
        plan.folder = mine;
        QVERIFY(!Models::createWorkspace(plan, registry).ok());
        QCOMPARE(QDir(mine).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"notes.txt"_qs});
    }

    void cancelledWizardWritesNothing()
    {
        QTemporaryDir dir;
        NewWorkspaceWizard wizard({});
        bool created = false;
        wizard.setCreator([&created] {
            created = true;
            return Status();
        });
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("workspaceName")), u"Half"_qs);
        wizard.next();
        wizard.next();
        wizard.reject();
        QVERIFY(!created);
    }
};

QTEST_MAIN(TestNewWorkspaceWizard)
#include "tst_newworkspacewizard.moc"
