// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "app/service/backgroundparts.h"

#include <cstdio>

#include <QDir>
#include <QJsonObject>

#include "backend/ipc/ipcserver.h"
#include "backend/service/backupscheduler.h"
#include "backend/service/complianceservice.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Service {

namespace {

void warn(const QString &what)
{
    std::fprintf(stderr, "opsdeckd: %s\n", qPrintable(what));
    std::fflush(stderr);
}

Result<Workspace::WorkspaceConfig> configOf(const QString &folder)
{
    auto ws = Workspace::Workspace::open(folder);
    if (!ws)
        return ws.error();
    return ws->config();
}

} // namespace

BackgroundParts::BackgroundParts(const Settings &settings, Metrics::MetricStore *metrics, Ipc::IpcServer *server,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_collection(metrics, server)
    , m_traps(server)
    , m_sync(server)
    , m_alarms(metrics, server)
    , m_analysis(metrics, server)
{
    m_alarms.watch(m_collection.scheduler());
    m_alarms.watch(&m_traps);
    // Every analysed sample is scored as it is stored; the scores feed the
    // alarm engine's anomaly rules with their explanation.
    m_analysis.watch(m_collection.scheduler());
    m_analysis.setDeviceNames([this](const QString &device) { return m_alarms.deviceName(device); });
    m_analysis.setAnomalySink(
        [this](const Domain::SeriesKey &key, qint64 timeMs, double score, const QString &explanation) {
            m_alarms.reportAnomaly(key, timeMs, score, explanation);
        });
    m_collectionSettings.storePath = settings.storePath;
    m_collectionSettings.secrets = settings.secrets;
    m_collectionSettings.icmp = settings.icmp;
    server->registerMethod(QStringLiteral("workspace.reload"),
                           [this](const QJsonObject &, const QString &) { return reload(); });
    connect(&m_sync, &SyncService::syncFinished, this, [this](const QString &source, bool ok) {
        if (source == u"mcp" && ok && m_alarms.isRunning()) {
            if (auto st = m_alarms.applyMcpAlarms(); !st)
                warn(QStringLiteral("MCP alarms not evaluated: %1").arg(st.error().toString()));
        }
        if (source != u"netbox" || !ok)
            return;
        if (auto st = m_collection.reloadDevices(); !st)
            warn(QStringLiteral("collection targets not reloaded: %1").arg(st.error().toString()));
        m_traps.setDevices(m_collection.devicesByAddress());
        if (m_alarms.isRunning()) {
            if (auto st = m_alarms.reloadInventory(); !st)
                warn(QStringLiteral("alarm inventory not reloaded: %1").arg(st.error().toString()));
        }
    });
}

void BackgroundParts::start()
{
    auto config = configOf(m_settings.folder);
    if (!config) {
        warn(config.error().toString());
        return;
    }
    m_collectionSettings.polling = config->polling;
    m_collectionSettings.collection = config->service.collection;
    m_collectionSettings.profiles = config->credentialProfiles;
    m_trapsConfig = config->service.traps;
    startAlarms(*config);
    startCollection();
    startTraps();
    SyncServiceSettings sync;
    sync.storePath = m_settings.storePath;
    sync.metricsPath = m_settings.metricsPath;
    sync.config = [folder = m_settings.folder] { return configOf(folder); };
    sync.secrets = m_settings.secrets;
    if (auto st = m_sync.start(sync); !st)
        warn(QStringLiteral("scheduled sync not running: %1").arg(st.error().toString()));
}

void BackgroundParts::startCollection()
{
    const Status st = m_collection.start(m_collectionSettings);
    m_collecting = st.ok();
    if (!st)
        warn(QStringLiteral("collection not running: %1").arg(st.error().toString()));
    m_traps.setDevices(m_collection.devicesByAddress());
}

void BackgroundParts::startAlarms(const Workspace::WorkspaceConfig &config)
{
    AlarmServiceSettings settings;
    settings.storePath = m_settings.storePath;
    settings.file = QDir(m_settings.folder).filePath(QStringLiteral("workspace.json"));
    settings.alarms = config.alarms;
    settings.notifications = config.notifications;
    settings.secrets = m_settings.secrets;
    if (auto st = m_alarms.start(settings); !st)
        warn(QStringLiteral("alarm engine not running: %1").arg(st.error().toString()));
}

void BackgroundParts::startTraps()
{
    const Status st = m_traps.start({m_settings.storePath, m_trapsConfig, m_settings.secrets});
    m_receiving = st.ok();
    if (!st)
        warn(QStringLiteral("trap receiver not running: %1").arg(st.error().toString()));
}

void BackgroundParts::startMissing()
{
    if (!m_collecting)
        startCollection();
    else if (auto st = m_collection.reloadDevices(); !st)
        warn(QStringLiteral("collection targets not reloaded: %1").arg(st.error().toString()));
    if (!m_receiving)
        startTraps();
}

Result<QJsonValue> BackgroundParts::reload()
{
    auto fresh = configOf(m_settings.folder);
    if (!fresh)
        return fresh.error();
    m_collectionSettings.polling = fresh->polling;
    m_collectionSettings.collection = fresh->service.collection;
    m_collectionSettings.profiles = fresh->credentialProfiles;
    startCollection();
    m_sync.reloadSchedule();
    QJsonObject answer{{QStringLiteral("collecting"), m_collecting}};
    if (m_alarms.isRunning()) {
        const Status st = m_alarms.reconfigure(fresh->alarms, fresh->notifications);
        answer.insert(QStringLiteral("alarms"), st ? QStringLiteral("ok") : st.error().detail);
    }
    if (m_backups) {
        const Status st = m_backups->reload();
        answer.insert(QStringLiteral("backups"), st ? QStringLiteral("ok") : st.error().detail);
    }
    if (m_compliance) {
        const Status st = m_compliance->reload();
        answer.insert(QStringLiteral("compliance"), st ? QStringLiteral("ok") : st.error().detail);
    }
    return QJsonValue(answer);
}

void BackgroundParts::setComplianceService(ComplianceService *compliance)
{
    m_compliance = compliance;
    compliance->watch(m_collection.scheduler());
    compliance->setDeviceNames([this](const QString &device) { return m_alarms.deviceName(device); });
}

} // namespace OpsDeck::Service
