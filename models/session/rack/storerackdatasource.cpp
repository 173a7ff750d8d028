// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/rack/storerackdatasource.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QSaveFile>

#include "backend/store/store.h"

Q_LOGGING_CATEGORY(lcRackSource, "opsdeck.rack")

namespace OpsDeck::Models {

namespace {

const QLatin1String kPlanSuffix(".rackplan.json");

// Plan names become file names: keep letters, digits, space, dot, dash and
// underscore, so a name never leaves the plans folder.
QString planFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            safe += c;
        else
            safe += QLatin1Char('_');
    }
    return safe.trimmed() + kPlanSuffix;
}

// The store keeps no query for the role catalogue: offer the roles the
// site's devices already have.
QList<RackRole> rolesOf(const QList<Domain::Device> &devices)
{
    QMap<qint64, RackRole> byId;
    for (const Domain::Device &d : devices) {
        if (d.roleId && !byId.contains(d.roleId))
            byId.insert(d.roleId, RackRole{d.roleId, d.roleName, d.roleColor});
    }
    QList<RackRole> roles = byId.values();
    std::sort(roles.begin(), roles.end(), [](const RackRole &a, const RackRole &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return roles;
}

} // namespace

/// Runs the store queries and plan file I/O of a StoreRackDataSource on its
/// thread. Owns the Store it opens there.
class StoreRackWorker final : public QObject
{
public:
    StoreRackWorker(StoreRackDataSource::StoreOpener opener, QString plansDir)
        : m_opener(std::move(opener))
        , m_plansDir(std::move(plansDir))
    {}

    Result<Store::Store *> store()
    {
        if (!m_store) {
            auto opened = m_opener();
            if (!opened)
                return opened.error();
            m_store = std::move(opened.value());
        }
        return m_store.get();
    }

    Result<RackSiteData> loadSite(qint64 siteId, qint64 rackId)
    {
        auto s = store();
        if (!s)
            return s.error();
        Store::Store &st = *s.value();
        if (!siteId) {
            auto rack = st.rack(rackId);
            if (!rack)
                return rack.error();
            siteId = rack->siteId;
        }
        RackSiteData data;
        auto sites = st.sites();
        if (!sites)
            return sites.error();
        bool found = false;
        for (const Domain::Site &site : *sites) {
            if (site.id == siteId) {
                data.site = site;
                found = true;
            }
        }
        if (!found)
            return Error(ErrorCode::NotFound, QStringLiteral("site %1 is not in the store").arg(siteId));
        auto locations = st.locations(siteId);
        auto racks = st.racks(siteId);
        auto devices = st.devices(siteId);
        auto types = st.deviceTypes();
        auto reservations = st.rackReservations(siteId);
        auto limits = st.rackLimits(siteId);
        auto loads = st.deviceLoads(siteId);
        for (const Error *e : {locations ? nullptr : &locations.error(), racks ? nullptr : &racks.error(),
                               devices ? nullptr : &devices.error(), types ? nullptr : &types.error(),
                               reservations ? nullptr : &reservations.error(), limits ? nullptr : &limits.error(),
                               loads ? nullptr : &loads.error()}) {
            if (e)
                return *e;
        }
        data.locations = *locations;
        data.racks = *racks;
        data.devices = *devices;
        data.deviceTypes = *types;
        data.reservations = *reservations;
        data.limits = *limits;
        data.loads = *loads;
        data.roles = rolesOf(data.devices);
        return data;
    }

    Result<QStringList> listPlans() const
    {
        QDir dir(m_plansDir);
        QStringList names;
        const QStringList files = dir.entryList({QStringLiteral("*") + kPlanSuffix}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            names << file.left(file.size() - kPlanSuffix.size());
        return names;
    }

    Status savePlan(const QString &name, const QByteArray &document) const
    {
        if (!QDir().mkpath(m_plansDir))
            return Error(ErrorCode::Io, QStringLiteral("cannot create the plans folder"), {{QStringLiteral("file"), m_plansDir}});
        const QString path = QDir(m_plansDir).filePath(planFileName(name));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
            return Error(ErrorCode::Io, file.errorString(), {{QStringLiteral("file"), path}});
        return {};
    }

    Result<QByteArray> loadPlan(const QString &name) const
    {
        const QString path = QDir(m_plansDir).filePath(planFileName(name));
        QFile file(path);
        if (!file.exists())
            return Error(ErrorCode::NotFound, QStringLiteral("no plan named %1").arg(name), {{QStringLiteral("file"), path}});
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, file.errorString(), {{QStringLiteral("file"), path}});
        return file.readAll();
    }

private:
    StoreRackDataSource::StoreOpener m_opener;
    QString m_plansDir;
    std::unique_ptr<Store::Store> m_store;
};

StoreRackDataSource::StoreRackDataSource(StoreOpener opener, QString plansDir, QObject *parent)
    : RackDataSource(parent)
    , m_worker(new StoreRackWorker(std::move(opener), std::move(plansDir)))
{
    qRegisterMetaType<RackSiteData>();
    qRegisterMetaType<OpsDeck::Error>();
    m_thread.setObjectName(QStringLiteral("opsdeck-rack"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreRackDataSource::~StoreRackDataSource()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 StoreRackDataSource::requestSite(qint64 siteId, qint64 rackId)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request, siteId, rackId] {
        Result<RackSiteData> data = worker->loadSite(siteId, rackId);
        QMetaObject::invokeMethod(this, [this, request, data = std::move(data)] {
            if (data)
                emit siteLoaded(request, data.value());
            else {
                qCWarning(lcRackSource) << "rack data:" << data.error().toString();
                emit errorOccurred(request, data.error());
            }
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

quint64 StoreRackDataSource::listPlans()
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request] {
        Result<QStringList> names = worker->listPlans();
        QMetaObject::invokeMethod(this, [this, request, names = std::move(names)] {
            if (names)
                emit plansListed(request, names.value());
            else
                emit errorOccurred(request, names.error());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

quint64 StoreRackDataSource::savePlan(const QString &name, const QByteArray &document)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request, name, document] {
        Status saved = worker->savePlan(name, document);
        QMetaObject::invokeMethod(this, [this, request, name, saved = std::move(saved)] {
            if (saved)
                emit planSaved(request, name);
            else
                emit errorOccurred(request, saved.error());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

quint64 StoreRackDataSource::loadPlan(const QString &name)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request, name] {
        Result<QByteArray> document = worker->loadPlan(name);
        QMetaObject::invokeMethod(this, [this, request, name, document = std::move(document)] {
            if (document)
                emit planLoaded(request, name, document.value());
            else
                emit errorOccurred(request, document.error());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

} // namespace OpsDeck::Models
