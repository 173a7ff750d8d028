// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "models/session/jobs/jobtargets.h"

using namespace OpsDeck;
using namespace OpsDeck::Models;

namespace {

Jobs::Job jobOn(const QStringList &devices, Jobs::JobState state)
{
    Jobs::Job j;
    j.kind = Jobs::Kind::sshCommand();
    j.state = state;
    for (const QString &d : devices)
        j.targets.append(QJsonObject{{u"device"_qs, d}});
    return j;
}

void addStep(Jobs::Job &job, const QString &name, Jobs::StepState state, const QString &error = {})
{
    Jobs::JobStep s;
    s.number = int(job.steps.size()) + 1;
    s.name = name;
    s.state = state;
    s.error = error;
    job.steps << s;
}

} // namespace

/// Where each target of a multi-device job stands, from its steps or the
/// workflow's report.
class TestJobTargets : public QObject
{
    Q_OBJECT

private slots:
    void fromStepsWhileRunning()
    {
        Jobs::Job job = jobOn({u"sw1"_qs, u"sw2"_qs, u"sw3"_qs}, Jobs::JobState::Running);
        addStep(job, u"connect sw1"_qs, Jobs::StepState::Succeeded);
        addStep(job, u"show version on sw1"_qs, Jobs::StepState::Succeeded);
        addStep(job, u"connect sw2"_qs, Jobs::StepState::Running);
        const QList<JobTargetState> s = jobTargetStates(job);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).state, TargetState::Succeeded); // a later target began
        QCOMPARE(s.at(1).state, TargetState::Running);
        QCOMPARE(s.at(1).detail, u"connect sw2"_qs);
        QCOMPARE(s.at(2).state, TargetState::Pending);
        QCOMPARE(countTargets(s, TargetState::Succeeded), 1);
    }

    void fromStepsWhenFailed()
    {
        Jobs::Job job = jobOn({u"sw1"_qs, u"sw10"_qs}, Jobs::JobState::Failed);
        addStep(job, u"connect sw1"_qs, Jobs::StepState::Failed, u"refused"_qs);
        const QList<JobTargetState> s = jobTargetStates(job);
        QCOMPARE(s.at(0).state, TargetState::Failed);
        QCOMPARE(s.at(0).detail, u"refused"_qs);
        QCOMPARE(s.at(1).state, TargetState::Skipped); // "connect sw1" is not a step of sw10
    }

    void fromTheWorkflowReport()
    {
        Jobs::Job job = jobOn({u"a"_qs, u"b"_qs, u"c"_qs}, Jobs::JobState::Failed);
        job.kind = Jobs::Kind::workflow();
        job.result = {
            {u"nodes"_qs,
             QJsonArray{QJsonObject{{u"device"_qs, u"a"_qs}, {u"state"_qs, u"rolled back"_qs}},
                        QJsonObject{{u"device"_qs, u"b"_qs}, {u"state"_qs, u"failed"_qs}, {u"error"_qs, u"timeout"_qs}},
                        QJsonObject{{u"device"_qs, u"c"_qs}, {u"state"_qs, u"not run"_qs}}}}};
        const QList<JobTargetState> s = jobTargetStates(job);
        QCOMPARE(s.at(0).state, TargetState::RolledBack);
        QCOMPARE(s.at(1).state, TargetState::Failed);
        QCOMPARE(s.at(1).detail, u"timeout"_qs);
        QCOMPARE(s.at(2).state, TargetState::Skipped);
        QCOMPARE(countTargets(s, TargetState::Failed), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobTargets)
#include "tst_jobtargets.moc"
