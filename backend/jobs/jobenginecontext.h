// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

// The JobEngine's state of one running job and the JobRunContext its
// executor works through; private to the engine (jobengine.cpp).

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>

#include "backend/jobs/jobengine.h"
#include "backend/jobs/jobexecutor.h"
#include "backend/jobs/jobstore.h"

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace OpsDeck::Jobs {

/// The job store connection of the calling worker thread for @p path,
/// opened on first use and closed when the thread ends.
[[nodiscard]] Result<JobStore *> threadStore(const QString &path);

struct JobEngine::Running
{
    Job job;
    std::atomic_bool cancel{false};
};

/// The JobRunContext of one running job. Thread-safe.
class JobEngine::Context final : public JobRunContext
{
public:
    Context(JobEngine *engine, std::shared_ptr<Running> running, QString storePath,
            QHash<QString, Ssh::SshCredentials> credentials, JobEngineOptions options,
            std::map<QString, std::shared_ptr<JobExecutor>> executors)
        : m_engine(engine)
        , m_running(std::move(running))
        , m_storePath(std::move(storePath))
        , m_credentials(std::move(credentials))
        , m_options(std::move(options))
        , m_executors(std::move(executors))
    {}

    bool isCancelled() const override { return m_running->cancel.load(); }
    const std::atomic_bool *cancelFlag() const override { return &m_running->cancel; }

    int beginStep(const QString &name, bool undoable) override
    {
        JobStep step;
        {
            std::lock_guard lock(m_mutex);
            step.number = ++m_lastStep;
            step.name = name;
            step.undoable = undoable;
            step.state = StepState::Running;
            step.startedAt = QDateTime::currentDateTimeUtc();
            m_steps.insert(step.number, step);
        }
        publish(step);
        return step.number;
    }

    void finishStep(int number, StepState state, const QString &output, const QString &diff,
                    const QString &error) override
    {
        JobStep step;
        {
            std::lock_guard lock(m_mutex);
            step = m_steps.value(number);
            step.state = state;
            step.output = output;
            step.diff = diff;
            step.error = error;
            step.finishedAt = QDateTime::currentDateTimeUtc();
            m_steps.insert(number, step);
        }
        publish(step);
    }

    void setProgress(int percent) override
    {
        const QString id = m_running->job.id;
        if (auto s = store(); s) {
            if (auto st = (*s)->setProgress(id, percent); !st)
                qCWarning(lcJobs) << "cannot record progress:" << st.error().toString();
        }
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, id, percent] { emit engine->jobProgress(id, percent); },
            Qt::QueuedConnection);
    }

    Result<JobStore *> store() override { return threadStore(m_storePath); }

    Result<Ssh::SshTarget> sshTarget(const QJsonObject &json) override
    {
        Ssh::SshTarget t;
        t.device = json.value(QStringLiteral("device")).toString();
        t.host = json.value(QStringLiteral("host")).toString();
        t.port = json.value(QStringLiteral("port")).toInt(22);
        t.user = json.value(QStringLiteral("user")).toString();
        t.knownHostsFile = json.value(QStringLiteral("knownHosts")).toString(m_options.knownHostsFile);
        t.hostKeyPolicy = m_options.trustOnFirstUse ? Ssh::HostKeyPolicy::TrustOnFirstUse : Ssh::HostKeyPolicy::Strict;
        t.connectTimeoutMs = m_options.sshConnectTimeoutMs;
        t.commandTimeoutMs = m_options.sshCommandTimeoutMs;
        const QString ref = json.value(QStringLiteral("credential")).toString();
        const QString keyFile = json.value(QStringLiteral("keyFile")).toString();
        if (!ref.isEmpty()) {
            t.credentials = m_credentials.value(ref);
        } else if (!keyFile.isEmpty()) {
            // A key file on this machine (not a vault entry): read it here.
            QFile f(keyFile);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::Io, QStringLiteral("cannot read the key file %1").arg(keyFile));
            t.credentials.privateKey = Vault::Secret::fromBytes(f.readAll());
        }
        if (t.credentials.isEmpty())
            return Error(ErrorCode::Auth, QStringLiteral("no credentials for %1: set the target's \"credential\" to a "
                                                         "vault entry")
                                              .arg(t.device));
        return t;
    }

    JobExecutor *executor(const QString &kind) override
    {
        auto it = m_executors.find(kind);
        return it == m_executors.end() ? nullptr : it->second.get();
    }

private:
    void publish(const JobStep &step)
    {
        const QString id = m_running->job.id;
        if (auto s = store(); s) {
            if (auto st = (*s)->saveStep(id, step); !st)
                qCWarning(lcJobs) << "cannot record a step:" << st.error().toString();
        }
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, id, step] { engine->handleStep(id, step); }, Qt::QueuedConnection);
    }

    JobEngine *m_engine;
    std::shared_ptr<Running> m_running;
    QString m_storePath;
    QHash<QString, Ssh::SshCredentials> m_credentials;
    JobEngineOptions m_options;
    std::map<QString, std::shared_ptr<JobExecutor>> m_executors;
    std::mutex m_mutex;
    int m_lastStep = 0;
    QHash<int, JobStep> m_steps;
};

} // namespace OpsDeck::Jobs
