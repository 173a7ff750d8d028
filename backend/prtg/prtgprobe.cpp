// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/prtg/prtgprobe.h"

#include "backend/core/probeerror.h"
#include "backend/prtg/prtgclient.h"

namespace OpsDeck::Prtg {

namespace {

Error describe(const Error &error, const QString &content)
{
    return describeProbeFailure(error, {QStringLiteral("PRTG"), QStringLiteral("the API token or passhash"),
                                        QStringLiteral("/api/table.json?content=") + content});
}

} // namespace

PrtgProbe::PrtgProbe(PrtgClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void PrtgProbe::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_result = {};
    m_client->fetchTableCount(QStringLiteral("devices"), this, [this](Result<TableCount> devices) {
        if (!devices) {
            end(describe(devices.error(), QStringLiteral("devices")));
            return;
        }
        m_result.version = devices->version;
        m_result.devices = devices->treeSize;
        m_client->fetchTableCount(QStringLiteral("sensors"), this, [this](Result<TableCount> sensors) {
            if (!sensors) {
                end(describe(sensors.error(), QStringLiteral("sensors")));
                return;
            }
            m_result.sensors = sensors->treeSize;
            end(m_result);
        });
    });
}

void PrtgProbe::cancel()
{
    if (m_running && m_client)
        m_client->cancel();
}

void PrtgProbe::end(const Result<ProbeResult> &result)
{
    m_running = false;
    emit finished(result);
}

} // namespace OpsDeck::Prtg
