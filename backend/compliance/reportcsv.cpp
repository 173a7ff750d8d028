// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/reportcsv.h"

#include "backend/compliance/compliancereport.h"

#include <QJsonObject>
#include <QStringList>

namespace OpsDeck::Compliance {

namespace {

QString row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << ComplianceReport::csvField(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString reportCsv(const QJsonArray &devices)
{
    QString csv =
        row({QStringLiteral("device"), QStringLiteral("site"), QStringLiteral("role"), QStringLiteral("platform"),
             QStringLiteral("device_state"), QStringLiteral("check"), QStringLiteral("kind"), QStringLiteral("state"),
             QStringLiteral("severity"), QStringLiteral("detail"), QStringLiteral("running_version"),
             QStringLiteral("target_version"), QStringLiteral("upgrade_path")});
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        const QJsonObject version = d.value(QStringLiteral("version")).toObject();
        QStringList path;
        for (const QJsonValue &p : version.value(QStringLiteral("path")).toArray())
            path << p.toString();
        const QStringList head{d.value(QStringLiteral("device")).toString(), d.value(QStringLiteral("site")).toString(),
                               d.value(QStringLiteral("role")).toString(),
                               d.value(QStringLiteral("platform")).toString(),
                               d.value(QStringLiteral("state")).toString()};
        const QStringList tail{version.value(QStringLiteral("running")).toString(),
                               version.value(QStringLiteral("target")).toString(), path.join(QStringLiteral(" > "))};
        const QJsonArray checks = d.value(QStringLiteral("checks")).toArray();
        if (checks.isEmpty())
            csv += row(head + QStringList{QString(), QString(), QString(), QString(), QString()} + tail);
        for (const QJsonValue &c : checks) {
            const QJsonObject check = c.toObject();
            csv += row(head +
                       QStringList{check.value(QStringLiteral("check")).toString(),
                                   check.value(QStringLiteral("kind")).toString(),
                                   check.value(QStringLiteral("state")).toString(),
                                   check.value(QStringLiteral("severity")).toString(),
                                   check.value(QStringLiteral("detail")).toString()} +
                       tail);
        }
    }
    return csv;
}

} // namespace OpsDeck::Compliance
