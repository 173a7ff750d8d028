// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The notifier end to end through webhooks: a real HTTP receiver
// (webhookreceiver.py) on loopback checks signatures and keeps each
// Idempotency-Key once; the outbox is a real SQLite store.

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/notify/notifier.h"
#include "backend/notify/outboxstore.h"
#include "tests/backend/notify/notifytestservers.h"

using namespace OpsDeck;
using namespace OpsDeck::Notify;

namespace {

const QByteArray kKey = "webhook-test-signing-key";

Message message(const QString &id, const QString &group = {}, Severity severity = Severity::Major)
{
    Message m;
    m.id = id;
    m.groupKey = group;
    m.severity = severity;
    m.site = QStringLiteral("dc1");
    m.device = QStringLiteral("leaf01");
    m.subject = QStringLiteral("Link down on %1").arg(id);
    m.text = QStringLiteral("Interface et-0/0/1 went down.");
    m.payload = {{QStringLiteral("alarm"), id}};
    m.createdAt = QDateTime::currentDateTimeUtc();
    return m;
}

QJsonObject webhookChannel(const QString &name, quint16 port, const QString &path, int retries = 3,
                           int timeoutSeconds = 10)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("webhook")},
            {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)},
            {QStringLiteral("signingKey"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("notify/hook")}}},
            {QStringLiteral("retries"), retries},
            {QStringLiteral("timeoutSeconds"), timeoutSeconds}};
}

// One channel, every message routed to it.
NotifyConfig oneChannel(const QJsonObject &channel, int windowSeconds = 0, bool criticalImmediately = false)
{
    const QJsonObject json{
        {QStringLiteral("channels"), QJsonArray{channel}},
        {QStringLiteral("routes"),
         QJsonArray{QJsonObject{{QStringLiteral("channels"), QJsonArray{channel.value(QStringLiteral("name"))}}}}},
        {QStringLiteral("grouping"), QJsonObject{{QStringLiteral("windowSeconds"), windowSeconds},
                                                 {QStringLiteral("criticalImmediately"), criticalImmediately}}},
        {QStringLiteral("delivery"), QJsonObject{{QStringLiteral("backoffSeconds"), 1},
                                                 {QStringLiteral("maxBackoffSeconds"), 2}}}};
    auto config = NotifyConfig::parse(json, QStringLiteral("notifications"), QStringLiteral("test.json"));
    if (!config)
        qFatal("bad test configuration: %s", qPrintable(config.error().toString()));
    return *config;
}

// Further vault entries a test adds (webhook URLs that carry a token).
QHash<QString, QByteArray> &vaultEntries()
{
    static QHash<QString, QByteArray> entries;
    return entries;
}

Result<Vault::Secret> lookup(const QString &key)
{
    if (key == u"notify/hook")
        return Vault::Secret::fromBytes(kKey);
    if (const auto it = vaultEntries().constFind(key); it != vaultEntries().constEnd())
        return Vault::Secret::fromBytes(*it);
    return Error(ErrorCode::NotFound, QStringLiteral("no vault entry %1").arg(key));
}

// A webhook channel whose URL is the vault entry @p secret.
QJsonObject vaultUrlChannel(const QString &name, const QString &secret)
{
    QJsonObject channel = webhookChannel(name, 1, QString(), 0);
    channel.remove(QStringLiteral("url"));
    channel.insert(QStringLiteral("urlSecret"), QJsonObject{{QStringLiteral("secret"), secret}});
    return channel;
}

