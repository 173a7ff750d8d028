// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "models/session/workspace/credentialgroups.h"

using namespace OpsDeck::Models;

namespace {

VaultEntry entry(const QString &key, int minute, const QStringList &usedBy = {})
{
    return {key, QDateTime(QDate(2026, 12, 7), QTime(10, minute), Qt::UTC), usedBy};
}

} // namespace

/// The Credentials dialog's rows: vault entries grouped into the credentials
/// people entered, by the layouts the service reads.
class TestCredentialGroups final : public QObject
{
    Q_OBJECT

private slots:
    void groupsKnownLayouts()
    {
        const QList<CredentialGroup> groups = groupCredentials({
            entry(u"netbox/token"_qs, 1, {u"NetBox token"_qs}),
            entry(u"snmp/core/user"_qs, 2, {u"SNMP polling"_qs}),
            entry(u"snmp/core/auth"_qs, 3, {u"SNMP polling"_qs}),
            entry(u"snmp/core/authProtocol"_qs, 2, {u"SNMP polling"_qs}),
            entry(u"snmp/core/priv"_qs, 5, {u"SNMP polling"_qs}),
            entry(u"snmp/lab/community"_qs, 4),
            entry(u"ssh/backup/key"_qs, 6),
            entry(u"ssh/backup/passphrase"_qs, 7),
            entry(u"ssh/ops/password"_qs, 8),
        });
        QCOMPARE(groups.size(), 5);
        QCOMPARE(groups.at(0).name, u"netbox/token"_qs);
        QCOMPARE(groups.at(0).kind, CredentialGroup::Kind::Secret);
        QCOMPARE(groups.at(0).usedBy, QStringList{u"NetBox token"_qs});
        QCOMPARE(groups.at(1).name, u"snmp/core"_qs);
        QCOMPARE(groups.at(1).kind, CredentialGroup::Kind::SnmpV3User);
        QCOMPARE(groups.at(1).keys.size(), 4);
        QCOMPARE(groups.at(1).usedBy, QStringList{u"SNMP polling"_qs});
        QCOMPARE(groups.at(1).modified.time(), QTime(10, 5)); // the newest entry
        QCOMPARE(groups.at(2).kind, CredentialGroup::Kind::SnmpCommunity);
        QCOMPARE(groups.at(3).name, u"ssh/backup"_qs);
        QCOMPARE(groups.at(3).kind, CredentialGroup::Kind::SshKey);
        QCOMPARE(groups.at(4).kind, CredentialGroup::Kind::SshPassword);
    }

    void unknownLayoutsStayApart()
    {
        // "user" without "auth" is no SNMPv3 user; a stray leaf breaks a layout.
        const QList<CredentialGroup> groups = groupCredentials({
            entry(u"x/user"_qs, 1),
            entry(u"y/community"_qs, 1),
            entry(u"y/other"_qs, 1),
        });
        QCOMPARE(groups.size(), 3);
        for (const CredentialGroup &g : groups) {
            QCOMPARE(g.kind, CredentialGroup::Kind::Secret);
            QCOMPARE(g.keys.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialGroups)
#include "tst_credentialgroups.moc"
