// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/jobservice.h"

#include <QJsonArray>

#include "backend/ipc/ipcserver.h"
#include "backend/jobs/configsearch.h"
#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobstore.h"
#include "backend/ssh/configdiff.h"

namespace OpsDeck::Service {

using namespace OpsDeck::Jobs;

JobService::JobService(JobEngine *engine, Ipc::IpcServer *server, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_server(server)
{
    server->registerMethod(QStringLiteral("job.submit"),
                           [this](const QJsonObject &params, const QString &peer) -> Result<QJsonValue> {
                               JobRequest request = JobRequest::fromJson(params);
                               if (request.requester.isEmpty())
                                   request.requester = peer;
                               if (params.contains(QStringLiteral("priority")) && !request.priority)
                                   return Error(ErrorCode::InvalidInput, QStringLiteral("unknown priority"));
                               auto r = m_engine->submit(request);
                               if (!r)
                                   return r.error();
                               return QJsonValue(QJsonObject{{QStringLiteral("job"), r->job.toJson()},
                                                             {QStringLiteral("duplicate"), r->duplicate}});
                           });
    server->registerMethod(
        QStringLiteral("job.list"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            QList<JobState> states;
            const QJsonArray names = params.value(QStringLiteral("states")).toArray();
            for (const QJsonValue &n : names) {
                auto s = jobStateFromString(n.toString());
                if (!s)
                    return Error(ErrorCode::InvalidInput, QStringLiteral("unknown state %1").arg(n.toString()));
                states << *s;
            }
            auto list =
                m_engine->jobs(states, std::clamp(params.value(QStringLiteral("limit")).toInt(1000), 1, 100000));
            if (!list)
                return list.error();
            QJsonArray out;
            for (const Job &j : std::as_const(*list))
                out.append(j.toJson(false));
            return QJsonValue(out);
        });
    server->registerMethod(QStringLiteral("job.get"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               const QString id = params.value(QStringLiteral("id")).toString();
                               auto j = m_engine->job(id);
                               if (!j)
                                   return j.error();
                               QJsonObject o = j->toJson(true);
                               auto audit = m_engine->store().auditEntries(id);
                               if (audit) {
                                   QJsonArray entries;
                                   for (const AuditEntry &e : std::as_const(*audit))
                                       entries.append(e.toJson());
                                   o.insert(QStringLiteral("audit"), entries);
                               }
                               return QJsonValue(o);
                           });
    server->registerMethod(QStringLiteral("job.approve"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               auto j = m_engine->approve(params.value(QStringLiteral("id")).toString(),
                                                          params.value(QStringLiteral("approver")).toString());
                               if (!j)
                                   return j.error();
                               return QJsonValue(j->toJson(false));
                           });
    server->registerMethod(
        QStringLiteral("job.cancel"), [this](const QJsonObject &params, const QString &peer) -> Result<QJsonValue> {
            const QString actor = params.value(QStringLiteral("actor")).toString(peer);
            auto j = m_engine->cancel(params.value(QStringLiteral("id")).toString(), actor.isEmpty() ? peer : actor);
            if (!j)
                return j.error();
            return QJsonValue(j->toJson(false));
        });
    server->registerMethod(QStringLiteral("audit.verify"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               auto v = m_engine->verifyAudit();
                               if (!v)
                                   return v.error();
                               return QJsonValue(v->toJson());
                           });
    server->registerMethod(QStringLiteral("backup.list"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               auto list = m_engine->store().backups(params.value(QStringLiteral("device")).toString());
                               if (!list)
                                   return list.error();
                               QJsonArray out;
                               for (const ConfigBackup &b : std::as_const(*list))
                                   out.append(b.toJson(true));
                               return QJsonValue(out);
                           });
    registerBackupMethods(server);
    server->registerMethod(QStringLiteral("service.status"),
                           [this](const QJsonObject &, const QString &) -> Result<QJsonValue> {
                               return QJsonValue(QJsonObject{{QStringLiteral("running"), m_engine->runningCount()},
                                                             {QStringLiteral("clients"), m_server->clientCount()}});
                           });

    connect(engine, &JobEngine::jobChanged, this, [this](const Job &job) {
        m_server->publish(QStringLiteral("jobs"), {{QStringLiteral("type"), QStringLiteral("changed")},
                                                   {QStringLiteral("job"), job.toJson(false)}});
    });
    connect(engine, &JobEngine::jobProgress, this, [this](const QString &id, int percent) {
        m_server->publish(QStringLiteral("jobs"), {{QStringLiteral("type"), QStringLiteral("progress")},
                                                   {QStringLiteral("jobId"), id},
                                                   {QStringLiteral("percent"), percent}});
    });
    connect(engine, &JobEngine::stepChanged, this, [this](const QString &id, const JobStep &step) {
        m_server->publish(QStringLiteral("jobs"), {{QStringLiteral("type"), QStringLiteral("step")},
                                                   {QStringLiteral("jobId"), id},
                                                   {QStringLiteral("step"), step.toJson()}});
    });
}

Result<ConfigBackup> JobService::backup(const QString &device, int version)
{
    if (version <= 0) {
        auto latest = m_engine->store().latestBackup(device);
        if (!latest)
            return latest.error();
        if (!latest->has_value())
            return Error(ErrorCode::NotFound, QStringLiteral("no backup of %1").arg(device));
        return **latest;
    }
    auto list = m_engine->store().backups(device);
    if (!list)
        return list.error();
    for (const ConfigBackup &b : std::as_const(*list)) {
        if (b.version == version)
            return b;
    }
    return Error(ErrorCode::NotFound, QStringLiteral("no version %1 of %2").arg(version).arg(device));
}

void JobService::registerBackupMethods(Ipc::IpcServer *server)
{
    server->registerMethod(
        QStringLiteral("backup.search"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const int limit = params.value(QStringLiteral("limit")).toInt(1000);
            if (limit < 1 || limit > 100000)
                return Error(ErrorCode::InvalidInput, QStringLiteral("\"limit\" takes 1 to 100000"));
            auto latest = m_engine->store().latestBackups();
            if (!latest)
                return latest.error();
            auto found = Jobs::searchConfigurations(*latest, params.value(QStringLiteral("pattern")).toString(),
                                                    params.value(QStringLiteral("regex")).toBool(),
                                                    params.value(QStringLiteral("caseSensitive")).toBool(), limit);
            if (!found)
                return found.error();
            return QJsonValue(found->toJson());
        });
    server->registerMethod(QStringLiteral("backup.get"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               auto b = backup(params.value(QStringLiteral("device")).toString(),
                                               params.value(QStringLiteral("version")).toInt());
                               if (!b)
                                   return b.error();
                               return QJsonValue(b->toJson(true));
                           });
    server->registerMethod(
        QStringLiteral("backup.diff"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QString device = params.value(QStringLiteral("device")).toString();
            const int fromVersion = params.value(QStringLiteral("from")).toInt();
            const int toVersion = params.value(QStringLiteral("to")).toInt();
            if (fromVersion <= 0 || toVersion <= 0)
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("backup.diff needs the versions \"from\" and \"to\""));
            auto from = backup(device, fromVersion);
            if (!from)
                return from.error();
            auto to = backup(device, toVersion);
            if (!to)
                return to.error();
            const QString diff = Ssh::ConfigDiff::unified(from->content, to->content,
                                                          QStringLiteral("%1 v%2").arg(device).arg(fromVersion),
                                                          QStringLiteral("%1 v%2").arg(device).arg(toVersion));
            return QJsonValue(QJsonObject{{QStringLiteral("device"), device},
                                          {QStringLiteral("from"), fromVersion},
                                          {QStringLiteral("to"), toVersion},
                                          {QStringLiteral("diff"), diff}});
        });
}

} // namespace OpsDeck::Service