QList<QJsonObject> requestsWithKey(const QList<QJsonObject> &all, const QString &key)
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : all) {
        if (r.value(QStringLiteral("key")).toString() == key)
            out << r;
    }
    return out;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_received;
    quint16 m_port = 0;
    Test::ServerProcess m_receiver;
    int m_stores = 0;

    std::unique_ptr<OutboxStore> openStore(const QString &name = {})
    {
        const QString file = name.isEmpty() ? QStringLiteral("outbox-%1.sqlite").arg(++m_stores) : name;
        auto store = OutboxStore::openSqlite(m_dir.filePath(file));
        if (!store)
            qFatal("cannot open the outbox: %s", qPrintable(store.error().toString()));
        return std::move(store).value();
    }

    std::unique_ptr<Notifier> notifier(const NotifyConfig &config, const QString &storeName = {})
    {
        auto n = std::make_unique<Notifier>(config, openStore(storeName), &lookup);
        n->start();
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = m_dir.filePath(QStringLiteral("hook.key"));
        QVERIFY(Test::writePrivateFile(m_keyFile, kKey));
        m_received = m_dir.filePath(QStringLiteral("received"));
        QVERIFY(QDir().mkpath(m_received));
        m_port = Test::freePort();
        QString error;
        QVERIFY2(Test::startWebhookReceiver(m_receiver, m_port, m_received, m_keyFile, &error), qPrintable(error));
    }

    void signedDeliveryReachesReceiverOnce()
    {
        auto n = notifier(oneChannel(webhookChannel(QStringLiteral("hook"), m_port, QStringLiteral("/hook"))));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        const auto submitted = n->submit(message(QStringLiteral("signed-1")));
        QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().toString()));
        QCOMPARE(submitted->channels, QStringList{QStringLiteral("hook")});
        QCOMPARE(submitted->deliveryIds.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);

        const QString id = submitted->deliveryIds.constFirst();
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), id);
        QCOMPARE(requests.size(), 1);
        const QJsonObject r = requests.constFirst();
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        QVERIFY(r.value(QStringLiteral("signatureOk")).toBool());
        QCOMPARE(r.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/json"));
        const qint64 stamp = r.value(QStringLiteral("timestamp")).toString().toLongLong();
        QVERIFY(qAbs(stamp - QDateTime::currentSecsSinceEpoch()) < 60);
        const QJsonObject body = r.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(body.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject first = body.value(QStringLiteral("messages")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("signed-1"));
        QCOMPARE(first.value(QStringLiteral("payload")).toObject().value(QStringLiteral("alarm")).toString(),
                 QStringLiteral("signed-1"));

        const auto stored = n->delivery(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, DeliveryState::Delivered);
        QCOMPARE(stored->attempts, 1);
        QVERIFY(stored->deliveredMs > 0);

        // The same message again is a duplicate: nothing new goes out.
        const auto again = n->submit(message(QStringLiteral("signed-1")));
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QVERIFY(again->deliveryIds.isEmpty());
        QTest::qWait(300);
        QCOMPARE(delivered.count(), 1);
    }

    void retryAfterIsHonoured()
    {
        auto n = notifier(oneChannel(webhookChannel(QStringLiteral("flaky"), m_port, QStringLiteral("/flaky"))));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        const auto submitted = n->submit(message(QStringLiteral("flaky-1")));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), submitted->deliveryIds.constFirst());
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("unavailable"));
        QCOMPARE(requests.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        // Retry-After: 1 asked for a second at least.
        const double gap = requests.at(1).value(QStringLiteral("at")).toDouble()
                           - requests.at(0).value(QStringLiteral("at")).toDouble();
        QVERIFY2(gap >= 0.95, qPrintable(QString::number(gap)));
    }

    void retryAfterHoldsForTheNextAttempt()
    {
        // No retry inside the attempt: the outbox's next attempt waits for
        // the 3 s the receiver asked, not the 1-2 s backoff.
        auto n = notifier(oneChannel(webhookChannel(QStringLiteral("busy"), m_port, QStringLiteral("/busy"), 0)));
        QSignalSpy failed(n.get(), &Notifier::attemptFailed);
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        const auto submitted = n->submit(message(QStringLiteral("busy-1")));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const auto after = failed.at(0).at(0).value<Delivery>();
        QVERIFY(failed.at(0).at(2).toBool());
        QVERIFY2(after.nextAttemptMs - after.lastAttemptMs >= 3000,
                 qPrintable(QString::number(after.nextAttemptMs - after.lastAttemptMs)));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), submitted->deliveryIds.constFirst());
        QCOMPARE(requests.size(), 2);
        const double gap = requests.at(1).value(QStringLiteral("at")).toDouble()
                           - requests.at(0).value(QStringLiteral("at")).toDouble();
        QVERIFY2(gap >= 2.9, qPrintable(QString::number(gap)));
    }

    void urlFromTheVault()
    {
        const QString token = QStringLiteral("T0KEN-9f3a1c77e2b4");
        vaultEntries().insert(QStringLiteral("notify/chat-url"),
                              QStringLiteral("http://127.0.0.1:%1/hook/%2").arg(m_port).arg(token).toUtf8());
        vaultEntries().insert(QStringLiteral("notify/refused-url"),
                              QStringLiteral("http://127.0.0.1:%1/reject/%2").arg(m_port).arg(token).toUtf8());
        vaultEntries().insert(QStringLiteral("notify/not-a-url"), QByteArray("hooks.example.net/abc"));

        auto n = notifier(oneChannel(vaultUrlChannel(QStringLiteral("chat"), QStringLiteral("notify/chat-url"))));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        const auto submitted = n->submit(message(QStringLiteral("vault-url-1")));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), submitted->deliveryIds.constFirst());
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).value(QStringLiteral("path")).toString(), QStringLiteral("/hook/") + token);

        // The receiver refuses: the error names the status, never the URL's token.
        auto refused = notifier(oneChannel(vaultUrlChannel(QStringLiteral("chat2"), QStringLiteral("notify/refused-url"))));
        QSignalSpy failed(refused.get(), &Notifier::attemptFailed);
        QVERIFY(refused->submit(message(QStringLiteral("vault-url-2"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const auto error = failed.at(0).at(1).value<Error>();
        QVERIFY2(error.toString().contains(QStringLiteral("400")), qPrintable(error.toString()));
        QVERIFY2(!error.toString().contains(token), qPrintable(error.toString()));
        QVERIFY(!failed.at(0).at(2).toBool()); // refused for good

        // A vault entry that is missing or holds no URL: the attempt fails, naming the entry.
        for (const QString &secret : {QStringLiteral("notify/missing-url"), QStringLiteral("notify/not-a-url")}) {
            auto broken = notifier(oneChannel(vaultUrlChannel(QStringLiteral("chat3"), secret)));
            QSignalSpy brokenFailed(broken.get(), &Notifier::attemptFailed);
            QVERIFY(broken->submit(message(QStringLiteral("vault-url-") + secret)).ok());
            QTRY_COMPARE_WITH_TIMEOUT(brokenFailed.count(), 1, 10000);
            const auto why = brokenFailed.at(0).at(1).value<Error>();
            QVERIFY2(why.detail.contains(secret), qPrintable(why.toString()));
            QVERIFY(brokenFailed.at(0).at(2).toBool()); // the vault can be mended: tried again
        }
    }

    void expiredEntriesArePurged()
    {
        const NotifyConfig config = oneChannel(webhookChannel(QStringLiteral("old"), m_port, QStringLiteral("/hook")));
        const QString storeName = QStringLiteral("purge.sqlite");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000;
        {
            auto store = openStore(storeName);
            const auto oldDelivered = store->accept(message(QStringLiteral("old-1")), {QStringLiteral("old")},
                                                    config.grouping, now - 40 * day);
            const auto oldFailed = store->accept(message(QStringLiteral("old-2")), {QStringLiteral("old")},
                                                 config.grouping, now - 35 * day);
            const auto oldPending = store->accept(message(QStringLiteral("old-3")), {QStringLiteral("old")},
                                                  config.grouping, now - 31 * day);
            const auto recent = store->accept(message(QStringLiteral("new-1")), {QStringLiteral("old")},
                                              config.grouping, now - 2 * day);
            QVERIFY(oldDelivered.ok() && oldFailed.ok() && oldPending.ok() && recent.ok());
            QVERIFY(store->recordDelivered(oldDelivered->deliveryIds.constFirst(), now - 40 * day).ok());
            QVERIFY(store->recordFailure(oldFailed->deliveryIds.constFirst(), QStringLiteral("gone"), std::nullopt,
                                         now - 35 * day).ok());
            QVERIFY(store->recordDelivered(recent->deliveryIds.constFirst(), now - 2 * day).ok());
            // The pending one stays pending (not due for a day).
            QVERIFY(store->hold(oldPending->deliveryIds.constFirst(), now + day).ok());
        }
        auto n = notifier(config, storeName); // start() purges
        const auto left = n->deliveries();
        QVERIFY(left.ok());
        QStringList messages;
        for (const Delivery &d : *left)
            messages << n->delivery(d.id)->messages.constFirst().id;
        messages.sort();
        QCOMPARE(messages, (QStringList{QStringLiteral("new-1"), QStringLiteral("old-3")}));
        // The purged messages are gone too: submitting one again is new.
        const auto again = n->submit(message(QStringLiteral("old-1")));
        QVERIFY(again.ok());
        QVERIFY(!again->duplicate);
        QCOMPARE(n->purgeExpired().value(), 0);
    }

    void retryAfterTimeoutKeepsKey()
    {
        // The receiver takes the first request but answers after the client
        // gave up; the retry carries the same key and is dropped as a copy.
        auto n = notifier(oneChannel(webhookChannel(QStringLiteral("slow"), m_port, QStringLiteral("/slow"), 2, 1)));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        const auto submitted = n->submit(message(QStringLiteral("slow-1")));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 20000);
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), submitted->deliveryIds.constFirst());
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        QCOMPARE(requests.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("duplicate"));
    }

    void clientErrorIsPermanent()
    {
        auto n = notifier(oneChannel(webhookChannel(QStringLiteral("reject"), m_port, QStringLiteral("/reject"))));
        QSignalSpy failed(n.get(), &Notifier::attemptFailed);
        const auto submitted = n->submit(message(QStringLiteral("reject-1")));
        QVERIFY(submitted.ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(2).toBool(), false);
        const QString id = submitted->deliveryIds.constFirst();
        QCOMPARE(requestsWithKey(Test::receivedRequests(m_received), id).size(), 1); // 400 is not retried
        const auto stored = n->delivery(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, DeliveryState::Failed);
        QCOMPARE(stored->attempts, 1);
        QVERIFY2(stored->lastError.contains(QStringLiteral("HTTP 400")), qPrintable(stored->lastError));

        const auto status = n->channelStatus();
        QVERIFY(status.ok());
        QCOMPARE(status->size(), 1);
        QCOMPARE(status->at(0).channel, QStringLiteral("reject"));
        QCOMPARE(status->at(0).failed, 1);
        QCOMPARE(status->at(0).pending, 0);
        QVERIFY(status->at(0).lastError.contains(QStringLiteral("HTTP 400")));
    }

    void groupWindowMergesMessages()
    {
        auto n = notifier(
            oneChannel(webhookChannel(QStringLiteral("grouped"), m_port, QStringLiteral("/hook")), 2, false));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        QStringList ids;
        for (int i = 1; i <= 5; ++i) {
            const auto submitted = n->submit(message(QStringLiteral("root-a-%1").arg(i), QStringLiteral("alarm-a")));
            QVERIFY(submitted.ok());
            ids << submitted->deliveryIds;
        }
        const auto other = n->submit(message(QStringLiteral("root-b-1"), QStringLiteral("alarm-b")));
        QVERIFY(other.ok());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 1); // all five joined one entry
        QVERIFY(other->deliveryIds.constFirst() != ids.constFirst());
        QTest::qWait(500);
        QCOMPARE(delivered.count(), 0); // the window is still open
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 10000);

        const auto requests = requestsWithKey(Test::receivedRequests(m_received), ids.constFirst());
        QCOMPARE(requests.size(), 1);
        const QJsonObject body = requests.constFirst().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("count")).toInt(), 5);
        QCOMPARE(body.value(QStringLiteral("groupKey")).toString(), QStringLiteral("alarm-a"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(messages.at(i).toObject().value(QStringLiteral("id")).toString(),
                     QStringLiteral("root-a-%1").arg(i + 1));
        QVERIFY(body.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("[MAJOR] 5 notifications")));
        QCOMPARE(requestsWithKey(Test::receivedRequests(m_received), other->deliveryIds.constFirst()).size(), 1);
    }

    void criticalFirstMessageGoesOutAtOnce()
    {
        auto n = notifier(
            oneChannel(webhookChannel(QStringLiteral("critical"), m_port, QStringLiteral("/hook")), 3, true));
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        QElapsedTimer clock;
        clock.start();
        const auto first = n->submit(message(QStringLiteral("crit-1"), QStringLiteral("alarm-c"), Severity::Critical));
        QVERIFY(first.ok());
        const auto second = n->submit(message(QStringLiteral("crit-2"), QStringLiteral("alarm-c"), Severity::Minor));
        const auto third = n->submit(message(QStringLiteral("crit-3"), QStringLiteral("alarm-c"), Severity::Minor));
        QVERIFY(second.ok() && third.ok());
        QCOMPARE(second->deliveryIds, third->deliveryIds);
        QVERIFY(second->deliveryIds != first->deliveryIds);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 2000);
        QVERIFY(clock.elapsed() < 2500); // well inside the 3 s window
        QCOMPARE(delivered.at(0).at(0).value<Delivery>().messageCount, 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 10000);
        QVERIFY(clock.elapsed() >= 2900); // the rest waited for the window
        const Delivery rest = delivered.at(1).at(0).value<Delivery>();
        QCOMPARE(rest.messageCount, 2);
        QCOMPARE(rest.severity, Severity::Minor);
    }

    void routesChooseChannels()
    {
        const QJsonObject json{
            {QStringLiteral("channels"),
             QJsonArray{webhookChannel(QStringLiteral("pager"), m_port, QStringLiteral("/hook")),
                        webhookChannel(QStringLiteral("dc2-team"), m_port, QStringLiteral("/hook")),
                        webhookChannel(QStringLiteral("core-team"), m_port, QStringLiteral("/hook"))}},
            {QStringLiteral("routes"),
             QJsonArray{QJsonObject{{QStringLiteral("minSeverity"), QStringLiteral("critical")},
                                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("pager")}}},
                        QJsonObject{{QStringLiteral("site"), QStringLiteral("dc2")},
                                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("dc2-team")}}},
                        QJsonObject{{QStringLiteral("tag"), QStringLiteral("core")},
                                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("core-team")}}}}},
            {QStringLiteral("grouping"), QJsonObject{{QStringLiteral("windowSeconds"), 0}}}};
        auto config = NotifyConfig::parse(json, QStringLiteral("notifications"), QStringLiteral("test.json"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        auto n = notifier(*config);
        QSignalSpy delivered(n.get(), &Notifier::delivered);

        Message crit = message(QStringLiteral("route-1"), {}, Severity::Critical);
        crit.site = QStringLiteral("DC2");
        Message core = message(QStringLiteral("route-2"), {}, Severity::Warning);
        core.tags = {QStringLiteral("edge"), QStringLiteral("core")};
        Message none = message(QStringLiteral("route-3"), {}, Severity::Major);
        const auto a = n->submit(crit);
        const auto b = n->submit(core);
        const auto c = n->submit(none);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->channels, (QStringList{QStringLiteral("pager"), QStringLiteral("dc2-team")}));
        QCOMPARE(b->channels, QStringList{QStringLiteral("core-team")});
        QVERIFY(c->channels.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 10000);
        QStringList seen;
        for (const QJsonObject &r : Test::receivedRequests(m_received)) {
            const QJsonObject body = r.value(QStringLiteral("body")).toObject();
            const QString id = body.value(QStringLiteral("messages")).toArray().at(0).toObject().value(
                QStringLiteral("id")).toString();
            if (id.startsWith(QStringLiteral("route-")))
                seen << body.value(QStringLiteral("channel")).toString() + QLatin1Char(':') + id;
        }
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("core-team:route-2"), QStringLiteral("dc2-team:route-1"),
                                    QStringLiteral("pager:route-1")}));
    }

    void outboxSurvivesRestart()
    {
        // The receiver is down: nothing can be delivered.
        const quint16 port = Test::freePort();
        const QString folder = m_dir.filePath(QStringLiteral("restart"));
        QVERIFY(QDir().mkpath(folder));
        const NotifyConfig config = oneChannel(webhookChannel(QStringLiteral("later"), port, QStringLiteral("/hook"), 0, 2), 1);
        const QString storeName = QStringLiteral("restart.sqlite");
        QStringList ids;
        {
            auto n = notifier(config, storeName);
            QSignalSpy failed(n.get(), &Notifier::attemptFailed);
            const auto lone = n->submit(message(QStringLiteral("restart-1")));
            const auto grouped = n->submit(message(QStringLiteral("restart-2"), QStringLiteral("alarm-r")));
            QVERIFY(lone.ok() && grouped.ok());
            ids << lone->deliveryIds << grouped->deliveryIds;
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000); // connection refused, will retry
            QVERIFY(failed.at(0).at(2).toBool());
        } // destroyed before anything was delivered
        {
            auto store = openStore(storeName);
            auto status = store->channelStatus();
            QVERIFY(status.ok());
            QCOMPARE(status->size(), 1);
            QCOMPARE(status->at(0).delivered, 0);
            QCOMPARE(status->at(0).pending + status->at(0).collecting, 2);
            QVERIFY(status->at(0).lastError.contains(QStringLiteral("refused"), Qt::CaseInsensitive));
        }

        Test::ServerProcess receiver;
        QString error;
        QVERIFY2(Test::startWebhookReceiver(receiver, port, folder, m_keyFile, &error), qPrintable(error));
        auto n = notifier(config, storeName);
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 15000);
        QTest::qWait(500);
        QCOMPARE(delivered.count(), 2);
        const auto requests = Test::receivedRequests(folder);
        QCOMPARE(requests.size(), 2);
        for (const QString &id : std::as_const(ids)) {
            const auto mine = requestsWithKey(requests, id);
            QCOMPARE(mine.size(), 1);
            QCOMPARE(mine.constFirst().value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        }
        const auto stored = n->delivery(ids.constFirst());
        QVERIFY(stored.ok());
        QCOMPARE(stored->attempts, 2);
    }

    void keyStaysTheSameAfterRestart()
    {
        // The receiver keeps the first request but answers 500; a new
        // notifier on the same store sends it again with the same key.
        const NotifyConfig config =
            oneChannel(webhookChannel(QStringLiteral("lost"), m_port, QStringLiteral("/lost"), 0, 5));
        const QString storeName = QStringLiteral("lost.sqlite");
        QString id;
        {
            auto n = notifier(config, storeName);
            QSignalSpy failed(n.get(), &Notifier::attemptFailed);
            const auto submitted = n->submit(message(QStringLiteral("lost-1")));
            QVERIFY(submitted.ok());
            id = submitted->deliveryIds.constFirst();
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        }
        auto n = notifier(config, storeName);
        QSignalSpy delivered(n.get(), &Notifier::delivered);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
        const auto requests = requestsWithKey(Test::receivedRequests(m_received), id);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
        QCOMPARE(requests.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("duplicate"));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
