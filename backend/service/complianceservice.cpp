// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/complianceservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

#include "backend/compliance/versionparser.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/metrics/collectionscheduler.h"
#include "backend/netbox/netboxclient.h"
#include "backend/netbox/renderconfigbatch.h"
#include "backend/service/compliancejson.h"
#include "backend/snmp/devicedata.h"

Q_LOGGING_CATEGORY(lcCompliance, "opsdeck.compliance")

namespace OpsDeck::Service {

namespace {

const QString kTopic = QStringLiteral("compliance");
const QString kSourceNetBox = QStringLiteral("NetBox render-config");

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

/// One evaluation: what it was asked for and what it gathered.
struct ComplianceService::Evaluation
{
    ComplianceConfig config;
    Workspace::WorkspaceConfig workspace;
    QSet<QString> only; ///< empty: every device
    QList<ComplianceDevice> devices;
    QHash<QString, QString> software; ///< device -> running version
};

ComplianceService::ComplianceService(Jobs::JobEngine *engine, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_server(server)
    , m_pool(new QThreadPool(this))
    , m_afterBackup(new QTimer(this))
{
    m_pool->setObjectName(QStringLiteral("compliance"));
    m_pool->setMaxThreadCount(1);
    m_afterBackup->setSingleShot(true);
    connect(m_afterBackup, &QTimer::timeout, this, [this] {
        const QStringList devices(m_afterBackupDevices.cbegin(), m_afterBackupDevices.cend());
        m_afterBackupDevices.clear();
        if (!devices.isEmpty())
            run(devices);
    });
    if (engine)
        connect(engine, &Jobs::JobEngine::jobFinished, this, &ComplianceService::handleJobFinished);
    if (server)
        registerMethods(server);
}

ComplianceService::~ComplianceService()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_batch)
        m_batch->cancel();
    m_pool->waitForDone();
}

Status ComplianceService::start(const ComplianceServiceSettings &settings)
{
    m_settings = settings;
    m_started = true;
    loadState();
    run();
    return {};
}

void ComplianceService::watch(Metrics::CollectionScheduler *scheduler)
{
    connect(scheduler, &Metrics::CollectionScheduler::snapshotCollected, this,
            [this](const QString &device, const Snmp::DeviceSnapshot &snapshot) {
                const QString name = m_deviceName ? m_deviceName(device) : device;
                recordSoftware(name.isEmpty() ? device : name, snapshot.system.descr, snapshot.softwareRevisions);
            });
}

void ComplianceService::recordSoftware(const QString &device, const QString &sysDescr,
                                       const QMap<int, QString> &revisions)
{
    const QString version = Compliance::VersionParser::running(sysDescr, revisions);
    if (version.isEmpty() && sysDescr.isEmpty())
        return;
    QJsonObject revs;
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        revs.insert(QString::number(it.key()), it.value());
    const QJsonObject before = m_software.value(device);
    const QJsonObject now{{QStringLiteral("sysDescr"), sysDescr},
                          {QStringLiteral("revisions"), revs},
                          {QStringLiteral("version"), version},
                          {QStringLiteral("at"), isoUtc(QDateTime::currentDateTimeUtc())}};
    m_software.insert(device, now);
    // A version seen for the first time, or a new one, changes the verdict.
    if (before.value(QStringLiteral("version")).toString() != version) {
        saveState();
        m_afterBackupDevices.insert(device);
        if (!m_afterBackup->isActive())
            m_afterBackup->start(m_settings.afterBackupDelayMs);
    }
}

Status ComplianceService::reload()
{
    if (!m_started)
        return {};
    auto config = m_settings.config();
    if (!config)
        return config.error();
    const ComplianceConfig read = ComplianceConfig::read(config->compliance);
    run();
    if (!read.problems.isEmpty())
        return Error(ErrorCode::InvalidInput, read.problems.join(QLatin1Char('\n')));
    return {};
}

void ComplianceService::run(const QStringList &devices)
{
    if (devices.isEmpty())
        m_pendingAll = true;
    for (const QString &d : devices)
        m_pending.insert(d);
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_started)
        begin();
}

