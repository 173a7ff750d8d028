// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace OpsDeck::Settings {

/// How the console picks its colours.
enum class Appearance { System, Light, Dark };
/// Units for lengths, weights and temperatures.
enum class Units { Metric, Imperial };
/// Which proxy outgoing HTTP uses.
enum class ProxyMode { System, None, Manual };

struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;
    int port = 3128;

    bool operator==(const ProxySettings &) const = default;
};

/// The one typed facade over a settings file. Every key and default is
/// defined once, in settings.cpp; setters write through and emit a change
/// signal only when the value changed. The console and the service use
/// separate files (pass the file name). Lives on the thread that created it.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    /// Opens (or starts) the INI file @p fileName.
    explicit Settings(const QString &fileName = consoleFileName(), QObject *parent = nullptr);
    ~Settings() override;

    /// Paths::configRoot() + "/console.ini".
    [[nodiscard]] static QString consoleFileName();
    /// Paths::configRoot() + "/service.ini".
    [[nodiscard]] static QString serviceFileName();

    [[nodiscard]] QString fileName() const;

    [[nodiscard]] Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// A language code ("de", "fr", "en"), or empty to follow the system locale.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    [[nodiscard]] Units units() const;
    void setUnits(Units units);

    [[nodiscard]] ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);

    /// Default polling interval for new devices, seconds (>= 5).
    [[nodiscard]] int pollingIntervalSeconds() const;
    void setPollingIntervalSeconds(int seconds);
    /// Default per-request polling timeout, milliseconds (100..60000).
    [[nodiscard]] int pollingTimeoutMs() const;
    void setPollingTimeoutMs(int ms);

    /// Whether the console shows a desktop notification for each new critical
    /// alarm (default on), and whether it also sounds (default off).
    [[nodiscard]] bool alarmNotifications() const;
    void setAlarmNotifications(bool enabled);
    [[nodiscard]] bool alarmSound() const;
    void setAlarmSound(bool enabled);

    /// Opaque blobs the window saves and restores.
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray deviceTableState() const;
    void setDeviceTableState(const QByteArray &state);

    /// Folder of the workspace opened last; empty: the demo workspace.
    [[nodiscard]] QString lastWorkspace() const;
    void setLastWorkspace(const QString &folder);

    /// Workspace folders opened lately, newest first (File › Recent Workspaces).
    [[nodiscard]] QStringList recentWorkspaces() const;
    /// Puts @p folder first, keeping at most MaxRecentWorkspaces.
    void addRecentWorkspace(const QString &folder);
    static constexpr int MaxRecentWorkspaces = 8;

    /// Writes pending changes to disk.
    void sync();

    [[nodiscard]] static QString appearanceKey(Appearance appearance);
    [[nodiscard]] static Appearance appearanceFromKey(const QString &key);

signals:
    void appearanceChanged(OpsDeck::Settings::Appearance appearance);
    void languageChanged(const QString &language);
    void unitsChanged(OpsDeck::Settings::Units units);
    void proxyChanged(const OpsDeck::Settings::ProxySettings &proxy);
    void pollingChanged();
    void alarmNotificationsChanged();

private:
    [[nodiscard]] QVariant value(const QString &key, const QVariant &defaultValue) const;
    bool store(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace OpsDeck::Settings
