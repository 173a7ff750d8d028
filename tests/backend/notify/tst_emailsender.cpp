// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// Mail through a real SMTP server: aiosmtpd (Debian's python3-aiosmtpd)
// with the smtpsink.py handler on loopback, STARTTLS with a certificate made
// here by openssl, AUTH PLAIN/LOGIN against a users file.

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/notify/deliveryformat.h"
#include "backend/notify/notifier.h"
#include "backend/notify/outboxstore.h"
#include "tests/backend/notify/notifytestservers.h"

using namespace OpsDeck;
using namespace OpsDeck::Notify;

namespace {

const QByteArray kPassword = "smtp-test-password-7";
const QByteArray kWrongPassword = "not-the-password";

Result<Vault::Secret> lookup(const QString &key)
{
    if (key == u"notify/smtp")
        return Vault::Secret::fromBytes(kPassword);
    if (key == u"notify/smtp-wrong")
        return Vault::Secret::fromBytes(kWrongPassword);
    return Error(ErrorCode::NotFound, QStringLiteral("no vault entry %1").arg(key));
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestEmailSender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mails;
    quint16 m_port = 0;
    Test::ServerProcess m_server;
    int m_stores = 0;

    NotifyConfig config(const QString &passwordSecret, const QString &security = QStringLiteral("starttls"))
    {
        const QJsonObject channel{
            {QStringLiteral("name"), QStringLiteral("noc-mail")},
            {QStringLiteral("type"), QStringLiteral("email")},
            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), m_port},
            {QStringLiteral("security"), security},
            {QStringLiteral("caFile"), m_dir.filePath(QStringLiteral("cert.pem"))},
            {QStringLiteral("user"), QStringLiteral("opsdeck")},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), passwordSecret}}},
            {QStringLiteral("from"), QStringLiteral("opsdeck@example.net")},
            {QStringLiteral("to"), QJsonArray{QStringLiteral("noc@example.net"), QStringLiteral("oncall@example.net")}},
            {QStringLiteral("timeoutSeconds"), 10}};
        const QJsonObject json{
            {QStringLiteral("channels"), QJsonArray{channel}},
            {QStringLiteral("routes"),
             QJsonArray{QJsonObject{{QStringLiteral("channels"), QJsonArray{QStringLiteral("noc-mail")}}}}},
            {QStringLiteral("grouping"), QJsonObject{{QStringLiteral("windowSeconds"), 0}}},
            {QStringLiteral("delivery"), QJsonObject{{QStringLiteral("backoffSeconds"), 60}}}};
        auto parsed = NotifyConfig::parse(json, QStringLiteral("notifications"), QStringLiteral("test.json"));
        if (!parsed)
            qFatal("bad test configuration: %s", qPrintable(parsed.error().toString()));
        return *parsed;
    }

    std::unique_ptr<Notifier> notifier(const NotifyConfig &config)
    {
        auto store = OutboxStore::openSqlite(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_stores)));
        if (!store)
            qFatal("cannot open the outbox: %s", qPrintable(store.error().toString()));
        auto n = std::make_unique<Notifier>(config, std::move(store).value(), &lookup);
        n->start();
        return n;
    }

    int mailCount() const
    {
        return int(QDir(m_mails).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(Test::makeCertificate(m_dir.path(), &error), qPrintable(error));
        const QString users = m_dir.filePath(QStringLiteral("users"));
        QVERIFY(Test::writePrivateFile(users, "opsdeck:" + kPassword + "\n"));
        m_mails = m_dir.filePath(QStringLiteral("mails"));
        m_port = Test::freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), Test::notifyScriptDir());
        QVERIFY2(m_server.start({QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                                 QStringLiteral("-c"), QStringLiteral("smtpsink.Sink"), QStringLiteral("-l"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--tlscert"),
                                 m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tlskey"),
                                 m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("--"), m_mails, users},
                                m_port, env, &error),
                 qPrintable(error));
    }

    void mailArrivesOverStartTls()
    {
        auto n = notifier(config(QStringLiteral("notify/smtp")));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        QSignalSpy failed(n.get(), &Notifier::attemptFailed);
        Message m;
        m.id = QStringLiteral("mail-1");
        m.severity = Severity::Critical;
        m.device = QStringLiteral("spine01");
        m.subject = QStringLiteral("Übertemperatur an spine01 – 85 °C");
        // A line with only a dot would end the DATA phase unless dot-stuffed.
        m.text = QStringLiteral("Sensor inlet reads 85 °C.\n.\n.leading dot\nLast line");
        const auto submitted = n->submit(m);
        QVERIFY(submitted.ok());
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() == 1 || failed.count() > 0, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).value<Error>().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(mailCount(), 1, 5000);

        const QJsonObject mail = readJson(m_mails + QStringLiteral("/1.json"));
        QCOMPARE(mail.value(QStringLiteral("login")).toString(), QStringLiteral("opsdeck"));
        QVERIFY(mail.value(QStringLiteral("tls")).toBool());
        QCOMPARE(mail.value(QStringLiteral("mailFrom")).toString(), QStringLiteral("opsdeck@example.net"));
        QCOMPARE(mail.value(QStringLiteral("rcptTos")).toArray(),
                 (QJsonArray{QStringLiteral("noc@example.net"), QStringLiteral("oncall@example.net")}));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(mail.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(mail.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QVERIFY(mail.value(QStringLiteral("crlfOnly")).toBool());
        // Mail lines end in CRLF; the parser keeps them.
        const QString body = mail.value(QStringLiteral("body")).toString().replace(QStringLiteral("\r\n"),
                                                                                  QStringLiteral("\n"));
        QVERIFY2(body.contains(QStringLiteral("Sensor inlet reads 85 °C.\n.\n.leading dot\nLast line")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Device: spine01")));
        QCOMPARE(mail.value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("<%1@example.net>").arg(submitted->deliveryIds.constFirst()));
        const QDateTime date = QDateTime::fromString(mail.value(QStringLiteral("date")).toString(), Qt::RFC2822Date);
        QVERIFY(date.isValid());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void wrongPasswordKeepsMessageInOutbox()
    {
        const int before = mailCount();
        auto n = notifier(config(QStringLiteral("notify/smtp-wrong")));
        QSignalSpy failed(n.get(), &Notifier::attemptFailed);
        Message m;
        m.id = QStringLiteral("mail-2");
        m.subject = QStringLiteral("Fan failure");
        const auto submitted = n->submit(m);
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const auto error = failed.at(0).at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::Auth);
        QVERIFY2(error.detail.contains(QStringLiteral("refused the login of user opsdeck")), qPrintable(error.detail));
        QVERIFY(!error.toString().contains(QString::fromLatin1(kWrongPassword)));
        QVERIFY(failed.at(0).at(2).toBool()); // stays for a later attempt
        QCOMPARE(mailCount(), before);

        const auto stored = n->delivery(submitted->deliveryIds.constFirst());
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, DeliveryState::Pending);
        QCOMPARE(stored->attempts, 1);
        QVERIFY(stored->nextAttemptMs > QDateTime::currentMSecsSinceEpoch());
        const auto status = n->channelStatus();
        QVERIFY(status.ok());
        QCOMPARE(status->size(), 1);
        QCOMPARE(status->at(0).pending, 1);
        QVERIFY(status->at(0).lastError.contains(QStringLiteral("refused the login")));
    }

    void plainConnectionIsRefusedWhenTlsIsRequired()
    {
        // Implicit TLS against a server that speaks plain SMTP first: the
        // handshake fails and nothing is sent.
        const int before = mailCount();
        auto n = notifier(config(QStringLiteral("notify/smtp"), QStringLiteral("tls")));
        QSignalSpy failed(n.get(), &Notifier::attemptFailed);
        Message m;
        m.id = QStringLiteral("mail-3");
        m.subject = QStringLiteral("PSU failure");
        QVERIFY(n->submit(m).ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::Network);
        QCOMPARE(mailCount(), before);
    }

    void headersAreEncoded()
    {
        QCOMPARE(encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        const QByteArray encoded = encodeHeaderText(QStringLiteral("Übertemperatur"));
        QVERIFY(encoded.startsWith("=?UTF-8?B?"));
        QVERIFY(!encoded.contains('\n') || encoded.contains("\r\n "));
        const QByteArray qp = quotedPrintable(QString(200, QLatin1Char('x')) + QStringLiteral(" ü"));
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY(line.size() <= 77); // 76 plus the CR
        QVERIFY(qp.contains("=C3=BC"));
    }
};

QTEST_GUILESS_MAIN(TestEmailSender)
#include "tst_emailsender.moc"