void ComplianceService::begin()
{
    auto evaluation = std::make_shared<Evaluation>();
    if (!m_pendingAll)
        evaluation->only = m_pending;
    m_pending.clear();
    m_pendingAll = false;
    m_again = false;
    m_running = true;
    publish({{QStringLiteral("type"), QStringLiteral("progress")},
             {QStringLiteral("done"), 0},
             {QStringLiteral("total"), 0}});
    if (auto config = m_settings.config(); config) {
        evaluation->workspace = *config;
        evaluation->config = ComplianceConfig::read(config->compliance);
    } else {
        evaluation->config = ComplianceConfig::read({});
        evaluation->config.problems
            << QStringLiteral("the workspace configuration could not be read: %1").arg(config.error().detail);
    }
    for (auto it = m_software.cbegin(); it != m_software.cend(); ++it)
        evaluation->software.insert(it.key(), it.value().value(QStringLiteral("version")).toString());
    const QString storePath = m_settings.storePath;
    m_pool->start([this, evaluation, storePath] {
        auto devices = loadComplianceDevices(storePath);
        QMetaObject::invokeMethod(
            this, [this, evaluation, devices] { handleLoaded(evaluation, devices); }, Qt::QueuedConnection);
    });
}

void ComplianceService::handleLoaded(const std::shared_ptr<Evaluation> &evaluation,
                                     const Result<QList<ComplianceDevice>> &devices)
{
    if (!devices) {
        qCWarning(lcCompliance).noquote() << "devices not read:" << devices.error().toString();
        evaluation->config.problems << QStringLiteral("the devices could not be read: %1").arg(devices.error().detail);
        finish(evaluation, {});
        return;
    }
    for (const ComplianceDevice &d : *devices) {
        if (evaluation->only.isEmpty() || evaluation->only.contains(d.facts.name))
            evaluation->devices << d;
    }
    fetchIntended(evaluation);
}

void ComplianceService::fetchIntended(const std::shared_ptr<Evaluation> &evaluation)
{
    const Workspace::NetboxConfig &netbox = evaluation->workspace.connections.netbox;
    if (!evaluation->config.intendedFromNetBox || netbox.url.isEmpty() || !netbox.token.isSet()) {
        evaluate(evaluation);
        return;
    }
    auto token = m_settings.secrets ? m_settings.secrets(netbox.token.path)
                                    : Result<Vault::Secret>(Error(ErrorCode::NotFound, QStringLiteral("no vault")));
    if (!token) {
        const QString problem = QStringLiteral("No intended configuration: the NetBox token %1 cannot be read (%2).")
                                    .arg(netbox.token.path, token.error().detail.section(QLatin1Char('\n'), 0, 0));
        for (const ComplianceDevice &d : std::as_const(evaluation->devices))
            m_intendedProblem.insert(d.facts.name, problem);
        evaluate(evaluation);
        return;
    }
    if (m_netbox)
        m_netbox->deleteLater();
    m_netbox = new NetBox::NetBoxClient(NetBox::ClientSettings::fromConfig(netbox, *token), this);
    auto *batch = new NetBox::RenderConfigBatch(m_netbox, m_netbox);
    m_batch = batch;
    QList<NetBox::RenderConfigTarget> targets;
    for (const ComplianceDevice &d : std::as_const(evaluation->devices)) {
        // Drift compares with a backup: devices without one need no intended configuration yet.
        if (d.netboxId > 0 && d.hasBackup)
            targets << NetBox::RenderConfigTarget{d.facts.name, d.netboxId};
    }
    connect(batch, &NetBox::RenderConfigBatch::progress, this, [this](int done, int total) {
        publish({{QStringLiteral("type"), QStringLiteral("progress")},
                 {QStringLiteral("phase"), QStringLiteral("intended")},
                 {QStringLiteral("done"), done},
                 {QStringLiteral("total"), total}});
    });
    connect(batch, &NetBox::RenderConfigBatch::finished, this,
            [this, evaluation](const QList<NetBox::RenderConfigOutcome> &outcomes) {
                for (const NetBox::RenderConfigOutcome &o : outcomes) {
                    const QString &name = o.target.deviceName;
                    if (o.result) {
                        m_intended.insert(name, o.result->content);
                        m_intendedProblem.remove(name);
                    } else {
                        m_intended.remove(name);
                        m_intendedProblem.insert(name, intendedProblemText(o.result.error()));
                    }
                }
                m_intendedSource = kSourceNetBox;
                evaluate(evaluation);
            });
    batch->start(targets);
}

