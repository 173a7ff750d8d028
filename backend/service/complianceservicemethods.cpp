// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// ComplianceService: its IPC methods and the state it keeps across restarts.
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include "backend/domain/devicelabels.h"
#include "backend/ipc/ipcserver.h"
#include "backend/jobs/jobengine.h"
#include "backend/service/collectionservice.h"
#include "backend/service/complianceservice.h"

Q_DECLARE_LOGGING_CATEGORY(lcCompliance)

namespace OpsDeck::Service {

void ComplianceService::registerMethods(Ipc::IpcServer *server)
{
    server->registerMethod(QStringLiteral("compliance.report"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               return QJsonValue(reportJson(params.value(QStringLiteral("site")).toString()));
                           });
    server->registerMethod(
        QStringLiteral("compliance.run"), [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
            const QJsonValue given = params.value(QStringLiteral("devices"));
            if (!given.isUndefined() && !given.isArray())
                return Error(ErrorCode::InvalidInput, QStringLiteral("\"devices\" must be a list of device names"));
            QStringList devices;
            for (const QJsonValue &v : given.toArray()) {
                if (!v.isString() || v.toString().isEmpty())
                    return Error(ErrorCode::InvalidInput, QStringLiteral("\"devices\" must be a list of device names"));
                devices << v.toString();
            }
            if (!m_started)
                return Error(ErrorCode::Unsupported, QStringLiteral("the compliance checker is not running"));
            run(devices);
            return QJsonValue(
                QJsonObject{{QStringLiteral("started"), true}, {QStringLiteral("devices"), int(devices.size())}});
        });
    server->registerMethod(
        QStringLiteral("compliance.remediate"),
        [this](const QJsonObject &params, const QString &client) { return remediate(params, client); });
    server->registerMethod(QStringLiteral("compliance.drift"),
                           [this](const QJsonObject &params, const QString &) -> Result<QJsonValue> {
                               const QString device = params.value(QStringLiteral("device")).toString();
                               if (device.isEmpty())
                                   return Error(ErrorCode::InvalidInput, QStringLiteral("\"device\" is required"));
                               auto out = drift(device);
                               if (!out)
                                   return out.error();
                               return QJsonValue(*out);
                           });
}

Result<QJsonValue> ComplianceService::remediate(const QJsonObject &params, const QString &requester)
{
    const QString device = params.value(QStringLiteral("device")).toString();
    if (device.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("\"device\" is required"));
    QStringList lines;
    if (params.contains(QStringLiteral("lines"))) {
        for (const QJsonValue &v : params.value(QStringLiteral("lines")).toArray())
            lines << v.toString();
    } else {
        auto d = drift(device);
        if (!d)
            return d.error();
        if (!d->value(QStringLiteral("problem")).toString().isEmpty())
            return Error(ErrorCode::NotFound, d->value(QStringLiteral("problem")).toString());
        for (const QJsonValue &v : d->value(QStringLiteral("remediation")).toArray())
            lines << v.toString();
    }
    lines.removeAll(QString());
    if (lines.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("%1 has nothing to push: it is as intended").arg(device));
    QHash<QString, Domain::DeviceLabels> labels;
    if (auto known = CollectionService::loadDeviceAddresses(m_settings.storePath, &labels); !known)
        return known.error();
    const Domain::DeviceLabels label = labels.value(device);
    if (label.primaryIp.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 has no primary address to push to").arg(device));
    Jobs::JobRequest request;
    request.kind = Jobs::Kind::sshPush();
    request.targets =
        QJsonArray{QJsonObject{{QStringLiteral("device"), device},
                               {QStringLiteral("host"), label.primaryIp.section(QLatin1Char('/'), 0, 0)},
                               {QStringLiteral("port"), params.value(QStringLiteral("port")).toInt(22)},
                               {QStringLiteral("site"), !label.siteSlug.isEmpty() ? label.siteSlug : label.siteName},
                               {QStringLiteral("role"), label.roleName}}};
    const bool dryRun = params.value(QStringLiteral("dryRun")).toBool();
    request.parameters = {{QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
                          {QStringLiteral("dryRun"), dryRun}};
    request.intent =
        params.value(QStringLiteral("intent"))
            .toString(dryRun ? QStringLiteral("dry run of the remediation of %1's drift").arg(device)
                             : QStringLiteral("remediate %1's drift from its intended configuration").arg(device));
    request.requester = requester.isEmpty() ? QStringLiteral("compliance") : requester;
    auto ticket = Jobs::normalizeTicket(params.value(QStringLiteral("ticket")).toString());
    if (!ticket)
        return ticket.error();
    request.ticket = *ticket;
    auto submitted = m_engine->submit(request);
    if (!submitted)
        return submitted.error();
    return QJsonValue(submitted->job.toJson(false));
}

void ComplianceService::loadState()
{
    if (m_settings.statePath.isEmpty())
        return;
    QFile file(m_settings.statePath);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        qCWarning(lcCompliance, "compliance state %s is not valid JSON; starting afresh",
                  qPrintable(m_settings.statePath));
        return;
    }
    const QJsonObject state = doc.object();
    m_evaluatedAt = QDateTime::fromString(state.value(QStringLiteral("evaluatedAt")).toString(), Qt::ISODate);
    for (const QJsonValue &v : state.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject d = v.toObject();
        if (!d.value(QStringLiteral("device")).toString().isEmpty())
            m_devices.insert(d.value(QStringLiteral("device")).toString(), d);
    }
    const QJsonObject software = state.value(QStringLiteral("software")).toObject();
    for (auto it = software.constBegin(); it != software.constEnd(); ++it)
        m_software.insert(it.key(), it.value().toObject());
}

void ComplianceService::saveState() const
{
    if (m_settings.statePath.isEmpty())
        return;
    QJsonObject software;
    for (auto it = m_software.cbegin(); it != m_software.cend(); ++it)
        software.insert(it.key(), it.value());
    QJsonObject state = reportJson();
    state.insert(QStringLiteral("software"), software);
    const QByteArray data = QJsonDocument(state).toJson(QJsonDocument::Compact);
    QSaveFile file(m_settings.statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        qCWarning(lcCompliance, "compliance state %s not written: %s", qPrintable(m_settings.statePath),
                  qPrintable(file.errorString()));
}

} // namespace OpsDeck::Service
