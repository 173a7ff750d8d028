// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTemporaryDir>
#include <QTest>

#include "backend/netbox/changesetjournal.h"
#include "backend/store/store.h"

using namespace OpsDeck;
using Domain::ObjectKind;
using NetBox::ChangeSetJournal::load;
using NetBox::ChangeSetJournal::save;
using NetBox::Edit;
using NetBox::JournalEntry;

class TestChangeSetJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto store = Store::Store::openSqlite(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_n)));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    // Every state, kind and value type comes back as it was saved, in order.
    void roundTrip()
    {
        NetBox::Conflict conflict;
        conflict.kind = ObjectKind::Rack;
        conflict.id = 3;
        conflict.syncedLastUpdated = QStringLiteral("2026-01-01T00:00:00Z");
        conflict.remoteLastUpdated = QStringLiteral("2026-02-01T00:00:00Z");
        conflict.fields << NetBox::ConflictField{QStringLiteral("description"), QStringLiteral("base"),
                                                 QStringLiteral("mine"), QStringLiteral("theirs")};
        conflict.remoteObject = {{QStringLiteral("id"), 3}, {QStringLiteral("description"), QStringLiteral("theirs")}};

        NetBox::ChangeSet changes;
        changes.placeDevice(10, 4, 20.5, QStringLiteral("rear"));
        changes.setInterface(77, QStringLiteral("uplink – ä"), false);
        changes.assignIpAddress(QStringLiteral("2001:db8::7/64"), 77);
        changes.update(ObjectKind::Rack, 3, {{QStringLiteral("description"), QStringLiteral("mine")}});
        changes.update(ObjectKind::Device, 11, {{QStringLiteral("position"), QJsonValue::Null}});
        const QList<Edit> edits = changes.edits();
        const QList<JournalEntry> entries{
            {edits.at(0), JournalEntry::State::Pending, {}, std::nullopt},
            {edits.at(1), JournalEntry::State::Failed, QStringLiteral("400: description too long"), std::nullopt},
            {edits.at(2), JournalEntry::State::Pending, {}, std::nullopt},
            {edits.at(3), JournalEntry::State::Conflict, {}, conflict},
            {edits.at(4), JournalEntry::State::KeepMine, {}, std::nullopt},
        };
        QVERIFY(save(*m_store, entries).ok());
        auto loaded = load(*m_store);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const JournalEntry &a = entries.at(i);
            const JournalEntry &b = loaded->at(i);
            QCOMPARE(b.edit.type, a.edit.type);
            QCOMPARE(b.edit.kind, a.edit.kind);
            QCOMPARE(b.edit.id, a.edit.id);
            QCOMPARE(b.edit.fields, a.edit.fields);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.error, a.error);
            QCOMPARE(b.conflict.has_value(), a.conflict.has_value());
        }
        QCOMPARE(loaded->at(0).edit.fields.value(QStringLiteral("position")).toDouble(), 20.5);
        QVERIFY(loaded->at(4).edit.fields.value(QStringLiteral("position")).isNull());
        const NetBox::Conflict &c = *loaded->at(3).conflict;
        QCOMPARE(c.kind, ObjectKind::Rack);
        QCOMPARE(c.id, 3);
        QCOMPARE(c.remoteLastUpdated, conflict.remoteLastUpdated);
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields.first().remote.toString(), QStringLiteral("theirs"));
        QCOMPARE(c.fields.first().synced.toString(), QStringLiteral("base"));
        QCOMPARE(c.remoteObject, conflict.remoteObject);

        // Saving again replaces, never appends.
        QVERIFY(save(*m_store, entries.mid(0, 2)).ok());
        QCOMPARE(load(*m_store)->size(), 2);
        QVERIFY(save(*m_store, {}).ok());
        QVERIFY(load(*m_store)->isEmpty());
    }

    // A row that cannot be read fails the load with its number and cause,
    // and the load changes nothing.
    void unreadableRowsAreNamed_data()
    {
        QTest::addColumn<QVariantList>("row");
        QTest::addColumn<QString>("cause");
        const auto row = [](const char *type, const char *kind, qint64 id, const char *fields, const char *state,
                            const char *detail) {
            return QVariantList{7, QString::fromLatin1(type), QString::fromLatin1(kind), id,
                                QString::fromLatin1(fields), QString::fromLatin1(state), QString(),
                                QString::fromLatin1(detail), QString()};
        };
        QTest::newRow("kind") << row("update", "spaceship", 1, "{}", "pending", "") << QStringLiteral("spaceship");
        QTest::newRow("type") << row("delete", "device", 1, "{}", "pending", "") << QStringLiteral("delete");
        QTest::newRow("fields") << row("update", "device", 1, "{\"serial\":", "pending", "")
                                << QStringLiteral("fields");
        QTest::newRow("state") << row("update", "device", 1, "{}", "shipped", "") << QStringLiteral("shipped");
        QTest::newRow("no id") << row("update", "device", 0, "{}", "pending", "") << QStringLiteral("object id");
        QTest::newRow("conflict") << row("update", "device", 1, "{}", "conflict", "") << QStringLiteral("conflict");
    }
    void unreadableRowsAreNamed()
    {
        QFETCH(QVariantList, row);
        QFETCH(QString, cause);
        const QStringList columns = {QStringLiteral("seq"),    QStringLiteral("edit_type"), QStringLiteral("kind"),
                                     QStringLiteral("object_id"), QStringLiteral("fields"), QStringLiteral("state"),
                                     QStringLiteral("error"),  QStringLiteral("detail"),    QStringLiteral("created_at")};
        QVERIFY(m_store->replaceRows(QStringLiteral("netbox_pending_edits"), columns, {row}).ok());
        auto loaded = load(*m_store);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().detail.contains(QStringLiteral("edit 7")), qPrintable(loaded.error().detail));
        QVERIFY2(loaded.error().detail.contains(cause), qPrintable(loaded.error().detail));
        QCOMPARE(m_store->tableRows(QStringLiteral("netbox_pending_edits"), columns)->size(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store::Store> m_store;
};

QTEST_GUILESS_MAIN(TestChangeSetJournal)
#include "tst_changesetjournal.moc"