void ComplianceService::evaluate(const std::shared_ptr<Evaluation> &evaluation)
{
    std::vector<Compliance::DeviceInput> inputs;
    inputs.reserve(std::size_t(evaluation->devices.size()));
    for (const ComplianceDevice &d : std::as_const(evaluation->devices)) {
        Compliance::DeviceInput in;
        in.facts = d.facts;
        if (d.hasBackup)
            in.running = d.backup.content;
        if (const auto it = m_intended.constFind(d.facts.name); it != m_intended.cend())
            in.intended = *it;
        in.softwareVersion = evaluation->software.value(d.facts.name);
        inputs.push_back(std::move(in));
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const auto engine = evaluation->config.engine;
    const QHash<QString, QString> problems = m_intendedProblem;
    const QString source = m_intendedSource;
    m_pool->start([this, evaluation, inputs = std::move(inputs), cancel, engine, problems, source] {
        const int total = int(inputs.size());
        const auto progress = [this, total](int done, int) {
            if (done % 50 != 0 && done != total)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    publish({{QStringLiteral("type"), QStringLiteral("progress")},
                             {QStringLiteral("phase"), QStringLiteral("checks")},
                             {QStringLiteral("done"), done},
                             {QStringLiteral("total"), total}});
                },
                Qt::QueuedConnection);
        };
        const std::vector<Compliance::DeviceReport> reports = engine->run(inputs, progress, cancel.get());
        QJsonArray devices;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            const ComplianceDevice &d = evaluation->devices.at(qsizetype(i));
            devices.append(deviceReportJson(reports[i], engine->rules(), d.hasBackup ? d.backup.version : 0, source,
                                            problems.value(d.facts.name)));
        }
        QMetaObject::invokeMethod(
            this, [this, evaluation, devices] { finish(evaluation, devices); }, Qt::QueuedConnection);
    });
}

void ComplianceService::finish(const std::shared_ptr<Evaluation> &evaluation, const QJsonArray &devices)
{
    if (evaluation->only.isEmpty())
        m_devices.clear();
    int noncompliant = 0;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        m_devices.insert(d.value(QStringLiteral("device")).toString(), d);
    }
    for (const QJsonObject &d : std::as_const(m_devices))
        noncompliant += d.value(QStringLiteral("state")).toString() == u"non-compliant" ? 1 : 0;
    m_problems = evaluation->config.problems;
    m_config = evaluation->config.engine;
    m_evaluatedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    saveState();
    qCInfo(lcCompliance, "compliance: %lld devices evaluated, %d not compliant", qlonglong(devices.size()),
           noncompliant);
    publish({{QStringLiteral("type"), QStringLiteral("finished")},
             {QStringLiteral("devices"), int(devices.size())},
             {QStringLiteral("noncompliant"), noncompliant}});
    emit evaluationFinished();
    if (m_again || m_pendingAll || !m_pending.isEmpty())
        begin();
}

