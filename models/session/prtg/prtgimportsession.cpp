// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/prtg/prtgimportsession.h"

#include <algorithm>

#include "backend/prtg/prtgclient.h"
#include "backend/store/store.h"
#include "backend/vault/secretstore.h"

namespace OpsDeck::Models {

PrtgImportSession::PrtgImportSession(Vault::SecretStore *vault, Store::Store *store, Domain::MetricSink *historySink,
                                     QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_sink(historySink)
    , m_client(new Prtg::PrtgClient(this))
    , m_importer(new Prtg::PrtgImporter(m_client, store, this))
{
    connect(m_importer, &Prtg::PrtgImporter::progress, this, &PrtgImportSession::progress);
    connect(m_importer, &Prtg::PrtgImporter::planReady, this, [this](const Result<Prtg::ImportPlan> &plan) {
        m_running = false;
        if (m_cancelled && plan)
            return failPlan(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        emit planReady(plan);
    });
    connect(m_importer, &Prtg::PrtgImporter::finished, this, [this](const Result<Prtg::ImportReport> &report) {
        m_running = false;
        emit finished(report);
    });
}

PrtgImportSession::~PrtgImportSession() = default;

void PrtgImportSession::failPlan(const Error &error)
{
    m_running = false;
    emit planReady(error);
}

void PrtgImportSession::connectAndPlan(const PrtgConnectionInput &input)
{
    if (m_running)
        return;
    if (!m_vault)
        return failPlan(Error(ErrorCode::InvalidInput, QStringLiteral("no vault to keep the PRTG credentials in")));
    const bool token = !input.apiToken.isEmpty();
    if (!input.url.isValid() || input.url.scheme().isEmpty() || (!token && (input.username.isEmpty()
                                                                            || input.passhash.isEmpty())))
        return failPlan(Error(ErrorCode::InvalidInput, QStringLiteral("PRTG needs a URL and a passhash or an API token")));
    m_running = true;
    m_cancelled = false;
    m_config = {};
    m_config.url = input.url.toString();
    m_config.username = token ? QString() : input.username;
    m_config.verifyTls = input.verifyTls;
    (token ? m_config.apiToken : m_config.passhash).path = token ? apiTokenKey : passhashKey;
    emit progress(QStringLiteral("connect"), 0, 1);
    const QString key = token ? apiTokenKey : passhashKey;
    m_vault->write(key, token ? input.apiToken : input.passhash, this, [this](Status written) {
        if (!written)
            return failPlan(written.error());
        if (m_cancelled)
            return failPlan(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        // The client takes its credentials from the vault, as a later run would.
        m_client->configure(m_config, *m_vault, this, [this](Status configured) {
            if (!configured)
                return failPlan(configured.error());
            if (m_cancelled)
                return failPlan(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
            m_netboxDevices.clear();
            if (m_store) {
                auto devices = m_store->devices();
                if (!devices)
                    return failPlan(devices.error());
                m_netboxDevices = std::move(*devices);
                std::sort(m_netboxDevices.begin(), m_netboxDevices.end(),
                          [](const Domain::Device &a, const Domain::Device &b) {
                              return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                          });
            }
            emit progress(QStringLiteral("connect"), 1, 1);
            m_importer->buildPlan();
        });
    });
}

Prtg::ImportPlan PrtgImportSession::restrictTo(const Prtg::ImportPlan &plan, const QSet<qint64> &prtgDeviceIds)
{
    Prtg::ImportPlan out;
    out.groups = plan.groups;
    for (const Prtg::DeviceMapping &m : plan.devices) {
        if (prtgDeviceIds.contains(m.prtgDeviceId))
            out.devices << m;
    }
    for (const Prtg::SensorPlan &s : plan.sensors) {
        if (prtgDeviceIds.contains(s.sensor.deviceId))
            out.sensors << s;
    }
    return out;
}

void PrtgImportSession::apply(const Prtg::ImportPlan &plan, const QSet<qint64> &prtgDeviceIds,
                              const Prtg::ApplyOptions &options)
{
    if (m_running)
        return;
    Prtg::ApplyOptions o = options;
    if (o.importHistory && !o.sink)
        o.sink = m_sink;
    m_running = true;
    m_cancelled = false;
    m_importer->apply(restrictTo(plan, prtgDeviceIds), o);
}

void PrtgImportSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_importer->cancel();
}

} // namespace OpsDeck::Models
