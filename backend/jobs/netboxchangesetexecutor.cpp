// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/netboxchangesetexecutor.h"

#include <optional>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStringList>
#include <QTimer>

#include "backend/netbox/changesetjournal.h"
#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcChangeSetJobs, "opsdeck.jobs.netbox")

namespace OpsDeck::Jobs {

namespace {

using NetBox::ChangeSet;
using NetBox::Edit;
using NetBox::WriteOutcome;
using NetBox::WriteReport;

const QString kEdits = QStringLiteral("edits");
const QString kUpdate = QStringLiteral("update");
const QString kCreate = QStringLiteral("create");

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(none)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it in an array to get its JSON text.
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString describe(const Edit &edit)
{
    const QString key = Domain::kindInfo(edit.kind).key;
    return edit.type == Edit::Type::Create ? QStringLiteral("new %1").arg(key)
                                           : QStringLiteral("%1 %2").arg(key).arg(edit.id);
}

// The change set against the last synced values, one line per field.
Result<QString> diffText(Store::Store &store, const ChangeSet &changes)
{
    auto diff = changes.diff(store);
    if (!diff)
        return diff.error();
    QStringList lines;
    for (const Edit &e : changes.edits()) {
        if (e.type != Edit::Type::Create)
            continue;
        lines << QStringLiteral("+ %1 %2").arg(describe(e), compact(e.fields));
    }
    for (const NetBox::FieldDiff &d : std::as_const(*diff)) {
        if (d.id == 0 || !d.changed)
            continue;
        lines << QStringLiteral("~ %1 %2 %3: %4 -> %5")
                     .arg(Domain::kindInfo(d.kind).key)
                     .arg(d.id)
                     .arg(d.field, compact(d.synced), compact(d.proposed));
    }
    return lines.join(QLatin1Char('\n'));
}

// Runs `start` with a fresh event loop on the calling thread until `done`
// holds, asking `cancelIt` to stop once the flag is raised.
template<typename Start, typename Done, typename CancelIt>
void runLoop(Start start, Done done, CancelIt cancelIt, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    bool cancelAsked = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
        else if (cancel && cancel->load() && !cancelAsked) {
            cancelAsked = true;
            cancelIt();
        }
    });
    start(loop);
    if (done())
        return;
    poll.start();
    loop.exec();
}

Result<WriteReport> push(NetBox::NetBoxClient &client, Store::Store &store, const ChangeSet &changes,
                         const std::atomic_bool *cancel)
{
    NetBox::NetBoxWriter writer(&client, &store);
    std::optional<Result<WriteReport>> out;
    runLoop(
        [&](QEventLoop &loop) {
            QObject::connect(&writer, &NetBox::NetBoxWriter::finished, &loop, [&](const Result<WriteReport> &r) {
                out = r;
                loop.quit();
            });
            writer.push(changes);
        },
        [&] { return out.has_value(); }, [&] { writer.cancel(); }, cancel);
    if (!out)
        return Error(ErrorCode::Unknown, QStringLiteral("the NetBox writer ended without a report"));
    return *out;
}

QString stateName(WriteOutcome::State s)
{
    switch (s) {
    case WriteOutcome::State::Written:
        return QStringLiteral("written");
    case WriteOutcome::State::Conflict:
        return QStringLiteral("conflict");
    case WriteOutcome::State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject outcomeJson(const WriteOutcome &o)
{
    QJsonObject out{{QStringLiteral("type"), o.edit.type == Edit::Type::Create ? kCreate : kUpdate},
                    {QStringLiteral("kind"), Domain::kindInfo(o.edit.kind).key},
                    {QStringLiteral("id"), o.id},
                    {QStringLiteral("state"), stateName(o.state)},
                    {QStringLiteral("fields"), o.edit.fields}};
    if (o.state == WriteOutcome::State::Failed)
        out.insert(QStringLiteral("error"), o.error.toString());
    if (o.state == WriteOutcome::State::Conflict)
        out.insert(QStringLiteral("conflict"), NetBox::conflictToJson(o.conflict));
    return out;
}

} // namespace

NetBoxChangeSetApplier::~NetBoxChangeSetApplier() = default;

QJsonObject changeSetToJson(const ChangeSet &changes)
{
    QJsonArray edits;
    for (const Edit &e : changes.edits()) {
        QJsonObject o{{QStringLiteral("type"), e.type == Edit::Type::Create ? kCreate : kUpdate},
                      {QStringLiteral("kind"), Domain::kindInfo(e.kind).key},
                      {QStringLiteral("fields"), e.fields}};
        if (e.type == Edit::Type::Update)
            o.insert(QStringLiteral("id"), e.id);
        edits.append(o);
    }
    return {{kEdits, edits}};
}

Result<ChangeSet> changeSetFromJson(const QJsonObject &json)
{
    if (!json.value(kEdits).isArray())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a change set needs an \"edits\" array"));
    ChangeSet changes;
    const QJsonArray edits = json.value(kEdits).toArray();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QJsonObject o = edits.at(i).toObject();
        const QString kindKey = o.value(QStringLiteral("kind")).toString();
        const Domain::KindInfo *info = Domain::kindForKey(kindKey);
        if (!info)
            return Error(ErrorCode::InvalidInput, QStringLiteral("edit %1: unknown kind \"%2\"").arg(i).arg(kindKey));
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == kCreate) {
            changes.create(info->kind, fields);
        } else if (type == kUpdate) {
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            if (id <= 0)
                return Error(ErrorCode::InvalidInput, QStringLiteral("edit %1: an update needs an id").arg(i));
            changes.update(info->kind, id, fields);
        } else {
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("edit %1: type must be \"update\" or \"create\"").arg(i));
        }
    }
    if (changes.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the change set has no edits"));
    return changes;
}

