// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxsync.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

#include "backend/domain/netboxmapper.h"
#include "backend/netbox/objectspool.h"
#include "backend/store/store.h"

Q_DECLARE_LOGGING_CATEGORY(lcNetBox)

namespace OpsDeck::NetBox {

using Domain::ObjectKind;

namespace {

constexpr int kCommitBatch = 4096;

Domain::Release releaseOf(const ApiVersion &version)
{
    return version.isKnown() ? version.major * 100 + version.minor : 0;
}

// NetBox renders last_updated with Python's isoformat, which leaves out a
// zero fraction ("...:05Z" next to "...:05.250000Z"); with the fraction
// filled in, timestamps of one server order as text.
QString comparableStamp(const QString &stamp)
{
    if (stamp.endsWith(QLatin1Char('Z')) && stamp.size() == 20)
        return stamp.left(19) + QStringLiteral(".000000Z");
    return stamp;
}

QString joinIds(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    parts.reserve(sorted.size());
    for (qint64 id : std::as_const(sorted))
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QSet<qint64> splitIds(const QString &text)
{
    QSet<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(part.toLongLong());
    return ids;
}

} // namespace

NetBoxSync::NetBoxSync(NetBoxClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    qRegisterMetaType<SyncProgress>();
}

NetBoxSync::~NetBoxSync()
{
    for (const QPointer<NetBoxReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void NetBoxSync::startFull()
{
    begin(true);
}

void NetBoxSync::startIncremental()
{
    begin(false);
}

void NetBoxSync::cancel()
{
    if (m_running)
        fail(Error(ErrorCode::Cancelled, QStringLiteral("NetBox sync cancelled")));
}

void NetBoxSync::begin(bool full)
{
    if (m_running) {
        qCWarning(lcNetBox) << "a NetBox sync is already running";
        return;
    }
    m_running = true;
    m_full = full;
    m_summary = SyncSummary{};
    m_clock.start();
    m_requestsAtStart = m_client->requestsSent();
    m_bytesAtStart = m_client->bytesReceived();
    m_spool = std::make_unique<ObjectSpool>();
    m_deletions.clear();
    m_watermarks.clear();
    m_atWatermark.clear();
    m_kinds.clear();
    m_kindIndex = -1;
    m_totalObjects = 0;
    m_totalBytes = 0;
    m_changeWatermark = 0;
    if (auto st = m_spool->open(); !st) {
        fail(st.error());
        return;
    }
    NetBoxReply *reply = m_client->fetchStatus();
    m_inFlight << reply;
    connect(reply, &NetBoxReply::finished, this, [this, reply](const Result<Response> &result) {
        m_inFlight.removeAll(reply);
        handleStatus(result);
    });
}

void NetBoxSync::handleStatus(const Result<Response> &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    auto version = NetBoxClient::versionFromStatus(*result);
    if (!version) {
        fail(version.error());
        return;
    }
    m_version = *version;
    m_client->setVersion(m_version);
    m_summary.version = m_version;
    m_kinds = Domain::kindsIn(releaseOf(m_version));
    for (const Domain::KindInfo &info : Domain::allKinds()) {
        if (!m_kinds.contains(&info))
            m_summary.skipped << info.kind;
    }
    if (!m_full) {
        // Without a watermark for every endpoint of the release there is no
        // baseline to build on (a first sync, or a release that added a
        // kind since): run a full sync instead.
        auto baseline = hasBaseline();
        if (!baseline) {
            fail(baseline.error());
            return;
        }
        m_full = !*baseline;
    }
    m_summary.full = m_full;
    if (!m_full) {
        auto changes = m_store->watermark(m_options.source, changeLogKey());
        if (!changes) {
            fail(changes.error());
            return;
        }
        m_changeWatermark = changes->toLongLong();
        startEndpoint();
        return;
    }
    // The newest change-log entry: deletions after it are the next
    // incremental sync's business.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ordering"), QStringLiteral("-id"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("brief"), QStringLiteral("1"));
    NetBoxReply *reply = m_client->get(m_version.objectChangesPath(), q);
    m_inFlight << reply;
    connect(reply, &NetBoxReply::finished, this, [this, reply](const Result<Response> &r) {
        m_inFlight.removeAll(reply);
        handleChangeHead(r);
    });
}

void NetBoxSync::handleChangeHead(const Result<Response> &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    const QJsonArray results = result->json.object().value(QStringLiteral("results")).toArray();
    m_changeWatermark = results.isEmpty() ? 0 : results.first().toObject().value(QStringLiteral("id")).toInteger();
    startEndpoint();
}

Result<bool> NetBoxSync::hasBaseline() const
{
    for (const Domain::KindInfo *info : m_kinds) {
        auto wm = m_store->watermark(m_options.source, info->endpoint);
        if (!wm)
            return wm.error();
        if (wm->isEmpty())
            return false;
    }
    return true;
}

QUrlQuery NetBoxSync::baseQuery() const
{
    const Domain::KindInfo &info = *m_kinds.at(m_kindIndex);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(m_options.pageSize, 1, 1000)));
    if (info.kind == ObjectKind::Device)
        q.addQueryItem(QStringLiteral("exclude"), QStringLiteral("config_context"));
    if (m_options.selectFields && m_version.atLeast(4, 0))
        q.addQueryItem(QStringLiteral("fields"),
                       Domain::NetBoxMapper::fieldsFor(info.kind, releaseOf(m_version)).join(QLatin1Char(',')));
    if (!m_since.isEmpty())
        q.addQueryItem(QStringLiteral("last_updated__gte"), m_since);
    return q;
}

void NetBoxSync::startEndpoint()
{
    ++m_kindIndex;
    if (m_kindIndex >= m_kinds.size()) {
        if (m_full) {
            commit();
        } else {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("action"), QStringLiteral("delete"));
            q.addQueryItem(QStringLiteral("id__gt"), QString::number(m_changeWatermark));
            q.addQueryItem(QStringLiteral("ordering"), QStringLiteral("id"));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            fetchDeletions(m_client->apiUrl(m_version.objectChangesPath(), q));
        }
        return;
    }
    const Domain::KindInfo &info = *m_kinds.at(m_kindIndex);
    m_total = -1;
    m_objects = 0;
    m_bytes = 0;
    m_queue.clear();
    m_endpointClock.start();
    m_since.clear();
    m_sinceIds.clear();
    if (!m_full) {
        auto wm = m_store->watermark(m_options.source, info.endpoint);
        auto ids = m_store->watermark(m_options.source, atWatermarkKey(info.endpoint));
        if (!wm || !ids) {
            fail(!wm ? wm.error() : ids.error());
            return;
        }
        m_since = *wm;
        m_sinceIds = splitIds(*ids);
        // Nothing new leaves the watermark where it is.
        m_watermarks.insert(info.endpoint, m_since);
        m_atWatermark.insert(info.endpoint, m_sinceIds);
    }
    emitProgress();
    if (m_version.hasCursorPaging()) {
        // Cursor paging is sequential per chain; to fetch side by side the
        // id space is split into ranges, one cursor chain each. A probe for
        // the count and the highest id sizes the ranges.
        QUrlQuery q = baseQuery();
        q.removeAllQueryItems(QStringLiteral("limit"));
        q.removeAllQueryItems(QStringLiteral("fields"));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("ordering"), QStringLiteral("-id"));
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id"));
        NetBoxReply *reply = m_client->get(info.endpoint + QLatin1Char('/'), q);
        m_inFlight << reply;
        connect(reply, &NetBoxReply::finished, this, [this, reply](const Result<Response> &r) {
            m_inFlight.removeAll(reply);
            handleProbe(r);
        });
        return;
    }
    QUrlQuery q = baseQuery();
    q.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request(m_client->apiUrl(info.endpoint + QLatin1Char('/'), q), true);
}

