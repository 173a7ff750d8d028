// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// (Plain string literals only: moc of Qt 6.4 loses the test class after raw ones.)

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "backend/notify/notifyconfig.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using namespace OpsDeck::Notify;

namespace {

QJsonObject parseJson(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (doc.isNull())
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

const char kGood[] = "{ "
"  \"channels\": [ "
"    {\"name\": \"noc-mail\", \"type\": \"email\", \"host\": \"smtp.example.net\", \"port\": 465, \"security\": \"tls\", "
"     \"user\": \"opsdeck\", \"password\": {\"secret\": \"notify/smtp\"}, \"from\": \"opsdeck@example.net\", "
"     \"to\": [\"noc@example.net\"], \"timeoutSeconds\": 20}, "
"    {\"name\": \"chatops\", \"type\": \"webhook\", \"url\": \"https://hooks.example.net/opsdeck\", "
"     \"signingKey\": {\"secret\": \"notify/hook\"}, \"retries\": 5}, "
"    {\"name\": \"chat\", \"type\": \"webhook\", \"urlSecret\": {\"secret\": \"notify/chat-url\"}} "
"  ], "
"  \"routes\": [ "
"    {\"minSeverity\": \"critical\", \"channels\": [\"noc-mail\"]}, "
"    {\"site\": \"dc1\", \"tag\": \"core\", \"channels\": [\"chatops\"], \"stop\": true}, "
"    {\"minSeverity\": \"warning\", \"channels\": [\"chatops\"]} "
"  ], "
"  \"grouping\": {\"windowSeconds\": 45, \"criticalImmediately\": false}, "
"  \"delivery\": {\"maxAttempts\": 5, \"backoffSeconds\": 10, \"maxBackoffSeconds\": 600, \"retentionDays\": 90} "
"}";

Message labelled(Severity severity, const QString &site, const QStringList &tags)
{
    Message m;
    m.id = QStringLiteral("m");
    m.subject = QStringLiteral("s");
    m.severity = severity;
    m.site = site;
    m.tags = tags;
    return m;
}

} // namespace

class TestNotifyConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey()
    {
        const auto config = NotifyConfig::parse(parseJson(kGood), QStringLiteral("notifications"),
                                                QStringLiteral("workspace.json"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->channels.size(), 3);
        const ChannelConfig *mail = config->channel(QStringLiteral("noc-mail"));
        QVERIFY(mail);
        QCOMPARE(mail->type, ChannelType::Email);
        QCOMPARE(mail->email.security, SmtpSecurity::Tls);
        QCOMPARE(mail->email.port, 465);
        QCOMPARE(mail->email.password.path, QStringLiteral("notify/smtp"));
        QCOMPARE(mail->email.to, QStringList{QStringLiteral("noc@example.net")});
        const ChannelConfig *hook = config->channel(QStringLiteral("chatops"));
        QVERIFY(hook);
        QCOMPARE(hook->webhook.retries, 5);
        QCOMPARE(hook->webhook.signingKey.path, QStringLiteral("notify/hook"));
        QCOMPARE(config->grouping.windowSeconds, 45);
        QCOMPARE(config->grouping.criticalImmediately, false);
        QCOMPARE(config->delivery.maxAttempts, 5);
        QCOMPARE(config->delivery.retentionDays, 90);
        const ChannelConfig *chat = config->channel(QStringLiteral("chat"));
        QVERIFY(chat);
        QVERIFY(chat->webhook.url.isEmpty());
        QCOMPARE(chat->webhook.urlSecret.path, QStringLiteral("notify/chat-url"));
        // toJson() writes what parse() reads.
        const auto again = NotifyConfig::parse(config->toJson(), QStringLiteral("notifications"), QString());
        QVERIFY(again.ok());
        QCOMPARE(*again, *config);
    }

    void reportsBadKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::newRow("plain password")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"host\": \"h\", \"from\": \"a@b.c\", \"to\": [\"x@y.z\"], "
"                 \"user\": \"u\", \"password\": \"hunter2\"}]}")
            << u"notifications.channels[0].password"_s << u"plain-secret"_s;
        QTest::newRow("unknown type") << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"pager\"}]}")
                                      << u"notifications.channels[0].type"_s << u"not-allowed"_s;
        QTest::newRow("webhook key in a mail channel")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"url\": \"https://x\"}]}")
            << u"notifications.channels[0].url"_s << u"unknown-key"_s;
        QTest::newRow("port out of range")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"port\": 70000}]}")
            << u"notifications.channels[0].port"_s << u"out-of-range"_s;
        QTest::newRow("bad address")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"to\": [\"noc at example\"]}]}")
            << u"notifications.channels[0].to[0]"_s << u"bad-format"_s;
        QTest::newRow("bad url") << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", \"url\": \"ftp://x\"}]}")
                                 << u"notifications.channels[0].url"_s << u"bad-url"_s;
        QTest::newRow("token in the url")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", "
"                 \"url\": \"https://hooks.example.net/in?token=hunter2\"}]}")
            << u"notifications.channels[0].url"_s << u"bad-url"_s;
        QTest::newRow("password in the url")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", "
"                 \"url\": \"https://noc:hunter2@hooks.example.net/in\"}]}")
            << u"notifications.channels[0].url"_s << u"bad-url"_s;
        QTest::newRow("url and urlSecret")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", \"url\": \"https://x.example\", "
