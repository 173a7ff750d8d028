// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/jobs/jobtablemodel.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobjson.h"

Q_LOGGING_CATEGORY(lcJobModel, "opsdeck.jobs.model")

namespace OpsDeck::Models {

namespace {

constexpr int kFlushIntervalMs = 200;

QString shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_user(systemUserName())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobTableModel::flush);
}

JobTableModel::~JobTableModel() = default;

QString JobTableModel::systemUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

void JobTableModel::setClient(Ipc::IpcClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (!client)
        return;
    connect(client, &Ipc::IpcClient::connected, this, &JobTableModel::handleConnected);
    connect(client, &Ipc::IpcClient::jobChanged, this, &JobTableModel::handleJobChanged);
    connect(client, &Ipc::IpcClient::jobProgress, this, &JobTableModel::handleProgress);
    connect(client, &Ipc::IpcClient::jobStep, this,
            [this](const QString &jobId, const QJsonObject &) { emit jobStepChanged(jobId); });
    if (client->isConnected())
        handleConnected();
}

void JobTableModel::setUserName(const QString &user)
{
    if (m_user == user)
        return;
    m_user = user;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {MineRole});
}

void JobTableModel::handleConnected()
{
    // Subscribe first: the server answers in order, so the list reply is at
    // least as new as any event that arrives before it.
    m_client->subscribe({QStringLiteral("jobs")});
    reload();
}

void JobTableModel::reload()
{
    if (!m_client)
        return;
    m_client->listJobs({}, this, [this](Result<QJsonValue> r) {
        if (!r) {
            qCWarning(lcJobModel) << "job list failed:" << r.error().toString();
            emit actionFailed({}, JobAction::List, r.error());
            return;
        }
        handleListed(*r);
    });
}

void JobTableModel::handleListed(const QJsonValue &list)
{
    const QJsonArray array = list.toArray();
    beginResetModel();
    m_jobs.clear();
    m_rows.clear();
    m_dirty.clear();
    m_jobs.reserve(array.size());
    for (const QJsonValue &v : array) {
        Jobs::Job j = jobFromJson(v.toObject());
        if (j.id.isEmpty() || m_rows.contains(j.id))
            continue;
        m_rows.insert(j.id, int(m_jobs.size()));
        m_jobs.append(std::move(j));
    }
    endResetModel();
    m_loaded = true;
    emit loaded();
}

void JobTableModel::handleJobChanged(const QJsonObject &json)
{
    Jobs::Job job = jobFromJson(json);
    if (job.id.isEmpty())
        return;
    const int row = rowOf(job.id);
    const bool known = row >= 0;
    const Jobs::JobState previous = known ? m_jobs.at(row).state : Jobs::JobState::Submitted;
    upsert(job);
    if (!known || previous != job.state) {
        emit jobStateChanged(job.id, job.state);
        if (Jobs::isTerminal(job.state) && (!known || !Jobs::isTerminal(previous)) && !m_user.isEmpty() &&
            job.requester == m_user)
            emit ownJobFinished(job);
    }
}

void JobTableModel::handleProgress(const QString &jobId, int percent)
{
    const int row = rowOf(jobId);
    if (row < 0 || m_jobs.at(row).progress == percent)
        return;
    m_jobs[row].progress = percent;
    markDirty(jobId);
}

void JobTableModel::upsert(const Jobs::Job &job)
{
    const int row = rowOf(job.id);
    if (row >= 0) {
        Jobs::Job &stored = m_jobs[row];
        QList<Jobs::JobStep> steps = stored.steps;
        stored = job;
        if (stored.steps.isEmpty())
            stored.steps = steps;
        markDirty(job.id);
        return;
    }
    const int at = int(m_jobs.size());
    beginInsertRows({}, at, at);
    m_rows.insert(job.id, at);
    m_jobs.append(job);
    endInsertRows();
}

