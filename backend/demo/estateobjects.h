// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "backend/demo/estategenerator.h"

/// The demo estate's objects in NetBox 4.x form, one function a kind:
/// what EstateGenerator's plan (estategenerator.cpp) places where.
namespace OpsDeck::Demo::Detail {

using Domain::ObjectKind;

// Builds NetBox 4.x-shaped objects with nested brief references. Ids are
// allocated per kind in emission order, so the same options always give the
// same estate.
class ObjectWriter
{
public:
    ObjectWriter(const EstateOptions &options, const EstateGenerator::Sink &sink)
        : m_base(options.baseUrl)
        , m_sink(sink)
    {}

    qint64 nextId(ObjectKind kind) { return ++m_ids[kind]; }

    QJsonObject ref(ObjectKind kind, qint64 id, const QString &display, QJsonObject extra = {}) const
    {
        extra.insert(QStringLiteral("id"), id);
        extra.insert(QStringLiteral("url"), url(kind, id));
        extra.insert(QStringLiteral("display"), display);
        return extra;
    }

    QString url(ObjectKind kind, qint64 id) const
    {
        return m_base + QStringLiteral("/api/") + Domain::kindInfo(kind).endpoint + QLatin1Char('/') +
               QString::number(id) + QLatin1Char('/');
    }

    static QJsonObject choice(const QString &value, const QString &label)
    {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
    }

    static QJsonObject choice(const QString &value)
    {
        QString label = value;
        label.replace(QLatin1Char('-'), QLatin1Char(' '));
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        return choice(value, label);
    }

    // Emits an object with the common fields filled in and returns its id.
    qint64 put(ObjectKind kind, qint64 id, const QString &display, QJsonObject o)
    {
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("url"), url(kind, id));
        o.insert(QStringLiteral("display"), display);
        // Deterministic timestamps, spread over a day.
        const qint64 seconds = (id * 37 + static_cast<int>(kind) * 101) % 86400;
        o.insert(QStringLiteral("created"), QStringLiteral("2026-01-15T00:00:00Z"));
        o.insert(QStringLiteral("last_updated"),
                 QStringLiteral("2026-01-15T%1:%2:%3.000000Z")
                     .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                     .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(seconds % 60, 2, 10, QLatin1Char('0')));
        m_sink(kind, o);
        return id;
    }

private:
    QString m_base;
    const EstateGenerator::Sink &m_sink;
    QHash<ObjectKind, qint64> m_ids;
};

struct Named
{
    qint64 id = 0;
    QString name;
};

struct DeviceTypeInfo
{
    qint64 id = 0;
    QString model;
    QString manufacturer;
    qint64 manufacturerId = 0;
    double uHeight = 1;
    bool fullDepth = true;
};

struct SiteInfo
{
    Named site;
    QString code;          // "AMS1"
    QList<Named> rooms;    // locations
    int racksPerRow = 0;   // racks per copy
    int subnet = 0;        // second octet of the site's 10.x.0.0/16
    Named vlanServers;
    Named vlanMgmt;
    QList<Named> cores;    // core switches or edge routers the ToRs uplink to
    QList<qint64> coreFreePorts; // next free core interface per core (index into its port list)
    QList<QList<Named>> corePorts;
};

/// Emits the estate's objects with their nested references, ids and
/// deterministic serials and timestamps. The plan derives from it.
class EstateObjects
{
public:
    EstateObjects(const EstateOptions &options, const EstateGenerator::Sink &sink);

protected:
    using K = Domain::ObjectKind;

    struct DeviceSpec
    {
        QString name;
        const DeviceTypeInfo *type = nullptr;
        Named role;
        Named platform;
        const SiteInfo *site = nullptr;
        Named location;
        Named rack;
        double position = 0; // 0: not mounted
        QString face;
        Named tenant;
        QString status = QStringLiteral("active");
        Named parent;
        QString bay;
    };

    Named simple(K kind, const QString &name, QJsonObject extra = {});

    static QString slug(const QString &name);

    /// A device type of @p manufacturer; @p airflow and @p subdevice are
    /// NetBox choice values or null.
    DeviceTypeInfo deviceType(const Named &manufacturer, const char *model, double u, bool fullDepth,
                              const char *airflow, const char *subdevice = nullptr);

    QJsonObject nested(K kind, const Named &n) const;

    QJsonArray tagList(std::initializer_list<int> which) const;

    Named vlan(const SiteInfo &site, int vid, const QString &what);

    void prefix(const QString &cidr, const SiteInfo &site, const QString &status, const Named &vlanRef);

    Named device(const DeviceSpec &s, qint64 preallocatedId = 0);

    QList<Named> interfaces(const Named &dev, const QStringList &names, const QString &type, qint64 speedKbps,
                            bool mgmtLast = false, const Named &lag = {}, qint64 preallocatedId = 0);

    static QStringList portNames(const QString &pattern, int from, int to);

    // A cable between two terminations of any type ("dcim.interface", ...).
    void cable(const QString &aType, const Named &a, const Named &aDevice, const QString &bType, const Named &bEnd,
               const Named &bDevice, const QString &cableType, const QString &status = QStringLiteral("connected"),
               const QString &color = {});

    void link(const Named &a, const Named &aDev, const Named &bEnd, const Named &bDev, const QString &type,
              const QString &status = QStringLiteral("connected"));

    // Creates an IP address on an interface; returns its nested reference.
    QJsonObject address(const QString &cidr, const Named &iface, const Named &dev, const QString &dns = {});

    Named makeRack(SiteInfo &site, const Named &room, int copy, const QString &name, int height, bool descending,
                   const Named &tenant);

    void patchPorts(const Named &panel);

    Named powerPort(const Named &dev, const QString &name, int maxDraw);

    Named powerOutlet(const Named &dev, const QString &name, const QString &leg);

    void consolePort(const Named &dev, const QString &name);

    ObjectWriter b;
    QList<Named> m_tags;
    /// The address the next device() takes as its primary IP.
    std::optional<QJsonObject> m_pendingPrimaryIp;
    int m_serial = 0;
};

} // namespace OpsDeck::Demo::Detail