"                 \"urlSecret\": {\"secret\": \"notify/url\"}}]}")
            << u"notifications.channels[0].url"_s << u"inconsistent"_s;
        QTest::newRow("webhook without a url")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\"}]}")
            << u"notifications.channels[0].url"_s << u"inconsistent"_s;
        QTest::newRow("url written in clear under urlSecret")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", \"urlSecret\": \"https://x/hunter2\"}]}")
            << u"notifications.channels[0].urlSecret"_s << u"plain-secret"_s;
        QTest::newRow("retention too long") << QByteArray("{\"delivery\": {\"retentionDays\": 5000}}")
                                            << u"notifications.delivery.retentionDays"_s << u"out-of-range"_s;
        QTest::newRow("unknown severity")
            << QByteArray("{\"routes\": [{\"minSeverity\": \"urgent\", \"channels\": []}]}")
            << u"notifications.routes[0].minSeverity"_s << u"not-allowed"_s;
        QTest::newRow("window too long") << QByteArray("{\"grouping\": {\"windowSeconds\": 99999}}")
                                         << u"notifications.grouping.windowSeconds"_s << u"out-of-range"_s;
        QTest::newRow("typo") << QByteArray("{\"grouping\": {\"windowSecond\": 10}}")
                              << u"notifications.grouping.windowSecond"_s << u"unknown-key"_s;
        QTest::newRow("route to an unknown channel")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", \"url\": \"https://x.example\"}], "
"                 \"routes\": [{\"channels\": [\"pager\"]}]}")
            << u"notifications.routes[0].channels"_s << u"inconsistent"_s;
        QTest::newRow("duplicate channel")
            << QByteArray("{\"channels\": [{\"name\": \"h\", \"type\": \"webhook\", \"url\": \"https://x.example\"}, "
"                 {\"name\": \"h\", \"type\": \"webhook\", \"url\": \"https://y.example\"}]}")
            << u"notifications.channels[1].name"_s << u"inconsistent"_s;
        QTest::newRow("password without TLS")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"host\": \"h\", \"security\": \"none\", "
"                 \"from\": \"a@b.c\", \"to\": [\"x@y.z\"], \"user\": \"u\", \"password\": {\"secret\": \"notify/smtp\"}}]}")
            << u"notifications.channels[0].security"_s << u"inconsistent"_s;
        QTest::newRow("mail without recipients")
            << QByteArray("{\"channels\": [{\"name\": \"m\", \"type\": \"email\", \"host\": \"h\", \"from\": \"a@b.c\"}]}")
            << u"notifications.channels[0].to"_s << u"inconsistent"_s;
    }

    void reportsBadKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        const auto config = NotifyConfig::parse(QJsonDocument::fromJson(json).object(), QStringLiteral("notifications"),
                                                QStringLiteral("workspace.json"));
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QStringList found;
        for (const QVariant &issue : config.error().context.value(QStringLiteral("issues")).toList()) {
            const QVariantMap map = issue.toMap();
            found << map.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                         + map.value(QStringLiteral("key")).toString();
        }
        QVERIFY2(found.contains(kind + QLatin1Char(' ') + key), qPrintable(found.join(QStringLiteral("; "))));
        QCOMPARE(config.error().context.value(QStringLiteral("file")).toString(), QStringLiteral("workspace.json"));
        // A secret written in clear never comes back in the error.
        QVERIFY(!config.error().toString().contains(QStringLiteral("hunter2")));
    }

    void routesPickChannels_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("channels");
        QTest::newRow("info matches nothing") << int(Severity::Info) << u"dc2"_s << QStringList() << QStringList();
        QTest::newRow("warning") << int(Severity::Warning) << u"dc2"_s << QStringList() << QStringList{u"chatops"_s};
        QTest::newRow("critical: both, each once")
            << int(Severity::Critical) << u"dc2"_s << QStringList() << QStringList{u"noc-mail"_s, u"chatops"_s};
        QTest::newRow("site and tag, any case, stop")
            << int(Severity::Info) << u"DC1"_s << QStringList{u"edge"_s, u"Core"_s} << QStringList{u"chatops"_s};
        QTest::newRow("site without the tag") << int(Severity::Info) << u"dc1"_s << QStringList{u"edge"_s} << QStringList();
    }

    void routesPickChannels()
    {
        QFETCH(int, severity);
        QFETCH(QString, site);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, channels);
        const auto config = NotifyConfig::parse(parseJson(kGood), QStringLiteral("notifications"), QString());
        QVERIFY(config.ok());
        QCOMPARE(config->route(labelled(Severity(severity), site, tags)), channels);
    }

    void messagesAreValidated()
    {
        Message m = labelled(Severity::Major, {}, {});
        QVERIFY(m.validate().ok());
        m.subject = QStringLiteral("two\r\nBcc: someone@example.net");
        QVERIFY(!m.validate().ok());
        QCOMPARE(m.validate().error().context.value(QStringLiteral("key")).toString(), QStringLiteral("subject"));
        m = labelled(Severity::Major, {}, {});
        m.id.clear();
        QVERIFY(!m.validate().ok());
        const auto back = Message::fromJson(labelled(Severity::Critical, QStringLiteral("dc1"), {u"a"_s}).toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->severity, Severity::Critical);
        QCOMPARE(back->tags, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestNotifyConfig)
#include "tst_notifyconfig.moc"
