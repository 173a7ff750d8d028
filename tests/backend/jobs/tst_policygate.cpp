// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "backend/jobs/policygate.h"

using namespace OpsDeck;
using namespace OpsDeck::Jobs;

class TestPolicyGate : public QObject
{
    Q_OBJECT

private slots:
    void window_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("time");
        QTest::addColumn<bool>("inside");
        QTest::newRow("any") << QString() << u"03:00"_qs << true;
        QTest::newRow("day inside") << u"08:00-18:00"_qs << u"12:00"_qs << true;
        QTest::newRow("day end excluded") << u"08:00-18:00"_qs << u"18:00"_qs << false;
        QTest::newRow("wrap late") << u"22:00-06:00"_qs << u"23:30"_qs << true;
        QTest::newRow("wrap early") << u"22:00-06:00"_qs << u"05:59"_qs << true;
        QTest::newRow("wrap outside") << u"22:00-06:00"_qs << u"12:00"_qs << false;
        QTest::newRow("malformed") << u"soon"_qs << u"12:00"_qs << false;
    }
    void window()
    {
        QFETCH(QString, window);
        QFETCH(QString, time);
        QFETCH(bool, inside);
        QCOMPARE(PolicyGate::windowContains(window, QTime::fromString(time, u"HH:mm"_qs)), inside);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("required");
        QTest::newRow("backup anywhere") << u"ssh.backup"_qs << u"dc1"_qs << u"switch"_qs << u"12:00"_qs << 0;
        QTest::newRow("push on core") << u"ssh.push"_qs << u"dc1"_qs << u"core"_qs << u"12:00"_qs << 2;
        QTest::newRow("push elsewhere by day") << u"ssh.push"_qs << u"dc1"_qs << u"access"_qs << u"12:00"_qs << 1;
        QTest::newRow("push at night") << u"ssh.push"_qs << u"dc1"_qs << u"access"_qs << u"23:00"_qs << 2;
        QTest::newRow("no rule") << u"ssh.command"_qs << u"dc1"_qs << u"access"_qs << u"12:00"_qs << 0;
    }
    void rules()
    {
        QFETCH(QString, kind);
        QFETCH(QString, site);
        QFETCH(QString, role);
        QFETCH(QString, time);
        QFETCH(int, required);
        Workspace::ApprovalsConfig policy;
        Workspace::ApprovalRule none;
        none.kind = u"ssh.backup"_qs;
        none.required = 0;
        Workspace::ApprovalRule core;
        core.kind = u"ssh.push"_qs;
        core.role = u"core"_qs;
        core.required = 2;
        Workspace::ApprovalRule night;
        night.kind = u"ssh.push"_qs;
        night.window = u"22:00-06:00"_qs;
        night.required = 2;
        Workspace::ApprovalRule push;
        push.kind = u"ssh.push"_qs;
        push.required = 1;
        policy.rules = {none, core, night, push};
        const QJsonArray targets{QJsonObject{{u"device"_qs, u"sw"_qs}, {u"site"_qs, site}, {u"role"_qs, role}}};
        QCOMPARE(PolicyGate::requiredApprovals(policy, kind, {}, targets, QTime::fromString(time, u"HH:mm"_qs)), required);
        // A workflow is held to the rules of the kind it runs.
        QCOMPARE(PolicyGate::requiredApprovals(policy, u"workflow"_qs, {{u"kind"_qs, kind}}, targets,
                                               QTime::fromString(time, u"HH:mm"_qs)),
                 required);
    }

    void approvers()
    {
        Job job;
        job.id = u"j"_qs;
        job.requester = u"alice"_qs;
        job.state = JobState::AwaitingApproval;
        job.requiredApprovals = 2;
        QCOMPARE(PolicyGate::checkApprover(job, u"alice"_qs).error().code, ErrorCode::Conflict);
        QVERIFY(PolicyGate::checkApprover(job, u"bob"_qs).ok());
        job.approvals << Approval{u"bob"_qs, {}};
        QCOMPARE(PolicyGate::checkApprover(job, u"bob"_qs).error().code, ErrorCode::Conflict);
        QVERIFY(PolicyGate::checkApprover(job, u"carol"_qs).ok());
        QCOMPARE(PolicyGate::checkApprover(job, QString()).error().code, ErrorCode::InvalidInput);
        job.requiredApprovals = 1;
        job.approvals.clear();
        QVERIFY(PolicyGate::checkApprover(job, u"alice"_qs).ok());
        job.state = JobState::Queued;
        QCOMPARE(PolicyGate::checkApprover(job, u"bob"_qs).error().code, ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestPolicyGate)
#include "tst_policygate.moc"