void JobTableModel::markDirty(const QString &jobId)
{
    m_dirty.insert(jobId);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobTableModel::flush()
{
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    int first = int(m_jobs.size());
    int last = -1;
    for (const QString &id : std::as_const(m_dirty)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobTableModel::approve(const QString &jobId)
{
    act(JobAction::Approve, jobId);
}

void JobTableModel::cancel(const QString &jobId)
{
    act(JobAction::Cancel, jobId);
}

void JobTableModel::submit(const Jobs::JobRequest &request)
{
    const QString key = request.idempotencyKey;
    if (!m_client) {
        emit submitFailed(key, Error(ErrorCode::Network, QStringLiteral("not connected to the service")));
        return;
    }
    m_client->submitJob(request, this, [this, key](Result<QJsonValue> r) {
        if (!r) {
            qCWarning(lcJobModel) << "submission refused:" << r.error().toString();
            emit submitFailed(key, r.error());
            return;
        }
        const QJsonObject answer = r->toObject();
        const QJsonObject json = answer.value(QStringLiteral("job")).toObject();
        handleJobChanged(json);
        emit submitted(key, jobFromJson(json), answer.value(QStringLiteral("duplicate")).toBool());
    });
}

void JobTableModel::act(JobAction action, const QString &jobId)
{
    if (!m_client) {
        emit actionFailed(jobId, action, Error(ErrorCode::Network, QStringLiteral("not connected to the service")));
        return;
    }
    auto done = [this, action, jobId](Result<QJsonValue> r) {
        if (!r) {
            qCWarning(lcJobModel) << "job" << jobId << "action failed:" << r.error().toString();
            emit actionFailed(jobId, action, r.error());
            return;
        }
        handleJobChanged(r->toObject());
        emit actionSucceeded(jobId, action);
    };
    if (action == JobAction::Approve)
        m_client->approveJob(jobId, m_user, this, done);
    else
        m_client->cancelJob(jobId, m_user, this, done);
}

void JobTableModel::requestDetails(const QString &jobId)
{
    if (!m_client) {
        emit actionFailed(jobId, JobAction::Details,
                          Error(ErrorCode::Network, QStringLiteral("not connected to the service")));
        return;
    }
    m_client->getJob(jobId, this, [this, jobId](Result<QJsonValue> r) {
        if (!r) {
            emit actionFailed(jobId, JobAction::Details, r.error());
            return;
        }
        const Jobs::Job job = jobFromJson(r->toObject());
        const int row = rowOf(job.id);
        if (row >= 0) {
            // Keep the list's view of the state: events may be newer than the reply.
            m_jobs[row].steps = job.steps;
        }
        emit detailsLoaded(job);
    });
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Jobs::Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ApprovalsColumn && !job.approvals.isEmpty()) {
            QStringList lines;
            for (const Jobs::Approval &a : job.approvals)
                lines << tr("Approved by %1 at %2").arg(a.approver, shortTime(a.at));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == StateColumn && !job.error.isEmpty())
            return job.error;
        if (index.column() == IntentColumn || index.column() == TargetsColumn || index.column() == TicketColumn)
            return displayData(job, index.column());
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(jobStateColor(job.state)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn ? QVariant(int(Qt::AlignVCenter | Qt::AlignRight)) : QVariant();
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case KindRole:
        return job.kind;
    case RequesterRole:
        return job.requester;
    case MineRole:
        return !m_user.isEmpty() && job.requester == m_user;
    case ProgressFractionRole:
        return index.column() == ProgressColumn ? QVariant(job.progress / 100.0) : QVariant();
    case SortRole:
        return sortData(job, index.column());
    case SearchTextRole:
        return searchText(job);
    default:
        return {};
    }
}

QVariant JobTableModel::displayData(const Jobs::Job &job, int column) const
{
    switch (column) {
    case KindColumn:
        return jobKindText(job.kind);
    case TargetsColumn: {
        const QStringList names = jobTargetNames(job);
        if (names.size() <= 3)
            return names.join(QStringLiteral(", "));
        return tr("%1 and %n more", nullptr, int(names.size() - 2)).arg(names.mid(0, 2).join(QStringLiteral(", ")));
    }
    case IntentColumn:
        return job.intent;
    case RequesterColumn:
        return job.requester;
    case StateColumn:
        return jobStateText(job.state);
    case ProgressColumn:
        return tr("%1 %").arg(job.progress);
    case ApprovalsColumn: {
        if (job.requiredApprovals == 0 && job.approvals.isEmpty())
            return tr("not required");
        QStringList names;
        for (const Jobs::Approval &a : job.approvals)
            names << a.approver;
        if (names.isEmpty())
            return tr("0 of %1").arg(job.requiredApprovals);
        return tr("%1 of %2: %3").arg(names.size()).arg(job.requiredApprovals).arg(names.join(QStringLiteral(", ")));
    }
    case SubmittedColumn:
        return shortTime(job.createdAt);
    case FinishedColumn:
        return shortTime(job.finishedAt);
    case TicketColumn:
        return job.ticket;
    default:
        return {};
    }
}

QVariant JobTableModel::sortData(const Jobs::Job &job, int column) const
{
    switch (column) {
    case SubmittedColumn:
        return job.sequence;
    case FinishedColumn:
        return job.finishedAt;
    case ProgressColumn:
        return job.progress;
    case StateColumn:
        return int(job.state);
    case ApprovalsColumn:
        return int(job.approvals.size());
    default:
        return displayData(job, column);
    }
}

QString JobTableModel::searchText(const Jobs::Job &job) const
{
    QStringList parts{job.id,    job.kind,  jobKindText(job.kind), job.intent, job.requester, jobStateText(job.state),
                      job.error, job.ticket};
    parts << jobTargetNames(job);
    return parts.join(QLatin1Char('\n')).toLower();
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TargetsColumn:
        return tr("Targets");
    case IntentColumn:
        return tr("Intent");
    case RequesterColumn:
        return tr("Requester");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ApprovalsColumn:
        return tr("Approvals");
    case SubmittedColumn:
        return tr("Submitted");
    case FinishedColumn:
        return tr("Finished");
    case TicketColumn:
        return tr("Ticket");
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