void NetBoxSync::handleProbe(const Result<Response> &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    const QJsonObject page = result->json.object();
    m_total = page.value(QStringLiteral("count")).toInteger(-1);
    const QJsonArray results = page.value(QStringLiteral("results")).toArray();
    if (m_total == 0 || results.isEmpty()) {
        endpointDone();
        return;
    }
    const qint64 maxId = results.first().toObject().value(QStringLiteral("id")).toInteger();
    const int pageSize = std::clamp(m_options.pageSize, 1, 1000);
    const qint64 pages = (std::max<qint64>(m_total, 1) + pageSize - 1) / pageSize;
    const qint64 ranges = std::clamp<qint64>(pages, 1, std::clamp(m_options.concurrency, 1, 16));
    const qint64 width = (maxId + ranges) / ranges;
    const QString path = m_kinds.at(m_kindIndex)->endpoint + QLatin1Char('/');
    for (qint64 i = 0; i < ranges; ++i) {
        QUrlQuery q = baseQuery();
        q.addQueryItem(QStringLiteral("start"), QString::number(i * width));
        if (i + 1 < ranges)
            q.addQueryItem(QStringLiteral("id__lt"), QString::number((i + 1) * width));
        m_queue << m_client->apiUrl(path, q);
    }
    while (m_inFlight.size() < std::clamp(m_options.concurrency, 1, 16) && !m_queue.isEmpty())
        request(m_queue.takeFirst(), false);
}

