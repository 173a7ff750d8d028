// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Value types of a PRTG server as the import reads it. Plain, implicitly
// shared, safe to pass between threads.

namespace OpsDeck::Prtg {

/// A group or probe (a probe is a group whose parent is the root).
struct Group
{
    qint64 id = 0;
    QString name;
    QString probe;
    qint64 parentId = 0;
};

struct Device
{
    qint64 id = 0;
    QString name;
    QString host; ///< IP address or DNS name
    QString group;
    QString probe;
    qint64 parentId = 0; ///< the group
    int status = 0;      ///< PRTG status id 1..14
};

struct Sensor
{
    qint64 id = 0;
    QString name;
    QString type; ///< "ping", "snmptraffic", "snmpcustom", ...
    qint64 deviceId = 0;
    QString device;
    QString group;
    QString probe;
    int status = 0;     ///< 3 Up, 4 Warning, 5 Down, 7 Paused, ...
    QString message;    ///< message_raw (no HTML)
    int intervalSeconds = 0;
    QString tags;
};

/// One table.json page.
template<typename T>
struct TablePage
{
    QList<T> items;
    qint64 treeSize = 0; ///< every matching row, all pages
};

/// The envelope of a table.json answer: the server's release and how many
/// rows match.
struct TableCount
{
    QString version;     ///< "prtg-version", e.g. "18.2.41.1636"
    qint64 treeSize = 0; ///< "treesize"
};

/// getsensordetails.json
struct SensorDetails
{
    QString name;
    QString sensorType;
    int intervalSeconds = 0;
    qint64 parentDeviceId = 0;
    QString parentDeviceName;
    int statusId = 0;
    QString statusText;
    QDateTime lastUp;    ///< UTC, invalid when "-"
    QDateTime lastCheck; ///< UTC
};

/// One historicdata.json row: channel caption -> value.
struct HistoryRow
{
    QDateTime time; ///< UTC
    QHash<QString, double> channels;
};

} // namespace OpsDeck::Prtg
