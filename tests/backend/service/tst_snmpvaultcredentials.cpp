// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QTest>

#include "backend/service/snmpvaultcredentials.h"
#include "backend/snmp/trapreceiver.h"

using namespace OpsDeck;
using namespace OpsDeck::Service;

namespace {

SecretLookup lookupIn(const QHash<QString, QString> &vault)
{
    return [vault](const QString &key) -> Result<Vault::Secret> {
        const auto it = vault.constFind(key);
        if (it == vault.cend())
            return Error(ErrorCode::NotFound, key);
        return Vault::Secret::fromString(*it);
    };
}

} // namespace

/// SNMP credentials read from the vault layout the service uses.
class TestSnmpVaultCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void community()
    {
        Snmp::SnmpTarget target;
        QVERIFY(applySnmpCredentials(target, Workspace::SnmpVersion::V2c, u"snmp/a"_qs,
                                     lookupIn({{u"snmp/a/community"_qs, u"sekrit"_qs}}))
                    .ok());
        QCOMPARE(target.version, Snmp::SnmpVersion::V2c);
        QCOMPARE(target.community.revealString(), u"sekrit"_qs);
        // The entry itself may hold the community.
        QVERIFY(applySnmpCredentials(target, Workspace::SnmpVersion::V1, u"snmp/b"_qs,
                                     lookupIn({{u"snmp/b"_qs, u"other"_qs}}))
                    .ok());
        QCOMPARE(target.version, Snmp::SnmpVersion::V1);
        QCOMPARE(target.community.revealString(), u"other"_qs);
        const Status missing = applySnmpCredentials(target, Workspace::SnmpVersion::V2c, u"snmp/c"_qs, lookupIn({}));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().detail.contains(u"snmp/c/community"_qs));
        QVERIFY(!applySnmpCredentials(target, Workspace::SnmpVersion::V2c, QString(), lookupIn({})).ok());
    }

    void usm()
    {
        const QHash<QString, QString> vault{{u"snmp/v3/user"_qs, u"ops"_qs},
                                            {u"snmp/v3/auth"_qs, u"auth pass"_qs},
                                            {u"snmp/v3/priv"_qs, u"priv pass"_qs},
                                            {u"snmp/v3/authProtocol"_qs, u"sha-256"_qs},
                                            {u"snmp/v3/privProtocol"_qs, u"AES-256"_qs},
                                            {u"snmp/an/user"_qs, u"reader"_qs},
                                            {u"snmp/an/auth"_qs, u"only auth"_qs},
                                            {u"snmp/bad/user"_qs, u"x"_qs},
                                            {u"snmp/bad/auth"_qs, u"y"_qs},
                                            {u"snmp/bad/authProtocol"_qs, u"SHA-3"_qs}};
        Snmp::SnmpTarget target;
        QVERIFY(applySnmpCredentials(target, Workspace::SnmpVersion::V3, u"snmp/v3"_qs, lookupIn(vault)).ok());
        QCOMPARE(target.version, Snmp::SnmpVersion::V3);
        QCOMPARE(target.user, u"ops"_qs);
        QCOMPARE(target.level, Snmp::SecurityLevel::AuthPriv);
        QCOMPARE(target.authProtocol, Snmp::AuthProtocol::Sha256);
        QCOMPARE(target.privProtocol, Snmp::PrivProtocol::Aes256);
        QCOMPARE(target.privPassphrase.revealString(), u"priv pass"_qs);

        Workspace::TrapUserConfig config{Workspace::SecretRef{u"snmp/an"_qs}, u"0x8000000001020304"_qs};
        auto user = trapUserFromVault(config, lookupIn(vault));
        QVERIFY(user.ok());
        QCOMPARE(user->user, u"reader"_qs);
        QCOMPARE(user->level, Snmp::SecurityLevel::AuthNoPriv);
        QCOMPARE(user->authProtocol, Snmp::AuthProtocol::Sha1);
        QCOMPARE(user->engineId, QByteArray::fromHex("8000000001020304"));

        const Status bad = applySnmpCredentials(target, Workspace::SnmpVersion::V3, u"snmp/bad"_qs, lookupIn(vault));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QVERIFY(bad.error().detail.contains(u"snmp/bad/authProtocol"_qs));
        const auto noUser = trapUserFromVault({Workspace::SecretRef{u"snmp/none"_qs}, {}}, lookupIn(vault));
        QVERIFY(!noUser.ok());
        QVERIFY(noUser.error().detail.contains(u"snmp/none/user"_qs));
    }
};

QTEST_GUILESS_MAIN(TestSnmpVaultCredentials)
#include "tst_snmpvaultcredentials.moc"