void NetBoxSync::request(const QUrl &url, bool first)
{
    NetBoxReply *reply = m_client->getUrl(url);
    m_inFlight << reply;
    connect(reply, &NetBoxReply::finished, this,
            [this, reply, first](const Result<Response> &result) { handlePage(reply, first, result); });
}

void NetBoxSync::handlePage(NetBoxReply *reply, bool first, const Result<Response> &result)
{
    m_inFlight.removeAll(reply);
    m_inFlight.removeAll(nullptr);
    const Domain::KindInfo &info = *m_kinds.at(m_kindIndex);
    if (!result) {
        fail(result.error());
        return;
    }
    const QJsonObject page = result->json.object();
    const QJsonValue resultsValue = page.value(QStringLiteral("results"));
    if (!result->json.isObject() || !resultsValue.isArray()) {
        fail(Error(ErrorCode::InvalidInput,
                   QStringLiteral("%1: not a NetBox list page (no \"results\" array)").arg(result->url.toDisplayString()),
                   {{QStringLiteral("url"), result->url.toDisplayString()}}));
        return;
    }
    const QJsonArray results = resultsValue.toArray();
    auto mapped = Domain::NetBoxMapper::mapAll(info.kind, results, releaseOf(m_version));
    if (!mapped) {
        Error e = mapped.error();
        e.detail = QStringLiteral("%1: malformed page: %2").arg(result->url.toDisplayString(), e.detail);
        e.context.insert(QStringLiteral("url"), result->url.toDisplayString());
        e.context.insert(QStringLiteral("endpoint"), info.endpoint);
        fail(e);
        return;
    }
    spool(info, *mapped);
    if (!m_running)
        return;
    m_bytes += result->body.size();
    m_totalBytes += result->body.size();

    const QJsonValue next = page.value(QStringLiteral("next"));
    const QJsonValue count = page.value(QStringLiteral("count"));
    const int pageSize = std::clamp(m_options.pageSize, 1, 1000);
    if (m_version.hasCursorPaging() || !count.isDouble()) {
        // Cursor chains (and servers that give no count) are followed.
        if (next.isString())
            m_queue.prepend(QUrl(next.toString()));
    } else if (first) {
        m_total = count.toInteger();
        const QString path = info.endpoint + QLatin1Char('/');
        for (qint64 offset = results.size(); offset < m_total; offset += pageSize) {
            QUrlQuery q = baseQuery();
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            m_queue << m_client->apiUrl(path, q);
        }
    }
    emitProgress();
    while (m_inFlight.size() < std::clamp(m_options.concurrency, 1, 16) && !m_queue.isEmpty())
        request(m_queue.takeFirst(), false);
    if (m_inFlight.isEmpty() && m_queue.isEmpty())
        endpointDone();
}

void NetBoxSync::spool(const Domain::KindInfo &info, const QList<Domain::MappedObject> &objects)
{
    QList<Domain::MappedObject> taken;
    taken.reserve(objects.size());
    QString &newest = m_watermarks[info.endpoint];
    QSet<qint64> &atNewest = m_atWatermark[info.endpoint];
    const QString since = comparableStamp(m_since);
    for (const Domain::MappedObject &o : objects) {
        const QString lastUpdated = o.values.constLast().toString();
        const QString stamp = comparableStamp(lastUpdated);
        // last_updated__gte brings back what was synced at the watermark;
        // exactly those objects are dropped (one updated again since has a
        // newer stamp and is kept).
        if (!since.isEmpty() && stamp == since && m_sinceIds.contains(o.id))
            continue;
        taken << o;
        if (lastUpdated.isEmpty())
            continue;
        const QString current = comparableStamp(newest);
        if (stamp > current) {
            newest = lastUpdated;
            atNewest = {o.id};
        } else if (stamp == current) {
            atNewest.insert(o.id);
        }
    }
    if (auto st = m_spool->append(taken); !st) {
        fail(st.error());
        return;
    }
    m_objects += taken.size();
    m_totalObjects += taken.size();
    m_summary.perKind[info.kind] += taken.size();
}

void NetBoxSync::endpointDone()
{
    startEndpoint();
}

void NetBoxSync::fetchDeletions(const QUrl &url)
{
    NetBoxReply *reply = m_client->getUrl(url);
    m_inFlight << reply;
    connect(reply, &NetBoxReply::finished, this, [this, reply](const Result<Response> &result) {
        m_inFlight.removeAll(reply);
        handleDeletions(result);
    });
}

