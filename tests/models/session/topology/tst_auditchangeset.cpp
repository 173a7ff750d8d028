// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QJsonArray>
#include <QTest>

#include "backend/topology/lldpaudit.h"
#include "models/session/topology/auditchangeset.h"

using namespace OpsDeck;
using Topology::CableChange;
using Topology::CableEnds;

// What the console records in the change set when the operator sends the
// checked findings of an LLDP audit there.
class TestAuditChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void createsBecomeCableEdits();
    void deletionsAreCountedNotWritten();
    void unresolvedEndsAreCountedNotWritten();
    void emptyAuditGivesNothing();
};

namespace {

CableChange change(CableChange::Action action, qint64 cableId, qint64 aInterface, qint64 bInterface)
{
    CableChange c;
    c.action = action;
    c.cableId = cableId;
    c.ends = CableEnds{1, QStringLiteral("leaf1"), aInterface, QStringLiteral("Ethernet1"),
                       2, QStringLiteral("spine1"), bInterface, QStringLiteral("Ethernet7")};
    return c;
}

QJsonObject termination(qint64 id)
{
    return QJsonObject{{QStringLiteral("object_type"), QStringLiteral("dcim.interface")},
                       {QStringLiteral("object_id"), id}};
}

} // namespace

void TestAuditChangeSet::createsBecomeCableEdits()
{
    Topology::CableChangeSet audit;
    audit.changes << change(CableChange::Action::Create, 0, 101, 202)
                  << change(CableChange::Action::Create, 0, 103, 204);
    const Models::AuditChangeSet out = Models::AuditChangeSet::fromAudit(audit);
    QCOMPARE(out.edits.size(), 2);
    QCOMPARE(out.leftOutDeletions, 0);
    QCOMPARE(out.unresolvedCreates, 0);
    const NetBox::Edit &first = out.edits.at(0);
    QCOMPARE(first.type, NetBox::Edit::Type::Create);
    QCOMPARE(first.kind, Domain::ObjectKind::Cable);
    QCOMPARE(first.id, 0);
    QCOMPARE(first.fields.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(first.fields.value(QStringLiteral("a_terminations")).toArray(), QJsonArray{termination(101)});
    QCOMPARE(first.fields.value(QStringLiteral("b_terminations")).toArray(), QJsonArray{termination(202)});
    QCOMPARE(out.edits.at(1).fields.value(QStringLiteral("a_terminations")).toArray(), QJsonArray{termination(103)});
    QCOMPARE(out.edits.at(1).fields.value(QStringLiteral("b_terminations")).toArray(), QJsonArray{termination(204)});
}

// The change set never deletes: a port mismatch keeps its new cable, and the
// cable to remove is only counted for the operator.
void TestAuditChangeSet::deletionsAreCountedNotWritten()
{
    Topology::CableChangeSet audit;
    audit.changes << change(CableChange::Action::Delete, 12, 101, 202)
                  << change(CableChange::Action::Create, 0, 101, 205)
                  << change(CableChange::Action::Delete, 13, 103, 204);
    const Models::AuditChangeSet out = Models::AuditChangeSet::fromAudit(audit);
    QCOMPARE(out.leftOutDeletions, 2);
    QCOMPARE(out.edits.size(), 1);
    QCOMPARE(out.edits.at(0).type, NetBox::Edit::Type::Create);
    QCOMPARE(out.edits.at(0).fields.value(QStringLiteral("b_terminations")).toArray(), QJsonArray{termination(205)});
}

// An end the audit could not match to an interface has id 0: NetBox would
// refuse that cable at push time, so it never enters the change set.
void TestAuditChangeSet::unresolvedEndsAreCountedNotWritten()
{
    Topology::CableChangeSet audit;
    audit.changes << change(CableChange::Action::Create, 0, 0, 202) << change(CableChange::Action::Create, 0, 101, 0)
                  << change(CableChange::Action::Create, 0, 101, 202);
    const Models::AuditChangeSet out = Models::AuditChangeSet::fromAudit(audit);
    QCOMPARE(out.unresolvedCreates, 2);
    QCOMPARE(out.leftOutDeletions, 0);
    QCOMPARE(out.edits.size(), 1);
    QCOMPARE(out.edits.at(0).fields.value(QStringLiteral("a_terminations")).toArray(), QJsonArray{termination(101)});
}

void TestAuditChangeSet::emptyAuditGivesNothing()
{
    const Models::AuditChangeSet out = Models::AuditChangeSet::fromAudit({});
    QVERIFY(out.edits.isEmpty());
    QCOMPARE(out.leftOutDeletions, 0);
    QCOMPARE(out.unresolvedCreates, 0);
}

QTEST_GUILESS_MAIN(TestAuditChangeSet)
#include "tst_auditchangeset.moc"
