// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/compliance/compliancesession.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>

#include "backend/ipc/ipcclient.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "models/session/jobs/serviceerrortext.h"

namespace OpsDeck::Models {

namespace {

const QString kTopic = QStringLiteral("compliance");

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

ComplianceState complianceStateFromString(const QString &text)
{
    if (text == u"compliant")
        return ComplianceState::Compliant;
    if (text == u"non-compliant")
        return ComplianceState::NonCompliant;
    if (text == u"not-applicable")
        return ComplianceState::NotApplicable;
    return ComplianceState::Unknown;
}

QString toString(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Compliant:
        return QStringLiteral("compliant");
    case ComplianceState::NonCompliant:
        return QStringLiteral("non-compliant");
    case ComplianceState::NotApplicable:
        return QStringLiteral("not-applicable");
    case ComplianceState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ComplianceCheck ComplianceCheck::fromJson(const QJsonObject &json)
{
    ComplianceCheck c;
    c.id = json.value(QStringLiteral("check")).toString();
    c.kind = json.value(QStringLiteral("kind")).toString();
    c.name = json.value(QStringLiteral("name")).toString();
    c.state = complianceStateFromString(json.value(QStringLiteral("state")).toString());
    c.severity = json.value(QStringLiteral("severity")).toString();
    c.detail = json.value(QStringLiteral("detail")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        c.evidence << ComplianceEvidence{e.value(QStringLiteral("line")).toInt(),
                                         e.value(QStringLiteral("text")).toString()};
    }
    return c;
}

int DeviceCompliance::failedChecks() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [](const ComplianceCheck &c) { return c.state == ComplianceState::NonCompliant; }));
}

DeviceCompliance DeviceCompliance::fromJson(const QJsonObject &json)
{
    DeviceCompliance d;
    d.json = json;
    d.device = json.value(QStringLiteral("device")).toString();
    d.site = json.value(QStringLiteral("site")).toString();
    d.role = json.value(QStringLiteral("role")).toString();
    d.platform = json.value(QStringLiteral("platform")).toString();
    d.state = complianceStateFromString(json.value(QStringLiteral("state")).toString());
    d.worstSeverity = json.value(QStringLiteral("worst")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("checks")).toArray())
        d.checks << ComplianceCheck::fromJson(v.toObject());
    d.backupVersion = json.value(QStringLiteral("backupVersion")).toInt();
    const QJsonObject version = json.value(QStringLiteral("version")).toObject();
    d.runningVersion = version.value(QStringLiteral("running")).toString();
    d.targetVersion = version.value(QStringLiteral("target")).toString();
    d.upgradePath = strings(version.value(QStringLiteral("path")));
    const QJsonValue drift = json.value(QStringLiteral("drift"));
    d.hasIntended = drift.isObject();
    d.driftAdded = drift.toObject().value(QStringLiteral("missing")).toInt();
    d.driftRemoved = drift.toObject().value(QStringLiteral("extra")).toInt();
    return d;
}

int ComplianceReport::count(ComplianceState state) const
{
    return int(std::count_if(devices.cbegin(), devices.cend(),
                             [state](const DeviceCompliance &d) { return d.state == state; }));
}

ComplianceReport ComplianceReport::fromJson(const QJsonObject &json)
{
    ComplianceReport r;
    const QDateTime at = QDateTime::fromString(json.value(QStringLiteral("evaluatedAt")).toString(), Qt::ISODate);
    r.evaluatedAt = at.isValid() ? at.toUTC() : QDateTime();
    r.running = json.value(QStringLiteral("running")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("devices")).toArray())
        r.devices << DeviceCompliance::fromJson(v.toObject());
    r.problems = strings(json.value(QStringLiteral("problems")));
    return r;
}

DriftDetail DriftDetail::fromJson(const QJsonObject &json)
{
    DriftDetail d;
    d.device = json.value(QStringLiteral("device")).toString();
    d.source = json.value(QStringLiteral("source")).toString();
    d.intended = json.value(QStringLiteral("intended")).toString();
    d.running = json.value(QStringLiteral("running")).toString();
    d.backupVersion = json.value(QStringLiteral("backupVersion")).toInt();
    d.remediation = strings(json.value(QStringLiteral("remediation")));
    d.problem = json.value(QStringLiteral("problem")).toString();
    return d;
}

