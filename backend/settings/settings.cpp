// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/settings/settings.h"

#include "backend/core/paths.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSettings, "opsdeck.settings")

namespace OpsDeck::Settings {

namespace {

// Every key, with "Group/Key" names, in one place.
namespace Key {
const QString Appearance = QStringLiteral("Appearance/Theme");
const QString Language = QStringLiteral("General/Language");
const QString Units = QStringLiteral("General/Units");
const QString ProxyMode = QStringLiteral("Network/ProxyMode");
const QString ProxyHost = QStringLiteral("Network/ProxyHost");
const QString ProxyPort = QStringLiteral("Network/ProxyPort");
const QString PollingInterval = QStringLiteral("Polling/IntervalSeconds");
const QString PollingTimeout = QStringLiteral("Polling/TimeoutMs");
const QString AlarmNotifications = QStringLiteral("Alarms/Notifications");
const QString AlarmSound = QStringLiteral("Alarms/Sound");
const QString WindowGeometry = QStringLiteral("Window/Geometry");
const QString WindowState = QStringLiteral("Window/State");
const QString DeviceTableState = QStringLiteral("DeviceTable/HeaderState");
const QString LastWorkspace = QStringLiteral("General/LastWorkspace");
const QString RecentWorkspaces = QStringLiteral("General/RecentWorkspaces");
} // namespace Key

// And every default.
namespace Default {
constexpr int PollingInterval = 60;
constexpr int PollingTimeout = 2000;
constexpr int ProxyPort = 3128;
constexpr bool AlarmNotifications = true;
constexpr bool AlarmSound = false;
} // namespace Default

QString unitsKey(Units units)
{
    return units == Units::Imperial ? QStringLiteral("imperial") : QStringLiteral("metric");
}

QString proxyKey(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxyMode proxyFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return ProxyMode::None;
    if (key == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

QString configDir()
{
    return Paths::configRoot();
}

} // namespace

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot read settings file" << fileName << "- using defaults";
}

Settings::~Settings()
{
    m_settings.sync();
}

QString Settings::consoleFileName()
{
    return configDir() + QStringLiteral("/console.ini");
}

QString Settings::serviceFileName()
{
    return configDir() + QStringLiteral("/service.ini");
}

QString Settings::fileName() const
{
    return m_settings.fileName();
}

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings.value(key, defaultValue);
}

bool Settings::store(const QString &key, const QVariant &value)
{
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return false;
    m_settings.setValue(key, value);
    return true;
}

QString Settings::appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance Settings::appearanceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Appearance::Light;
    if (key == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

Appearance Settings::appearance() const
{
    return appearanceFromKey(value(Key::Appearance, appearanceKey(Appearance::System)).toString());
}

void Settings::setAppearance(Appearance appearance)
{
    if (store(Key::Appearance, appearanceKey(appearance)))
        emit appearanceChanged(appearance);
}

QString Settings::language() const
{
    return value(Key::Language, QString()).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (store(Key::Language, language))
        emit languageChanged(language);
}

Units Settings::units() const
{
    return value(Key::Units, unitsKey(Units::Metric)).toString() == QLatin1String("imperial") ? Units::Imperial
                                                                                                : Units::Metric;
}

void Settings::setUnits(Units units)
{
    if (store(Key::Units, unitsKey(units)))
        emit unitsChanged(units);
}

ProxySettings Settings::proxy() const
{
    ProxySettings proxy;
    proxy.mode = proxyFromKey(value(Key::ProxyMode, proxyKey(ProxyMode::System)).toString());
    proxy.host = value(Key::ProxyHost, QString()).toString();
    proxy.port = std::clamp(value(Key::ProxyPort, Default::ProxyPort).toInt(), 1, 65535);
    return proxy;
}

void Settings::setProxy(const ProxySettings &proxy)
{
    bool changed = store(Key::ProxyMode, proxyKey(proxy.mode));
    changed = store(Key::ProxyHost, proxy.host.trimmed()) || changed;
    changed = store(Key::ProxyPort, std::clamp(proxy.port, 1, 65535)) || changed;
    if (changed)
        emit proxyChanged(this->proxy());
}

int Settings::pollingIntervalSeconds() const
{
    return std::max(5, value(Key::PollingInterval, Default::PollingInterval).toInt());
}

void Settings::setPollingIntervalSeconds(int seconds)
{
    if (store(Key::PollingInterval, std::max(5, seconds)))
        emit pollingChanged();
}

int Settings::pollingTimeoutMs() const
{
    return std::clamp(value(Key::PollingTimeout, Default::PollingTimeout).toInt(), 100, 60000);
}

void Settings::setPollingTimeoutMs(int ms)
{
    if (store(Key::PollingTimeout, std::clamp(ms, 100, 60000)))
        emit pollingChanged();
}

bool Settings::alarmNotifications() const
{
    return value(Key::AlarmNotifications, Default::AlarmNotifications).toBool();
}

void Settings::setAlarmNotifications(bool enabled)
{
    if (store(Key::AlarmNotifications, enabled))
        emit alarmNotificationsChanged();
}

bool Settings::alarmSound() const
{
    return value(Key::AlarmSound, Default::AlarmSound).toBool();
}

void Settings::setAlarmSound(bool enabled)
{
    if (store(Key::AlarmSound, enabled))
        emit alarmNotificationsChanged();
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry, QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState, QByteArray()).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(Key::WindowState, state);
}

QByteArray Settings::deviceTableState() const
{
    return value(Key::DeviceTableState, QByteArray()).toByteArray();
}

void Settings::setDeviceTableState(const QByteArray &state)
{
    store(Key::DeviceTableState, state);
}

QString Settings::lastWorkspace() const
{
    return value(Key::LastWorkspace, QString()).toString();
}

QStringList Settings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces, QStringList()).toStringList();
}

void Settings::addRecentWorkspace(const QString &folder)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    store(Key::RecentWorkspaces, recent);
}

void Settings::setLastWorkspace(const QString &folder)
{
    store(Key::LastWorkspace, folder);
}

void Settings::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot write settings file" << m_settings.fileName();
}

} // namespace OpsDeck::Settings