Result<WriteReport> writeReportFromJobResult(const QJsonObject &result)
{
    if (!result.value(QStringLiteral("outcomes")).isArray())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the job reports no outcomes"));
    WriteReport report;
    const QJsonArray outcomes = result.value(QStringLiteral("outcomes")).toArray();
    for (const QJsonValue &v : outcomes) {
        const QJsonObject o = v.toObject();
        const Domain::KindInfo *info = Domain::kindForKey(o.value(QStringLiteral("kind")).toString());
        if (!info)
            return Error(ErrorCode::InvalidInput, QStringLiteral("an outcome of an unknown kind"));
        WriteOutcome out;
        out.edit.type = o.value(QStringLiteral("type")).toString() == kCreate ? Edit::Type::Create : Edit::Type::Update;
        out.edit.kind = info->kind;
        out.id = o.value(QStringLiteral("id")).toInteger();
        out.edit.id = out.edit.type == Edit::Type::Create ? 0 : out.id;
        out.edit.fields = o.value(QStringLiteral("fields")).toObject();
        const QString state = o.value(QStringLiteral("state")).toString();
        if (state == u"written") {
            out.state = WriteOutcome::State::Written;
        } else if (state == u"conflict") {
            out.state = WriteOutcome::State::Conflict;
            out.conflict = NetBox::conflictFromJson(info->kind, out.id, o.value(QStringLiteral("conflict")).toObject());
        } else {
            out.state = WriteOutcome::State::Failed;
            out.error = Error(ErrorCode::Unknown, o.value(QStringLiteral("error")).toString());
        }
        report.outcomes << out;
    }
    return report;
}

// --- NetBoxWriterApplier -----------------------------------------------------------------------------------------

NetBoxWriterApplier::NetBoxWriterApplier(SettingsProvider settings, QString storePath)
    : m_settings(std::move(settings))
    , m_storePath(std::move(storePath))
{}

NetBoxWriterApplier::NetBoxWriterApplier(Result<NetBox::ClientSettings> settings, QString storePath)
    : NetBoxWriterApplier([settings = std::move(settings)] { return settings; }, std::move(storePath))
{}