ComplianceSession::ComplianceSession(JobServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<OpsDeck::Models::ComplianceReport>();
    qRegisterMetaType<OpsDeck::Models::DriftDetail>();
    if (!connection)
        return;
    connect(connection->client(), &Ipc::IpcClient::eventReceived, this, &ComplianceSession::handleEvent);
    connect(connection, &JobServiceConnection::stateChanged, this, &ComplianceSession::handleStateChanged);
    handleStateChanged();
}

ComplianceSession::~ComplianceSession() = default;

bool ComplianceSession::isAvailable() const
{
    return m_connection && m_connection->state() == JobServiceConnection::State::Connected;
}

const DeviceCompliance *ComplianceSession::device(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_report.devices.at(*it);
}

void ComplianceSession::handleStateChanged()
{
    const bool available = isAvailable();
    if (available) {
        m_connection->client()->subscribe({kTopic});
        requestReport();
    }
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

void ComplianceSession::handleEvent(const QString &topic, const QJsonObject &data)
{
    if (topic != kTopic)
        return;
    const QString type = data.value(QStringLiteral("type")).toString();
    if (type == u"progress")
        emit runProgress(data.value(QStringLiteral("done")).toInt(), data.value(QStringLiteral("total")).toInt());
    else if (type == u"finished")
        requestReport();
}

template<typename Handler>
void ComplianceSession::call(ComplianceRequest request, const QString &method, const QJsonObject &params,
                             Handler handler)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
            this,
            [this, request] {
                emit failed(request, Error(ErrorCode::Network, QStringLiteral("the service is not reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_connection->client()->call(method, params, this, [this, request, handler](Result<QJsonValue> r) {
        if (!r) {
            emit failed(request, r.error());
            return;
        }
        handler(*r);
    });
}

void ComplianceSession::requestReport()
{
    call(ComplianceRequest::Report, QStringLiteral("compliance.report"), {}, [this](const QJsonValue &answer) {
        m_report = ComplianceReport::fromJson(answer.toObject());
        m_index.clear();
        for (int i = 0; i < m_report.devices.size(); ++i)
            m_index.insert(m_report.devices.at(i).device, i);
        emit reportLoaded(m_report);
    });
}

void ComplianceSession::run(const QStringList &devices)
{
    QJsonObject params;
    if (!devices.isEmpty())
        params.insert(QStringLiteral("devices"), QJsonArray::fromStringList(devices));
    call(ComplianceRequest::Run, QStringLiteral("compliance.run"), params,
         [this](const QJsonValue &) { emit runStarted(); });
}

void ComplianceSession::requestDrift(const QString &device)
{
    call(ComplianceRequest::Drift, QStringLiteral("compliance.drift"), {{QStringLiteral("device"), device}},
         [this](const QJsonValue &answer) { emit driftLoaded(DriftDetail::fromJson(answer.toObject())); });
}

void ComplianceSession::remediate(const QString &device, const QStringList &lines, bool dryRun, const QString &ticket)
{
    QJsonObject params{{QStringLiteral("device"), device},
                       {QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
                       {QStringLiteral("dryRun"), dryRun}};
    if (!ticket.trimmed().isEmpty())
        params.insert(QStringLiteral("ticket"), ticket.trimmed());
    call(ComplianceRequest::Remediate, QStringLiteral("compliance.remediate"), params,
         [this, device, dryRun](const QJsonValue &answer) {
             emit remediationSubmitted(device, answer.toObject().value(QStringLiteral("id")).toString(), dryRun);
         });
}

QString ComplianceSession::errorText(ComplianceRequest request, const Error &error)
{
    QString what;
    switch (request) {
    case ComplianceRequest::Report:
        what = tr("The compliance report could not be loaded");
        break;
    case ComplianceRequest::Run:
        what = tr("The compliance check could not be started");
        break;
    case ComplianceRequest::Drift:
        what = tr("The intended configuration could not be compared");
        break;
    case ComplianceRequest::Remediate:
        what = tr("The remediation could not be submitted");
        break;
    }
    return serviceErrorText(what, error, tr("the service knows no such device"),
                            tr("the service does not check compliance"));
}

} // namespace OpsDeck::Models
