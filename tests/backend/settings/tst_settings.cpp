// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "backend/settings/settings.h"

using namespace OpsDeck::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void persistsAcrossInstances();
    void signalsOnlyOnChange();
    void clampsOutOfRange();
    void consoleAndServiceFilesDiffer();

private:
    QString file() const { return m_dir.filePath(QStringLiteral("console.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettings::defaults()
{
    Settings settings(m_dir.filePath(QStringLiteral("fresh.ini")));
    QCOMPARE(settings.appearance(), Appearance::System);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.units(), Units::Metric);
    QCOMPARE(settings.proxy(), ProxySettings{});
    QCOMPARE(settings.pollingIntervalSeconds(), 60);
    QCOMPARE(settings.pollingTimeoutMs(), 2000);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.lastWorkspace().isEmpty());
    QVERIFY(settings.alarmNotifications());
    QVERIFY(!settings.alarmSound());
}

void TestSettings::persistsAcrossInstances()
{
    {
        Settings settings(file());
        settings.setAppearance(Appearance::Dark);
        settings.setLanguage(QStringLiteral("de"));
        settings.setUnits(Units::Imperial);
        settings.setProxy({ProxyMode::Manual, QStringLiteral("proxy.example"), 8080});
        settings.setPollingIntervalSeconds(30);
        settings.setPollingTimeoutMs(1500);
        settings.setWindowGeometry(QByteArrayLiteral("geo"));
        settings.setWindowState(QByteArrayLiteral("state"));
        settings.setDeviceTableState(QByteArrayLiteral("header"));
        settings.setLastWorkspace(QStringLiteral("/srv/ws"));
        QSignalSpy alarms(&settings, &Settings::alarmNotificationsChanged);
        settings.setAlarmNotifications(false);
        settings.setAlarmSound(true);
        settings.setAlarmSound(true);
        QCOMPARE(alarms.count(), 2);
    }
    Settings again(file());
    QCOMPARE(again.appearance(), Appearance::Dark);
    QCOMPARE(again.language(), QStringLiteral("de"));
    QCOMPARE(again.units(), Units::Imperial);
    QCOMPARE(again.proxy(), (ProxySettings{ProxyMode::Manual, QStringLiteral("proxy.example"), 8080}));
    QCOMPARE(again.pollingIntervalSeconds(), 30);
    QCOMPARE(again.pollingTimeoutMs(), 1500);
    QCOMPARE(again.windowGeometry(), QByteArrayLiteral("geo"));
    QCOMPARE(again.windowState(), QByteArrayLiteral("state"));
    QCOMPARE(again.deviceTableState(), QByteArrayLiteral("header"));
    QCOMPARE(again.lastWorkspace(), QStringLiteral("/srv/ws"));
    QVERIFY(!again.alarmNotifications());
    QVERIFY(again.alarmSound());

    QSettings raw(file(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("Appearance/Theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(raw.value(QStringLiteral("Polling/IntervalSeconds")).toInt(), 30);
}

void TestSettings::signalsOnlyOnChange()
{
    Settings settings(m_dir.filePath(QStringLiteral("signals.ini")));
    QSignalSpy appearance(&settings, &Settings::appearanceChanged);
    QSignalSpy language(&settings, &Settings::languageChanged);
    QSignalSpy proxy(&settings, &Settings::proxyChanged);
    QSignalSpy polling(&settings, &Settings::pollingChanged);

    settings.setAppearance(Appearance::Light);
    settings.setAppearance(Appearance::Light);
    QCOMPARE(appearance.count(), 1);
    QCOMPARE(appearance.at(0).at(0).value<Appearance>(), Appearance::Light);

    settings.setLanguage(QStringLiteral("fr"));
    settings.setLanguage(QStringLiteral("fr"));
    QCOMPARE(language.count(), 1);

    settings.setProxy({ProxyMode::None, {}, 3128});
    settings.setProxy({ProxyMode::None, {}, 3128});
    QCOMPARE(proxy.count(), 1);

    settings.setPollingIntervalSeconds(120);
    settings.setPollingIntervalSeconds(120);
    QCOMPARE(polling.count(), 1);
}

void TestSettings::clampsOutOfRange()
{
    Settings settings(m_dir.filePath(QStringLiteral("clamp.ini")));
    settings.setPollingIntervalSeconds(1);
    QCOMPARE(settings.pollingIntervalSeconds(), 5);
    settings.setPollingTimeoutMs(10);
    QCOMPARE(settings.pollingTimeoutMs(), 100);
    settings.setProxy({ProxyMode::Manual, QStringLiteral(" host "), 70000});
    QCOMPARE(settings.proxy().port, 65535);
    QCOMPARE(settings.proxy().host, QStringLiteral("host"));

    QSettings raw(m_dir.filePath(QStringLiteral("clamp.ini")), QSettings::IniFormat);
    raw.setValue(QStringLiteral("Appearance/Theme"), QStringLiteral("purple"));
    raw.sync();
    Settings reread(m_dir.filePath(QStringLiteral("clamp.ini")));
    QCOMPARE(reread.appearance(), Appearance::System);
}

void TestSettings::consoleAndServiceFilesDiffer()
{
    QVERIFY(Settings::consoleFileName() != Settings::serviceFileName());
    QVERIFY(Settings::consoleFileName().endsWith(QLatin1String("console.ini")));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
