// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/sshexecutors.h"

#include <QSet>

#include <QJsonArray>

#include "backend/jobs/jobstore.h"
#include "backend/ssh/configdiff.h"
#include "backend/ssh/sshsession.h"

namespace OpsDeck::Jobs {

namespace {

QString deviceOf(const QJsonObject &target)
{
    return target.value(QStringLiteral("device")).toString();
}

QString failureText(const Ssh::SshCommandResult &r, const QString &command)
{
    const QString err = QString::fromUtf8(r.standardError).trimmed();
    return QStringLiteral("'%1' exited with status %2%3")
        .arg(command)
        .arg(r.exitStatus)
        .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

/// Runs @p command in an open session as a step; fails the step on a
/// transport error or non-zero exit.
Result<QString> runStep(Ssh::SshSession &session, JobRunContext &ctx, const QString &stepName, const QString &command,
                        const QByteArray &input = {}, bool undoable = false)
{
    const int step = ctx.beginStep(stepName, undoable);
    auto r = session.run(command, input);
    if (!r) {
        ctx.finishStep(step, StepState::Failed, {}, {}, r.error().detail);
        return r.error();
    }
    const QString out = QString::fromUtf8(r->standardOutput);
    if (r->exitStatus != 0) {
        const QString why = failureText(*r, command);
        ctx.finishStep(step, StepState::Failed, out, {}, why);
        return Error(ErrorCode::InvalidInput, QStringLiteral("%1 on %2").arg(why, session.target().device),
                     {{QStringLiteral("device"), session.target().device}});
    }
    ctx.finishStep(step, StepState::Succeeded, out);
    return out;
}

Result<std::unique_ptr<Ssh::SshSession>> openSession(const QJsonObject &target, JobRunContext &ctx)
{
    const QString device = deviceOf(target);
    const int step = ctx.beginStep(QStringLiteral("connect %1").arg(device), false);
    auto t = ctx.sshTarget(target);
    if (!t) {
        ctx.finishStep(step, StepState::Failed, {}, {}, t.error().detail);
        return t.error();
    }
    auto session = std::make_unique<Ssh::SshSession>(*t);
    session->setCancelFlag(ctx.cancelFlag());
    if (auto st = session->open(); !st) {
        ctx.finishStep(step, StepState::Failed, {}, {}, st.error().detail);
        return st.error();
    }
    ctx.finishStep(step, StepState::Succeeded);
    return session;
}

} // namespace

Status validateSshTargets(const QJsonArray &targets)
{
    if (targets.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the job has no targets"));
    for (const QJsonValue &v : targets) {
        const QJsonObject t = v.toObject();
        if (deviceOf(t).isEmpty() || t.value(QStringLiteral("host")).toString().isEmpty())
            return Error(ErrorCode::InvalidInput, QStringLiteral("every SSH target needs device, host and user"));
        if (t.value(QStringLiteral("user")).toString().isEmpty()) {
            // Targets without a login expect it from the device's SSH credential profile.
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("every SSH target needs device, host and user: %1 has no user, and no SSH "
                                        "credential profile of the workspace gives it one")
                             .arg(deviceOf(t)),
                         {{QStringLiteral("device"), deviceOf(t)}});
        }
    }
    return {};
}

Status SshBackupExecutor::validate(const JobRequest &request) const
{
    return validateSshTargets(request.targets);
}

ExecutionOutcome SshBackupExecutor::execute(const Job &job, JobRunContext &ctx)
{
    const QString command =
        job.parameters.value(QStringLiteral("command")).toString(QStringLiteral("show running-config"));
    QJsonArray backups;
    const int total = int(job.targets.size());
    for (int i = 0; i < total; ++i) {
        if (ctx.isCancelled())
            return {Error(ErrorCode::Cancelled, QStringLiteral("cancelled")), {}, {}};
        const QJsonObject target = job.targets.at(i).toObject();
        const QString device = deviceOf(target);
        auto session = openSession(target, ctx);
        if (!session)
            return {session.error(), {{QStringLiteral("backups"), backups}}, {}};
        auto text = runStep(**session, ctx, QStringLiteral("fetch configuration of %1").arg(device), command);
        (*session)->close();
        if (!text)
            return {text.error(), {{QStringLiteral("backups"), backups}}, {}};
        const int step = ctx.beginStep(QStringLiteral("store backup of %1").arg(device), false);
        auto store = ctx.store();
        if (!store) {
            ctx.finishStep(step, StepState::Failed, {}, {}, store.error().detail);
            return {store.error(), {}, {}};
        }
        auto backup = (*store)->addBackup(device, Ssh::ConfigDiff::normalize(*text), job.id);
        if (!backup) {
            ctx.finishStep(step, StepState::Failed, {}, {}, backup.error().detail);
            return {backup.error(), {}, {}};
        }
        const bool changed = backup->jobId == job.id;
        ctx.finishStep(step, StepState::Succeeded,
                       QStringLiteral("version %1%2")
                           .arg(backup->version)
                           .arg(changed ? QString() : QStringLiteral(" (unchanged)")),
                       changed ? backup->diff : QString());
        backups.append(QJsonObject{{QStringLiteral("device"), device},
                                   {QStringLiteral("version"), backup->version},
                                   {QStringLiteral("changed"), changed},
                                   {QStringLiteral("sha256"), backup->sha256},
                                   {QStringLiteral("diff"), changed ? backup->diff : QString()}});
        ctx.setProgress((i + 1) * 100 / total);
    }
    return {{}, {{QStringLiteral("backups"), backups}}, {}};
}

Status SshPushExecutor::validate(const JobRequest &request) const
{
    if (auto st = validateSshTargets(request.targets); !st)
        return st;
    if (request.targets.size() != 1)
        return Error(ErrorCode::InvalidInput, QStringLiteral("ssh.push takes one target; use a workflow for more"));
    if (stringList(request.parameters.value(QStringLiteral("lines"))).isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("ssh.push needs parameters.lines"));
    return {};
}

ExecutionOutcome SshPushExecutor::execute(const Job &job, JobRunContext &ctx)
{
    const QJsonObject target = job.targets.at(0).toObject();
    const QString device = deviceOf(target);
    const QStringList lines = stringList(job.parameters.value(QStringLiteral("lines")));
    const bool dryRun = job.parameters.value(QStringLiteral("dryRun")).toBool();

    auto session = openSession(target, ctx);
    if (!session)
        return {session.error(), {}, {}};
    auto before = runStep(**session, ctx, QStringLiteral("fetch running configuration of %1").arg(device),
                          QStringLiteral("show running-config"));
    if (!before)
        return {before.error(), {}, {}};
    const QString current = Ssh::ConfigDiff::normalize(*before);

    const int planStep = ctx.beginStep(QStringLiteral("dry-run diff for %1").arg(device), false);
    const QString planned = Ssh::ConfigDiff::simulateApply(current, lines);
    const QString plannedDiff = Ssh::ConfigDiff::unified(current, planned, device + QStringLiteral(" running"),
                                                         device + QStringLiteral(" planned"));
    ctx.finishStep(planStep, StepState::Succeeded, {}, plannedDiff);
    QJsonObject result{{QStringLiteral("device"), device},
                       {QStringLiteral("plannedDiff"), plannedDiff},
                       {QStringLiteral("dryRun"), dryRun}};
    if (dryRun || ctx.isCancelled()) {
        if (!dryRun)
            return {Error(ErrorCode::Cancelled, QStringLiteral("cancelled before apply")), result, {}};
        return {{}, result, {}};
    }

    const QStringList undo = Ssh::ConfigDiff::undoLines(current, lines);
    const QByteArray input = (lines.join(QLatin1Char('\n')) + QStringLiteral("\nend\n")).toUtf8();
    auto applied = runStep(**session, ctx, QStringLiteral("apply %1 line(s) to %2").arg(lines.size()).arg(device),
                           QStringLiteral("configure"), input, true);
    if (!applied)
        return {applied.error(), result, {}};
    const QJsonObject undoData{{QStringLiteral("target"), target},
                               {QStringLiteral("lines"), QJsonArray::fromStringList(undo)}};

    auto after =
        runStep(**session, ctx, QStringLiteral("verify %1").arg(device), QStringLiteral("show running-config"));
    if (!after)
        return {after.error(), result, undoData};
    const QString actual = Ssh::ConfigDiff::normalize(*after);
    const QString actualDiff = Ssh::ConfigDiff::unified(current, actual, device + QStringLiteral(" before"),
                                                        device + QStringLiteral(" after"));
    result.insert(QStringLiteral("diff"), actualDiff);
    if (const QStringList problems = unappliedLines(actual, lines); !problems.isEmpty()) {
        // The device did not take the change as pushed: put it back as it was.
        const int step = ctx.beginStep(QStringLiteral("check %1 took the change").arg(device), false);
        const QString why =
            QStringLiteral("%1 did not take the change: %2").arg(device, problems.join(QStringLiteral("; ")));
        ctx.finishStep(step, StepState::Failed, {}, {}, why);
        const Status undone = rollback(job, undoData, ctx);
        result.insert(QStringLiteral("rolledBack"), undone.ok());
        return {Error(ErrorCode::Conflict,
                      undone ? why + QStringLiteral(" (rolled back)")
                             : why + QStringLiteral(" (roll back failed: %1)").arg(undone.error().detail)),
                result,
                {}};
    }
    ctx.setProgress(100);
    return {{}, result, undoData};
}

QStringList SshPushExecutor::unappliedLines(const QString &running, const QStringList &lines)
{
    QSet<QString> present;
    for (QStringView line : QStringView(running).split(QLatin1Char('\n')))
        present.insert(line.trimmed().toString());
    QStringList problems;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('!')) || t == u"end" || t == u"exit")
            continue;
        if (t.startsWith(QStringLiteral("no "))) {
            if (present.contains(t.mid(3)))
                problems << QStringLiteral("\"%1\" is still there").arg(t.mid(3));
        } else if (!present.contains(t)) {
            problems << QStringLiteral("\"%1\" is missing").arg(t);
        }
    }
    return problems;
}

