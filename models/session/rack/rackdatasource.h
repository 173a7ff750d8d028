// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include "backend/core/result.h"
#include "models/session/rack/racksitedata.h"

namespace OpsDeck::Models {

/// Where the rack views get their data and keep their plans: an
/// asynchronous interface the console implements over its session (or uses
/// StoreRackDataSource). Every request returns a request number and ends in
/// exactly one answer signal carrying it, or errorOccurred() with it.
///
/// Lives on the GUI thread; implementations never block it.
class RackDataSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackDataSource)

public:
    using QObject::QObject;
    ~RackDataSource() override = default;

    /// Loads the site @p siteId, or the site of rack @p rackId when
    /// @p siteId is 0. Answered by siteLoaded().
    virtual quint64 requestSite(qint64 siteId, qint64 rackId = 0) = 0;
    /// Names of the saved plans. Answered by plansListed().
    virtual quint64 listPlans() = 0;
    /// Saves a plan document under @p name (replacing one of that name).
    /// Answered by planSaved().
    virtual quint64 savePlan(const QString &name, const QByteArray &document) = 0;
    /// Reads the plan document @p name. Answered by planLoaded().
    virtual quint64 loadPlan(const QString &name) = 0;

signals:
    void siteLoaded(quint64 request, const OpsDeck::Models::RackSiteData &data);
    void plansListed(quint64 request, const QStringList &names);
    void planSaved(quint64 request, const QString &name);
    void planLoaded(quint64 request, const QString &name, const QByteArray &document);
    void errorOccurred(quint64 request, const OpsDeck::Error &error);
};

} // namespace OpsDeck::Models
