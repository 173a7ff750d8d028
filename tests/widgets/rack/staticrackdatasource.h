// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QMetaObject>

#include "models/session/rack/rackdatasource.h"

namespace OpsDeck::Test {

/// A RackDataSource answering every site request with one fixed site, on
/// the next event loop turn; keeps no plans.
class StaticRackDataSource final : public Models::RackDataSource
{
public:
    explicit StaticRackDataSource(Models::RackSiteData site, QObject *parent = nullptr)
        : RackDataSource(parent)
        , m_site(std::move(site))
    {}

    quint64 requestSite(qint64, qint64) override
    {
        const quint64 request = m_next++;
        QMetaObject::invokeMethod(this, [this, request] { emit siteLoaded(request, m_site); }, Qt::QueuedConnection);
        return request;
    }
    quint64 listPlans() override
    {
        const quint64 request = m_next++;
        QMetaObject::invokeMethod(this, [this, request] { emit plansListed(request, {}); }, Qt::QueuedConnection);
        return request;
    }
    quint64 savePlan(const QString &name, const QByteArray &) override
    {
        const quint64 request = m_next++;
        QMetaObject::invokeMethod(this, [this, request, name] { emit planSaved(request, name); }, Qt::QueuedConnection);
        return request;
    }
    quint64 loadPlan(const QString &name) override
    {
        const quint64 request = m_next++;
        QMetaObject::invokeMethod(this, [this, request, name] {
            emit errorOccurred(request, Error(ErrorCode::NotFound, QStringLiteral("no plan named %1").arg(name)));
        }, Qt::QueuedConnection);
        return request;
    }

private:
    Models::RackSiteData m_site;
    quint64 m_next = 1;
};

} // namespace OpsDeck::Test
