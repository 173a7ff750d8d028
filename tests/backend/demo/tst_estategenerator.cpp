// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include "backend/demo/estategenerator.h"
#include "backend/domain/netboxmapper.h"

using namespace OpsDeck;
using namespace OpsDeck::Domain;
using OpsDeck::Demo::EstateGenerator;
using OpsDeck::Demo::EstateOptions;

namespace {

QByteArray digest(const EstateOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    EstateGenerator(options).generate([&](ObjectKind kind, const QJsonObject &o) {
        hash.addData(QByteArray::number(static_cast<int>(kind)));
        hash.addData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    return hash.result();
}

QString refName(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
}

} // namespace

class TestEstateGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sizeOfOneCopy()
    {
        const auto counts = EstateGenerator().counts();
        QCOMPARE(counts.value(ObjectKind::Site), 3);
        QCOMPARE(counts.value(ObjectKind::Location), 4); // AMS1 has two rooms
        QVERIFY(counts.value(ObjectKind::Rack) >= 12);
        QVERIFY2(counts.value(ObjectKind::Device) >= 300, qPrintable(QString::number(counts.value(ObjectKind::Device))));
        QVERIFY2(counts.value(ObjectKind::Interface) >= 5000, qPrintable(QString::number(counts.value(ObjectKind::Interface))));
        QVERIFY2(counts.value(ObjectKind::Cable) >= 400, qPrintable(QString::number(counts.value(ObjectKind::Cable))));
        QCOMPARE(counts.value(ObjectKind::Circuit), 2);
        QVERIFY(counts.value(ObjectKind::IpAddress) > 100);
        QVERIFY(counts.value(ObjectKind::Prefix) > 3);
        QVERIFY(counts.value(ObjectKind::Vlan) >= 6);
        QVERIFY(counts.value(ObjectKind::Tenant) >= 2);
        QVERIFY(counts.value(ObjectKind::Tag) >= 2);
        QVERIFY(counts.value(ObjectKind::FrontPort) > 0);
        QCOMPARE(counts.value(ObjectKind::FrontPort), counts.value(ObjectKind::RearPort));
    }

    void scaleTwentyIsTheBenchmarkEstate()
    {
        EstateOptions options;
        options.scale = 20;
        const auto counts = EstateGenerator(options).counts();
        QVERIFY(counts.value(ObjectKind::Device) >= 6000);
        QVERIFY(counts.value(ObjectKind::Interface) >= 100000);
        QCOMPARE(counts.value(ObjectKind::Site), 3);
        // The largest site holds at least 200 racks.
        QVERIFY(counts.value(ObjectKind::Rack) >= 200 + 60);
    }

    void deterministic()
    {
        QCOMPARE(digest({}), digest({}));
        EstateOptions two;
        two.scale = 2;
        QVERIFY(digest({}) != digest(two));
    }

    void everyObjectMapsAndIdsAreUnique()
    {
        QHash<ObjectKind, QSet<qint64>> ids;
        int failures = 0;
        EstateGenerator().generate([&](ObjectKind kind, const QJsonObject &o) {
            const auto mapped = NetBoxMapper::map(kind, o);
            if (!mapped) {
                if (++failures < 5)
                    qWarning() << mapped.error().toString();
                return;
            }
            ids[kind].insert(mapped->id);
        });
        QCOMPARE(failures, 0);
        const auto counts = EstateGenerator().counts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(qint64(ids.value(it.key()).size()), it.value());
    }

    void featuresTheViewsNeed()
    {
        bool tallRack = false, descendingRack = false, planned = false, plannedCable = false, chassisChild = false;
        bool powerCable = false, circuitCable = false;
        QHash<QString, QSet<QString>> facesAtU2; // rack -> faces of devices at U2
        int zeroU = 0;
        EstateGenerator().generate([&](ObjectKind kind, const QJsonObject &o) {
            if (kind == ObjectKind::Rack) {
                tallRack |= o.value(QStringLiteral("u_height")).toInt() == 48;
                descendingRack |= o.value(QStringLiteral("desc_units")).toBool();
            } else if (kind == ObjectKind::Device) {
                const QString status = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("value")).toString();
                planned |= status == QLatin1String("planned");
                chassisChild |= o.value(QStringLiteral("parent_device")).isObject();
                if (o.value(QStringLiteral("position")).isNull() && !o.value(QStringLiteral("parent_device")).isObject())
                    ++zeroU;
                if (o.value(QStringLiteral("position")).toDouble() == 2.0)
                    facesAtU2[refName(o, "rack")] << o.value(QStringLiteral("face")).toObject().value(QStringLiteral("value")).toString();
            } else if (kind == ObjectKind::Cable) {
                plannedCable |= o.value(QStringLiteral("status")).toObject().value(QStringLiteral("value")).toString() == QLatin1String("planned");
                const QString aType = o.value(QStringLiteral("a_terminations")).toArray().first().toObject().value(QStringLiteral("object_type")).toString();
                powerCable |= aType == QLatin1String("dcim.powerport");
                circuitCable |= aType == QLatin1String("circuits.circuittermination");
            }
        });
        QVERIFY(tallRack);
        QVERIFY(descendingRack);
        QVERIFY(planned);
        QVERIFY(plannedCable);
        QVERIFY(chassisChild);
        QVERIFY(powerCable);
        QVERIFY(circuitCable);
        QVERIFY(zeroU >= 24); // two PDUs per rack
        // Half-depth devices share U2 front and rear in every rack row rack.
        QVERIFY(!facesAtU2.isEmpty());
        for (auto it = facesAtU2.cbegin(); it != facesAtU2.cend(); ++it)
            QCOMPARE(it.value(), (QSet<QString>{QStringLiteral("front"), QStringLiteral("rear")}));
    }
};

QTEST_GUILESS_MAIN(TestEstateGenerator)
#include "tst_estategenerator.moc"