Result<QJsonObject> NetBoxWriterApplier::apply(const QJsonObject &changeSet, bool dryRun,
                                               const std::atomic_bool *cancel)
{
    const Result<NetBox::ClientSettings> settings = m_settings();
    if (!settings)
        return settings.error();
    auto changes = changeSetFromJson(changeSet);
    if (!changes)
        return changes.error();
    auto store = Store::Store::openSqlite(m_storePath, false);
    if (!store)
        return store.error();
    // The synced values, read before the writer maps written objects back.
    auto diff = (*changes).diff(**store);
    if (!diff)
        return diff.error();
    auto text = diffText(**store, *changes);
    if (!text)
        return text.error();
    QJsonObject out{{QStringLiteral("diff"), *text}};
    if (dryRun)
        return out;

    NetBox::NetBoxClient client(*settings);
    auto report = push(client, **store, *changes, cancel);
    if (!report)
        return report.error();

    QJsonArray outcomes;
    ChangeSet undoUpdates;
    QJsonArray created;
    for (const WriteOutcome &o : std::as_const(report->outcomes)) {
        outcomes.append(outcomeJson(o));
        if (o.state != WriteOutcome::State::Written)
            continue;
        if (o.edit.type == Edit::Type::Create) {
            created.append(QJsonObject{{QStringLiteral("kind"), Domain::kindInfo(o.edit.kind).key},
                                       {QStringLiteral("id"), o.id}});
            continue;
        }
        QJsonObject previous;
        for (const NetBox::FieldDiff &d : std::as_const(*diff)) {
            if (d.kind == o.edit.kind && d.id == o.edit.id && d.changed)
                previous.insert(d.field, d.synced.isUndefined() ? QJsonValue() : d.synced);
        }
        if (!previous.isEmpty())
            undoUpdates.update(o.edit.kind, o.edit.id, previous);
    }
    out.insert(QStringLiteral("outcomes"), outcomes);
    out.insert(QStringLiteral("written"), report->count(WriteOutcome::State::Written));
    out.insert(QStringLiteral("conflicts"), report->count(WriteOutcome::State::Conflict));
    out.insert(QStringLiteral("failed"), report->count(WriteOutcome::State::Failed));
    QJsonObject undo;
    if (!undoUpdates.isEmpty())
        undo.insert(QStringLiteral("changeSet"), changeSetToJson(undoUpdates));
    if (!created.isEmpty())
        undo.insert(QStringLiteral("created"), created);
    if (!undo.isEmpty())
        out.insert(QStringLiteral("undo"), undo);
    return out;
}

Status NetBoxWriterApplier::revert(const QJsonObject &undo, const std::atomic_bool *cancel)
{
    const Result<NetBox::ClientSettings> settings = m_settings();
    if (!settings)
        return settings.error();
    auto store = Store::Store::openSqlite(m_storePath, false);
    if (!store)
        return store.error();
    NetBox::NetBoxClient client(*settings);
    QStringList problems;
    if (undo.contains(QStringLiteral("changeSet"))) {
        auto changes = changeSetFromJson(undo.value(QStringLiteral("changeSet")).toObject());
        if (!changes)
            return changes.error();
        auto report = push(client, **store, *changes, cancel);
        if (!report)
            return report.error();
        for (const WriteOutcome &o : std::as_const(report->outcomes)) {
            if (o.state != WriteOutcome::State::Written)
                problems << QStringLiteral("%1: %2").arg(describe(o.edit), stateName(o.state));
        }
    }
    // Created objects are deleted again, newest first.
    const QJsonArray created = undo.value(QStringLiteral("created")).toArray();
    for (qsizetype i = created.size() - 1; i >= 0; --i) {
        const QJsonObject c = created.at(i).toObject();
        const Domain::KindInfo *info = Domain::kindForKey(c.value(QStringLiteral("kind")).toString());
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        if (!info || id <= 0)
            continue;
        std::optional<Result<NetBox::Response>> out;
        runLoop(
            [&](QEventLoop &loop) {
                NetBox::NetBoxReply *reply =
                    client.send("DELETE", QStringLiteral("%1/%2/").arg(info->endpoint).arg(id), {});
                QObject::connect(reply, &NetBox::NetBoxReply::finished, &loop,
                                 [&](const Result<NetBox::Response> &r) {
                                     out = r;
                                     loop.quit();
                                 });
            },
            [&] { return out.has_value(); }, [] {}, cancel);
        if (!out || !*out) {
            problems << QStringLiteral("%1 %2: %3")
                            .arg(info->key)
                            .arg(id)
                            .arg(out ? out->error().toString() : QStringLiteral("no answer"));
            continue;
        }
        if (auto st = (*store)->remove(info->kind, {id}); !st)
            qCWarning(lcChangeSetJobs) << "deleted object not removed from the store:" << st.error().toString();
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("not reverted: %1").arg(problems.join(QStringLiteral("; "))));
    return {};
}

// --- NetBoxChangeSetExecutor -------------------------------------------------------------------------------------

NetBoxChangeSetExecutor::NetBoxChangeSetExecutor(std::shared_ptr<NetBoxChangeSetApplier> applier)
    : m_applier(std::move(applier))
{}

Status NetBoxChangeSetExecutor::validate(const JobRequest &request) const
{
    if (request.parameters.value(QStringLiteral("changeSet")).toObject().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("netbox.changeset needs parameters.changeSet"));
    return {};
}

