// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/backups/schedulesession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/serviceerrortext.h"
#include "models/session/workspace/workspacesection.h"

namespace OpsDeck::Models {

namespace {

const QString kSection = QStringLiteral("backups");
const QString kFile = QStringLiteral("workspace.json");

QDateTime utc(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// "backups.schedules[2].at" -> the name of schedule 2 and "at".
QString describeIssue(const Workspace::ConfigIssue &issue, const Workspace::BackupsConfig &schedules)
{
    static const QRegularExpression pattern(QStringLiteral("\\.schedules\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch m = pattern.match(issue.keyPath);
    QString name;
    QString key = issue.keyPath;
    if (m.hasMatch()) {
        const int index = m.captured(1).toInt();
        if (index >= 0 && index < schedules.schedules.size())
            name = schedules.schedules.at(index).name;
        key = m.captured(2);
    }
    QString sentence;
    if (key.isEmpty())
        sentence = ScheduleSession::tr("needs %1").arg(issue.expected);
    else if (issue.value == u"(none)")
        sentence = ScheduleSession::tr("“%1” needs %2").arg(key, issue.expected);
    else
        sentence = ScheduleSession::tr("“%1” cannot be %2: expected %3").arg(key, issue.value, issue.expected);
    return name.isEmpty() ? ScheduleSession::tr("Schedules: %1.").arg(sentence)
                          : ScheduleSession::tr("Schedule “%1”: %2.").arg(name, sentence);
}

} // namespace

ScheduleRun ScheduleRun::fromJson(const QJsonObject &json)
{
    ScheduleRun r;
    r.schedule = json.value(QStringLiteral("schedule")).toString();
    r.slot = json.value(QStringLiteral("slot")).toString();
    r.manual = json.value(QStringLiteral("manual")).toBool();
    r.running = json.value(QStringLiteral("running")).toBool();
    r.startedAt = utc(json.value(QStringLiteral("startedAt")));
    r.finishedAt = utc(json.value(QStringLiteral("finishedAt")));
    r.devices = json.value(QStringLiteral("devices")).toInt();
    r.succeeded = json.value(QStringLiteral("succeeded")).toInt();
    r.unchanged = json.value(QStringLiteral("unchanged")).toInt();
    r.failed = json.value(QStringLiteral("failed")).toInt();
    r.retries = json.value(QStringLiteral("retries")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("failures")).toArray()) {
        const QJsonObject f = v.toObject();
        r.failures << QStringLiteral("%1: %2").arg(f.value(QStringLiteral("device")).toString(),
                                                   f.value(QStringLiteral("reason")).toString());
    }
    return r;
}

ScheduleState ScheduleState::fromJson(const QJsonObject &json)
{
    ScheduleState s;
    s.name = json.value(QStringLiteral("name")).toString();
    s.nextDue = utc(json.value(QStringLiteral("nextDue")));
    s.running = json.value(QStringLiteral("running")).toBool();
    const QJsonValue last = json.value(QStringLiteral("lastRun"));
    s.hasLastRun = last.isObject();
    if (s.hasLastRun)
        s.lastRun = ScheduleRun::fromJson(last.toObject());
    return s;
}

ScheduleSession::ScheduleSession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<OpsDeck::Models::ScheduleRun>();
    qRegisterMetaType<OpsDeck::Models::ScheduleState>();
    m_files.setObjectName(QStringLiteral("opsdeck-schedule-files"));
    m_files.setMaxThreadCount(1);
    if (connection)
        connect(connection, &JobServiceConnection::stateChanged, this, [this](JobServiceConnection::State state) {
            emit connectedChanged(state == JobServiceConnection::State::Connected);
        });
}

ScheduleSession::~ScheduleSession()
{
    m_files.waitForDone();
}

bool ScheduleSession::isConnected() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

void ScheduleSession::load(const QString &folder)
{
    WorkspaceSection::load(
        m_files, this, folder, [this](const Workspace::WorkspaceConfig &config) { emit loaded(config.backups); },
        [this](const Error &error) { emit loadFailed(error); });
}

void ScheduleSession::save(const QString &folder, const Workspace::BackupsConfig &base,
                           const Workspace::BackupsConfig &schedules)
{
    if (const QStringList found = problems(schedules); !found.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, text = found.constFirst()] { emit saveFailed(Error(ErrorCode::InvalidInput, text)); },
            Qt::QueuedConnection);
        return;
    }
    WorkspaceSection::SaveRequest request;
    request.folder = folder;
    request.what = QStringLiteral("backup schedules");
    request.unchanged = [base](const Workspace::WorkspaceConfig &config) { return config.backups == base; };
    request.change = [schedules](Workspace::WorkspaceConfig &config) { config.backups = schedules; };
    request.part = kSection;
    request.partName = tr("backup scheduler");
    WorkspaceSection::save(
        m_files, this, m_connection, request,
        [this](const WorkspaceSection::ReloadOutcome &outcome) { emit saved(outcome.applied, outcome.reason); },
        [this](const Error &error) { emit saveFailed(error); });
}

template<typename Handler> void ScheduleSession::call(const QString &method, const QJsonObject &params, Handler handler)
{
    if (!isConnected()) {
        QMetaObject::invokeMethod(
            this,
            [this, method] {
                emit serviceFailed(method, Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection->client()->call(method, params, this, [this, method, handler](Result<QJsonValue> r) {
        if (!r) {
            emit serviceFailed(method, r.error());
            return;
        }
        handler(*r);
    });
}

void ScheduleSession::requestStates()
{
    call(QStringLiteral("schedule.list"), {}, [this](const QJsonValue &answer) {
        QList<ScheduleState> states;
        for (const QJsonValue &v : answer.toArray())
            states << ScheduleState::fromJson(v.toObject());
        emit statesLoaded(states);
    });
}

void ScheduleSession::runNow(const QString &name)
{
    call(QStringLiteral("schedule.run"), {{QStringLiteral("name"), name}}, [this, name](const QJsonValue &answer) {
        emit runStarted(name, answer.toObject().value(QStringLiteral("slot")).toString());
    });
}

void ScheduleSession::requestRuns(const QString &name)
{
    call(QStringLiteral("schedule.runs"), {{QStringLiteral("name"), name}}, [this, name](const QJsonValue &answer) {
        QList<ScheduleRun> runs;
        for (const QJsonValue &v : answer.toArray())
            runs << ScheduleRun::fromJson(v.toObject());
        emit runsLoaded(name, runs);
    });
}

QStringList ScheduleSession::problems(const Workspace::BackupsConfig &schedules)
{
    Workspace::BackupsConfig check;
    QList<Workspace::ConfigIssue> issues;
    check.readJson(schedules.toJson(), kSection, kFile, issues);
    if (issues.isEmpty())
        issues = check.crossCheck(kSection, kFile);
    QStringList out;
    for (const Workspace::ConfigIssue &issue : std::as_const(issues)) {
        const QString sentence = describeIssue(issue, schedules);
        if (!out.contains(sentence))
            out << sentence;
    }
    return out;
}

QString ScheduleSession::errorText(const QString &what, const Error &error)
{
    return serviceErrorText(what, error, tr("the service has no such schedule"),
                            tr("the service runs no backup schedules"));
}

} // namespace OpsDeck::Models