void ComplianceService::handleJobFinished(const Jobs::Job &job)
{
    if (job.kind == Jobs::Kind::sshPush()) {
        // A configuration was changed: back it up, so the check after sees
        // what the device runs now (its backup's end evaluates it again).
        if (job.state == Jobs::JobState::Succeeded && !job.parameters.value(QStringLiteral("dryRun")).toBool())
            backUpAfterPush(job);
        return;
    }
    if (job.kind != Jobs::Kind::sshBackup())
        return;
    for (const QJsonValue &t : job.targets)
        m_afterBackupDevices.insert(t.toObject().value(QStringLiteral("device")).toString());
    m_afterBackupDevices.remove(QString());
    if (!m_afterBackupDevices.isEmpty() && !m_afterBackup->isActive())
        m_afterBackup->start(m_settings.afterBackupDelayMs);
}

void ComplianceService::backUpAfterPush(const Jobs::Job &push)
{
    Jobs::JobRequest request;
    request.kind = Jobs::Kind::sshBackup();
    request.targets = push.targets;
    request.intent = QStringLiteral("backup after configuration push %1").arg(push.id);
    request.idempotencyKey = QStringLiteral("after-push/%1").arg(push.id);
    request.requester = QStringLiteral("compliance");
    request.priority = Jobs::JobPriority::Background;
    if (auto submitted = m_engine->submit(request); !submitted)
        qCWarning(lcCompliance).noquote() << "no backup after push" << push.id << submitted.error().toString();
}

QJsonObject ComplianceService::reportJson(const QString &site) const
{
    QStringList names = m_devices.keys();
    names.sort();
    QJsonArray devices;
    for (const QString &name : std::as_const(names)) {
        const QJsonObject d = m_devices.value(name);
        if (site.isEmpty() || d.value(QStringLiteral("site")).toString() == site)
            devices.append(d);
    }
    return {{QStringLiteral("evaluatedAt"), isoUtc(m_evaluatedAt)},
            {QStringLiteral("running"), m_running},
            {QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)},
            {QStringLiteral("devices"), devices}};
}

Result<QJsonObject> ComplianceService::drift(const QString &device) const
{
    if (!m_devices.contains(device))
        return Error(ErrorCode::NotFound,
                     QStringLiteral("no compliance result for %1 (see compliance.report)").arg(device));
    auto latest =
        m_engine ? m_engine->store().backups(device) : Result<QList<Jobs::ConfigBackup>>(QList<Jobs::ConfigBackup>{});
    QJsonObject out{{QStringLiteral("device"), device}, {QStringLiteral("source"), m_intendedSource}};
    if (!latest || latest->isEmpty()) {
        out.insert(QStringLiteral("problem"), QStringLiteral("There is no backup of %1 yet to compare.").arg(device));
        return out;
    }
    const Jobs::ConfigBackup &backup = latest->constLast();
    const auto intended = m_intended.constFind(device);
    if (intended == m_intended.cend()) {
        const QString problem = m_intendedProblem.value(device);
        out.insert(QStringLiteral("problem"),
                   !problem.isEmpty() ? problem
                                      : QStringLiteral("No intended configuration is kept for %1: the workspace takes "
                                                       "none from NetBox (compliance.intended).")
                                            .arg(device));
        return out;
    }
    const auto engine = m_config ? m_config : ComplianceConfig::read({}).engine;
    out.insert(QStringLiteral("intended"), withoutVolatile(engine->volatileRules(), *intended));
    out.insert(QStringLiteral("running"), withoutVolatile(engine->volatileRules(), backup.content));
    out.insert(QStringLiteral("backupVersion"), backup.version);
    out.insert(QStringLiteral("remediation"), QJsonArray::fromStringList(Compliance::Drift::remediationLines(
                                                  *intended, backup.content, engine->volatileRules())));
    return out;
}

void ComplianceService::publish(const QJsonObject &event)
{
    if (m_server)
        m_server->publish(kTopic, event);
}

} // namespace OpsDeck::Service