Status SshPushExecutor::rollback(const Job &, const QJsonObject &undo, JobRunContext &ctx)
{
    const QJsonObject target = undo.value(QStringLiteral("target")).toObject();
    const QStringList lines = stringList(undo.value(QStringLiteral("lines")));
    if (lines.isEmpty())
        return {};
    auto session = openSession(target, ctx);
    if (!session)
        return session.error();
    const QByteArray input = (lines.join(QLatin1Char('\n')) + QStringLiteral("\nend\n")).toUtf8();
    auto r = runStep(**session, ctx, QStringLiteral("roll back %1").arg(deviceOf(target)), QStringLiteral("configure"),
                     input);
    if (!r)
        return r.error();
    return {};
}

Status SshCommandExecutor::validate(const JobRequest &request) const
{
    if (auto st = validateSshTargets(request.targets); !st)
        return st;
    if (request.parameters.value(QStringLiteral("command")).toString().trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("ssh.command needs parameters.command"));
    return {};
}

ExecutionOutcome SshCommandExecutor::execute(const Job &job, JobRunContext &ctx)
{
    const QString command = job.parameters.value(QStringLiteral("command")).toString();
    QJsonObject outputs;
    const int total = int(job.targets.size());
    for (int i = 0; i < total; ++i) {
        const QJsonObject target = job.targets.at(i).toObject();
        auto session = openSession(target, ctx);
        if (!session)
            return {session.error(), {{QStringLiteral("outputs"), outputs}}, {}};
        auto out = runStep(**session, ctx, QStringLiteral("%1 on %2").arg(command, deviceOf(target)), command);
        if (!out)
            return {out.error(), {{QStringLiteral("outputs"), outputs}}, {}};
        outputs.insert(deviceOf(target), *out);
        ctx.setProgress((i + 1) * 100 / total);
    }
    return {{}, {{QStringLiteral("outputs"), outputs}}, {}};
}

} // namespace OpsDeck::Jobs