ExecutionOutcome NetBoxChangeSetExecutor::execute(const Job &job, JobRunContext &ctx)
{
    if (!m_applier) {
        return {Error(ErrorCode::Unsupported, QStringLiteral("NetBox change sets need a NetBox connection, and this "
                                                             "service has none configured")),
                {}, {}};
    }
    const QJsonObject changeSet = job.parameters.value(QStringLiteral("changeSet")).toObject();
    const int dry = ctx.beginStep(QStringLiteral("dry run against NetBox"), false);
    auto planned = m_applier->apply(changeSet, true, ctx.cancelFlag());
    if (!planned) {
        ctx.finishStep(dry, StepState::Failed, {}, {}, planned.error().detail);
        return {planned.error(), {}, {}};
    }
    const QString plannedDiff = planned->value(QStringLiteral("diff")).toString();
    ctx.finishStep(dry, StepState::Succeeded, {}, plannedDiff);
    ctx.setProgress(10);
    QJsonObject result{{QStringLiteral("plannedDiff"), plannedDiff}};
    if (job.parameters.value(QStringLiteral("dryRun")).toBool())
        return {{}, result, {}};
    if (ctx.isCancelled())
        return {Error(ErrorCode::Cancelled, QStringLiteral("cancelled before apply")), result, {}};
    const int apply = ctx.beginStep(QStringLiteral("apply change set"), true);
    auto applied = m_applier->apply(changeSet, false, ctx.cancelFlag());
    if (!applied) {
        ctx.finishStep(apply, StepState::Failed, {}, {}, applied.error().detail);
        return {applied.error(), result, {}};
    }
    for (const QString &key : {QStringLiteral("diff"), QStringLiteral("outcomes"), QStringLiteral("written"),
                               QStringLiteral("conflicts"), QStringLiteral("failed")}) {
        if (applied->contains(key))
            result.insert(key, applied->value(key));
    }
    const QJsonObject undo = applied->value(QStringLiteral("undo")).toObject();

    // One output line per edit, so the step shows what happened to each.
    QStringList lines;
    const QJsonArray outcomes = applied->value(QStringLiteral("outcomes")).toArray();
    for (const QJsonValue &v : outcomes) {
        const QJsonObject o = v.toObject();
        QString line = QStringLiteral("%1 %2 %3: %4")
                           .arg(o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("kind")).toString())
                           .arg(o.value(QStringLiteral("id")).toInteger())
                           .arg(o.value(QStringLiteral("state")).toString());
        if (o.contains(QStringLiteral("error")))
            line += QStringLiteral(" (%1)").arg(o.value(QStringLiteral("error")).toString());
        if (o.contains(QStringLiteral("conflict"))) {
            const QJsonObject c = o.value(QStringLiteral("conflict")).toObject();
            line += c.value(QStringLiteral("deletedRemotely")).toBool()
                        ? QStringLiteral(" (deleted in NetBox since the sync; not written)")
                        : QStringLiteral(" (changed in NetBox at %1 since the sync; not overwritten)")
                              .arg(c.value(QStringLiteral("remoteLastUpdated")).toString());
        }
        lines << line;
    }
    const QString output = lines.join(QLatin1Char('\n'));
    const int conflicts = applied->value(QStringLiteral("conflicts")).toInt();
    const int failed = applied->value(QStringLiteral("failed")).toInt();
    const QString diff = applied->value(QStringLiteral("diff")).toString();
    if (conflicts > 0 || failed > 0) {
        const QString why = QStringLiteral("%1 of %2 edits written; %3 in conflict with NetBox (not overwritten), "
                                           "%4 failed")
                                .arg(applied->value(QStringLiteral("written")).toInt())
                                .arg(outcomes.size())
                                .arg(conflicts)
                                .arg(failed);
        ctx.finishStep(apply, StepState::Failed, output, diff, why);
        return {Error(ErrorCode::Conflict, why), result, undo};
    }
    ctx.finishStep(apply, StepState::Succeeded, output, diff);
    return {{}, result, undo};
}

Status NetBoxChangeSetExecutor::rollback(const Job &, const QJsonObject &undo, JobRunContext &ctx)
{
    if (!m_applier)
        return Error(ErrorCode::Unsupported, QStringLiteral("no NetBox connection to roll back with"));
    const int step = ctx.beginStep(QStringLiteral("revert change set"), false);
    const Status st = m_applier->revert(undo, ctx.cancelFlag());
    ctx.finishStep(step, st ? StepState::Succeeded : StepState::Failed, {}, {}, st ? QString() : st.error().detail);
    return st;
}

} // namespace OpsDeck::Jobs
