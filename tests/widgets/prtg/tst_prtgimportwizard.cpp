// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// The PRTG import wizard driven page by page against the PRTG fixture
// server: credentials land in the vault, the device selection, a manual
// mapping and the history choice reach the import, and the report lists
// exactly the sensors without an equivalent.

#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "backend/demo/demoestate.h"
#include "backend/mcp/metricstoresink.h"
#include "backend/metrics/metricstore.h"
#include "backend/store/store.h"
#include "backend/vault/filevault.h"
#include "models/session/prtg/prtgimportsession.h"
#include "tests/fixtures/prtg/prtgfixtureserver.h"
#include "widgets/prtg/prtgimportwizard.h"

using namespace OpsDeck;
using namespace Qt::StringLiterals;
using Widgets::PrtgImportWizard;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

class TestPrtgImportWizard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Store> m_store;
    QList<Domain::Device> m_devices;

    template<typename T>
    static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QLatin1String(name));
    }

    static void next(QWizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto store = Store::Store::openSqlite(m_dir.filePath(u"store.db"_s));
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(Demo::importDemoEstate(*m_store).ok());
        auto devices = m_store->devices();
        QVERIFY(devices.ok());
        m_devices = *devices;
    }

    void importThroughTheWizard()
    {
        // 12 PRTG devices: the first 6 carry NetBox device names.
        Test::PrtgFixtureOptions options;
        options.probes = 1;
        options.groupsPerProbe = 2;
        options.devices = 12;
        options.historyDays = 2;
        for (int i = 0; i < 6; ++i)
            options.identities << Test::PrtgDeviceIdentity{m_devices.at(i).name, u"203.0.113.%1"_s.arg(i + 1)};
        Test::PrtgFixtureServer server(options);
        QVERIFY(server.start().ok());

        Vault::FileVault vault(m_dir.filePath(u"vault.bin"_s));
        QVERIFY(vault.create(Vault::Secret::fromString(u"pass phrase"_s), Vault::KdfLimits::minimal()).ok());
        auto metrics = Metrics::MetricStore::openSqlite(m_dir.filePath(u"metrics.db"_s));
        QVERIFY(metrics.ok());
        Mcp::MetricStoreSink sink(metrics->get(), m_store.get());
        Models::PrtgImportSession session(&vault, m_store.get(), &sink);
        PrtgImportWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Connect.
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgUrl"), server.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgUsername"), options.username);
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgPasshash"), options.passhash);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(child<QPushButton>(wizard, "prtgConnect"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(int(wizard.plan().devices.size()), 12);
        // The passhash went to the vault, not to the config or the field.
        QVERIFY(child<QLineEdit>(wizard, "prtgPasshash")->text().isEmpty());
        QCOMPARE(session.config().passhash.path, Models::PrtgImportSession::passhashKey);
        std::optional<Result<Vault::Secret>> stored;
        vault.read(Models::PrtgImportSession::passhashKey, this, [&](Result<Vault::Secret> s) { stored.emplace(s); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok());
        QCOMPARE((*stored)->revealString(), options.passhash);

        // Select: leave the last device out.
        next(wizard);
        QCOMPARE(wizard.currentId(), int(PrtgImportWizard::SelectPageId));
        auto *tree = child<QTreeWidget>(wizard, "prtgTree");
        QTreeWidgetItem *excludedItem = nullptr;
        int deviceItems = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, kIdRole).isValid()) {
                excludedItem = *it;
                ++deviceItems;
            }
        }
        QCOMPARE(deviceItems, 12);
        QVERIFY(excludedItem->parent()); // devices sit under their groups
        const qint64 excluded = excludedItem->data(0, kIdRole).toLongLong();
        excludedItem->setCheckState(0, Qt::Unchecked);

        // Mapping: map one unmapped device by hand.
        next(wizard);
        QCOMPARE(wizard.currentId(), int(PrtgImportWizard::MappingPageId));
        QCOMPARE(wizard.selectedDevices().size(), 11);
        auto *mapping = child<QTableWidget>(wizard, "prtgMapping");
        QCOMPARE(mapping->rowCount(), 11);
        QCOMPARE(mapping->item(0, 2)->text(), QString()); // unmapped first
        const qint64 manualPrtg = mapping->item(0, 0)->data(kIdRole).toLongLong();
        mapping->selectRow(0);
        auto *box = child<QComboBox>(wizard, "prtgDeviceBox");
        const Domain::Device &target = m_devices.at(40);
        box->setCurrentIndex(box->findData(target.id));
        QVERIFY(box->currentIndex() >= 0);
        QTest::mouseClick(child<QPushButton>(wizard, "prtgMapButton"), Qt::LeftButton);
        int manualRow = -1;
        for (int r = 0; r < mapping->rowCount(); ++r) {
            if (mapping->item(r, 0)->data(kIdRole).toLongLong() == manualPrtg)
                manualRow = r;
        }
        QVERIFY(manualRow >= 0);
        QCOMPARE(mapping->item(manualRow, 2)->text(), target.name);

        // Sensors: those without an equivalent are the fixture's unconvertible ones.
        next(wizard);
        auto *sensors = child<QTableWidget>(wizard, "prtgSensors");
        QSet<qint64> selectedSensors;
        QSet<qint64> expectedNone;
        for (const Prtg::Sensor &s : server.sensors()) {
            if (s.deviceId == excluded)
                continue;
            selectedSensors.insert(s.id);
            if (server.unconvertibleSensors().contains(s.id))
                expectedNone.insert(s.id);
        }
        QCOMPARE(sensors->rowCount(), int(selectedSensors.size()));
        QSet<qint64> listedNone;
        for (int r = 0; r < sensors->rowCount(); ++r) {
            if (!sensors->item(r, 0)->data(kIdRole + 1).toBool())
                listedNone.insert(sensors->item(r, 0)->data(kIdRole).toLongLong());
        }
        QVERIFY(!expectedNone.isEmpty());
        QCOMPARE(listedNone, expectedNone);

        // History: one day of the fixture's history.
        next(wizard);
        QTest::mouseClick(child<QCheckBox>(wizard, "prtgHistory"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(wizard, "prtgHistory")->isChecked());
        child<QDateTimeEdit>(wizard, "prtgHistoryFrom")->setDateTime(options.historyStart);
        child<QDateTimeEdit>(wizard, "prtgHistoryTo")->setDateTime(options.historyStart.addDays(1));

        // Run and report.
        next(wizard);
        QCOMPARE(wizard.currentId(), int(PrtgImportWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
        const Prtg::ImportReport &report = wizard.report();
        QSet<qint64> skippedNoEquivalent;
        QSet<qint64> reported;
        for (const Prtg::SkippedItem &s : report.skipped) {
            if (s.kind == u"sensor"_s) {
                reported.insert(s.prtgId);
                if (server.unconvertibleSensors().contains(s.prtgId))
                    skippedNoEquivalent.insert(s.prtgId);
            }
        }
        QCOMPARE(skippedNoEquivalent, expectedNone);
        bool manualMapped = false;
        for (const Prtg::DeviceMapping &m : report.mapped) {
            QVERIFY(m.prtgDeviceId != excluded);
            manualMapped |= m.prtgDeviceId == manualPrtg && m.deviceId == target.id;
        }
        QVERIFY(manualMapped);
        QCOMPARE(int(report.mapped.size()), 7); // six by name, one by hand
        for (const Prtg::PollingDefinition &d : report.imported) {
            QVERIFY(d.deviceId != 0);
            reported.insert(d.prtgSensorId);
        }
        QCOMPARE(reported, selectedSensors); // every selected sensor is accounted for, no other
        QVERIFY(report.historySamples > 0);
        QCOMPARE(sink.written(), report.historySamples);
        const QString text = child<QPlainTextEdit>(wizard, "prtgReport")->toPlainText();
        QVERIFY(text.contains(u"Skipped"_s));
        QVERIFY(text.contains(target.name));
    }

    void connectFailureShowsInline()
    {
        Test::PrtgFixtureOptions options;
        options.probes = 1;
        options.devices = 2;
        Test::PrtgFixtureServer server(options);
        QVERIFY(server.start().ok());
        Vault::FileVault vault(m_dir.filePath(u"vault2.bin"_s));
        QVERIFY(vault.create(Vault::Secret::fromString(u"pass phrase"_s), Vault::KdfLimits::minimal()).ok());
        Models::PrtgImportSession session(&vault, m_store.get(), nullptr);
        PrtgImportWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgUrl"), server.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgUsername"), options.username);
        QTest::keyClicks(child<QLineEdit>(wizard, "prtgPasshash"), u"wrong"_s);
        QTest::mouseClick(child<QPushButton>(wizard, "prtgConnect"), Qt::LeftButton);
        auto *status = child<QLabel>(wizard, "prtgStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Could not read PRTG"_s), 20000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QPushButton>(wizard, "prtgConnect")->isEnabled());
    }
};

QTEST_MAIN(TestPrtgImportWizard)
#include "tst_prtgimportwizard.moc"