void NetBoxSync::handleDeletions(const Result<Response> &result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    const QJsonObject page = result->json.object();
    for (const QJsonValue &v : page.value(QStringLiteral("results")).toArray()) {
        const QJsonObject change = v.toObject();
        const qint64 changeId = change.value(QStringLiteral("id")).toInteger();
        m_changeWatermark = std::max(m_changeWatermark, changeId);
        const Domain::KindInfo *kind =
            Domain::kindForContentType(change.value(QStringLiteral("changed_object_type")).toString());
        if (kind)
            m_deletions[kind->kind] << change.value(QStringLiteral("changed_object_id")).toInteger();
    }
    const QJsonValue next = page.value(QStringLiteral("next"));
    if (next.isString()) {
        fetchDeletions(QUrl(next.toString()));
        return;
    }
    commit();
}

void NetBoxSync::commit()
{
    emitProgress(true);
    qint64 deleted = 0;
    const Status st = m_store->transaction([&]() -> Status {
        if (m_full) {
            if (auto s = clearServedKinds(); !s)
                return s;
        }
        if (auto s = m_spool->readBack(kCommitBatch, [this](const auto &batch) { return m_store->upsert(batch); });
            !s)
            return s;
        for (auto it = m_deletions.constBegin(); it != m_deletions.constEnd(); ++it) {
            if (auto s = m_store->remove(it.key(), it.value()); !s)
                return s;
            deleted += it.value().size();
        }
        if (auto s = writeWatermarks(); !s)
            return s;
        if (auto s = m_store->setWatermark(m_options.source, changeLogKey(), QString::number(m_changeWatermark),
                                           m_changeWatermark);
            !s)
            return s;
        return m_store->setWatermark(m_options.source, lastSyncKey(),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    });
    if (!st) {
        fail(st.error());
        return;
    }
    m_summary.upserted = m_spool->count();
    m_summary.deleted = deleted;
    m_summary.bytes = m_client->bytesReceived() - m_bytesAtStart;
    m_summary.requests = m_client->requestsSent() - m_requestsAtStart;
    m_summary.elapsedMs = m_clock.elapsed();
    m_spool.reset();
    m_running = false;
    qCInfo(lcNetBox).noquote() << (m_full ? "full" : "incremental") << "sync of NetBox" << m_version.toString()
                               << "done:" << m_summary.upserted << "objects," << m_summary.deleted << "deletions in"
                               << m_summary.elapsedMs << "ms";
    emit finished(m_summary);
}

Status NetBoxSync::clearServedKinds()
{
    if (m_kinds.size() == Domain::allKinds().size())
        return m_store->clearInventory();
    // Kinds the release lacks keep their rows: nothing this server says
    // is about them.
    for (const Domain::KindInfo *info : std::as_const(m_kinds)) {
        auto rows = m_store->lastUpdated(info->kind);
        if (!rows)
            return rows.error();
        if (auto s = m_store->remove(info->kind, rows->keys()); !s)
            return s;
    }
    return {};
}

Status NetBoxSync::writeWatermarks()
{
    for (const Domain::KindInfo *info : std::as_const(m_kinds)) {
        QString wm = m_watermarks.value(info->endpoint);
        // An endpoint without objects (or, on 3.0, without last_updated in
        // its objects) still gets a baseline: everything is new after it.
        if (wm.isEmpty())
            wm = QStringLiteral("1970-01-01T00:00:00Z");
        if (auto s = m_store->setWatermark(m_options.source, info->endpoint, wm); !s)
            return s;
        if (auto s = m_store->setWatermark(m_options.source, atWatermarkKey(info->endpoint),
                                           joinIds(m_atWatermark.value(info->endpoint)));
            !s)
            return s;
    }
    return {};
}

void NetBoxSync::fail(const Error &error)
{
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<NetBoxReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_queue.clear();
    m_spool.reset();
    m_running = false;
    if (error.code != ErrorCode::Cancelled)
        qCWarning(lcNetBox).noquote() << "NetBox sync failed; the store is unchanged:" << error.detail;
    emit finished(error);
}

void NetBoxSync::emitProgress(bool committing)
{
    SyncProgress p;
    p.endpointCount = int(m_kinds.size());
    p.endpointIndex = std::clamp(m_kindIndex, 0, std::max(0, p.endpointCount - 1));
    p.endpoint = m_kinds.isEmpty() ? QString() : m_kinds.at(p.endpointIndex)->endpoint;
    p.objects = m_objects;
    p.total = m_total;
    p.bytes = m_bytes;
    p.totalObjects = m_totalObjects;
    p.totalBytes = m_totalBytes;
    p.committing = committing;
    if (m_total > 0 && m_objects > 0 && m_objects < m_total)
        p.etaMs = m_endpointClock.elapsed() * (m_total - m_objects) / m_objects;
    else if (m_total >= 0 && m_objects >= m_total)
        p.etaMs = 0;
    emit progress(p);
}

} // namespace OpsDeck::NetBox
