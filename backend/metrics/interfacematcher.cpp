// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/metrics/interfacematcher.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "backend/domain/interfacename.h"

namespace OpsDeck::Metrics {

namespace {


enum class Field { Name, Descr, Alias };
enum class Fold { Exact, NoCase, Normalised };

QString fieldOf(const Snmp::InterfaceStats &row, Field field)
{
    switch (field) {
    case Field::Name:
        return row.name;
    case Field::Descr:
        return row.descr;
    case Field::Alias:
        return row.alias;
    }
    return {};
}

QString keyOf(const QString &text, Fold fold)
{
    switch (fold) {
    case Fold::Exact:
        return text;
    case Fold::NoCase:
        return Domain::foldedInterfaceName(text);
    case Fold::Normalised:
        return Domain::normalisedInterfaceName(text);
    }
    return {};
}

QString ruleName(Field field, Fold fold)
{
    static const char *const fields[] = {"ifName", "ifDescr", "ifAlias"};
    static const char *const suffixes[] = {"", "-nocase", "-normalised"};
    return QLatin1String(fields[int(field)]) + QLatin1String(suffixes[int(fold)]);
}

enum class Direction { None, Rx, Tx };

Direction directionOf(const QString &sensorName)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    static const QSet<QString> rx{QStringLiteral("rx"), QStringLiteral("receive"), QStringLiteral("received"),
                                  QStringLiteral("rcv")};
    static const QSet<QString> tx{QStringLiteral("tx"), QStringLiteral("transmit"), QStringLiteral("transmitted")};
    bool isRx = false;
    bool isTx = false;
    for (const QString &word : sensorName.toLower().split(nonLetters, Qt::SkipEmptyParts)) {
        isRx = isRx || rx.contains(word);
        isTx = isTx || tx.contains(word);
    }
    if (isRx == isTx)
        return Direction::None;
    return isRx ? Direction::Rx : Direction::Tx;
}

// Rx and Tx sensor per ifIndex, where exactly one sensor claims the place.
QHash<qint64, std::pair<qint64, qint64>> matchSensors(const QList<Snmp::InterfaceStats> &polled,
                                                      const QList<Snmp::SensorReading> &sensors)
{
    QHash<QString, QSet<qint64>> ifIndexOfName;
    for (const Snmp::InterfaceStats &row : polled) {
        for (const QString &name : {row.name, row.descr}) {
            if (!name.trimmed().isEmpty())
                ifIndexOfName[Domain::normalisedInterfaceName(name)].insert(row.ifIndex);
        }
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,;()\\[\\]]+"));
    QHash<qint64, QList<qint64>> rxOf;
    QHash<qint64, QList<qint64>> txOf;
    for (const Snmp::SensorReading &s : sensors) {
        if (!InterfaceMatcher::isOpticalPowerSensor(s))
            continue;
        const QString name = s.name.isEmpty() ? s.descr : s.name;
        const Direction direction = directionOf(name);
        QSet<qint64> ports;
        for (const QString &word : name.split(separators, Qt::SkipEmptyParts)) {
            const auto it = ifIndexOfName.constFind(Domain::normalisedInterfaceName(word));
            if (it != ifIndexOfName.cend())
                ports.unite(*it);
        }
        if (ports.size() != 1)
            continue;
        (direction == Direction::Rx ? rxOf : txOf)[*ports.cbegin()].append(s.entityIndex);
    }
    QHash<qint64, std::pair<qint64, qint64>> out;
    for (auto it = rxOf.cbegin(); it != rxOf.cend(); ++it) {
        if (it->size() == 1)
            out[it.key()].first = it->first();
    }
    for (auto it = txOf.cbegin(); it != txOf.cend(); ++it) {
        if (it->size() == 1)
            out[it.key()].second = it->first();
    }
    return out;
}

} // namespace

bool InterfaceMatcher::isOpticalPowerSensor(const Snmp::SensorReading &sensor)
{
    const QString name = sensor.name.isEmpty() ? sensor.descr : sensor.name;
    if (directionOf(name) == Direction::None)
        return false;
    return sensor.unit == Snmp::SensorUnit::Dbm ||
           (sensor.unit == Snmp::SensorUnit::Watts && name.contains(QLatin1String("power"), Qt::CaseInsensitive));
}

QList<Domain::InterfaceMatch> InterfaceMatcher::match(const QList<Domain::Interface> &netbox,
                                                      const QList<Snmp::InterfaceStats> &polled,
                                                      const QList<Snmp::SensorReading> &sensors)
{
    QList<Domain::InterfaceMatch> out;
    QList<bool> netboxUsed(netbox.size(), false);
    QList<bool> polledUsed(polled.size(), false);
    for (const Fold fold : {Fold::Exact, Fold::NoCase, Fold::Normalised}) {
        for (const Field field : {Field::Name, Field::Descr, Field::Alias}) {
            QHash<QString, QList<qsizetype>> netboxByKey;
            for (qsizetype i = 0; i < netbox.size(); ++i) {
                if (!netboxUsed.at(i) && !netbox.at(i).name.trimmed().isEmpty())
                    netboxByKey[keyOf(netbox.at(i).name, fold)].append(i);
            }
            QHash<QString, QList<qsizetype>> polledByKey;
            for (qsizetype p = 0; p < polled.size(); ++p) {
                const QString text = fieldOf(polled.at(p), field);
                if (!polledUsed.at(p) && !text.trimmed().isEmpty())
                    polledByKey[keyOf(text, fold)].append(p);
            }
            for (auto it = netboxByKey.cbegin(); it != netboxByKey.cend(); ++it) {
                const auto rows = polledByKey.constFind(it.key());
                if (it->size() != 1 || rows == polledByKey.cend() || rows->size() != 1)
                    continue; // no candidate, or a tie
                const qsizetype i = it->first();
                const qsizetype p = rows->first();
                netboxUsed[i] = true;
                polledUsed[p] = true;
                Domain::InterfaceMatch m;
                m.ifIndex = polled.at(p).ifIndex;
                m.interfaceId = netbox.at(i).id;
                m.matchedBy = ruleName(field, fold);
                out << m;
            }
        }
    }
    const auto sensorsOf = matchSensors(polled, sensors);
    for (Domain::InterfaceMatch &m : out) {
        const auto it = sensorsOf.constFind(m.ifIndex);
        if (it != sensorsOf.cend()) {
            m.rxSensor = it->first;
            m.txSensor = it->second;
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.ifIndex < b.ifIndex; });
    return out;
}

bool InterfaceMatcher::sameMatches(QList<Domain::InterfaceMatch> a, QList<Domain::InterfaceMatch> b)
{
    if (a.size() != b.size())
        return false;
    const auto byIfIndex = [](const Domain::InterfaceMatch &x, const Domain::InterfaceMatch &y) {
        return x.ifIndex < y.ifIndex;
    };
    std::sort(a.begin(), a.end(), byIfIndex);
    std::sort(b.begin(), b.end(), byIfIndex);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), [](const auto &x, const auto &y) { return x.sameAs(y); });
}

} // namespace OpsDeck::Metrics
