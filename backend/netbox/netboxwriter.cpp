// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/netboxwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include "backend/domain/netboxmapper.h"
#include "backend/store/store.h"

Q_DECLARE_LOGGING_CATEGORY(lcNetBox)

namespace OpsDeck::NetBox {

using Domain::ObjectKind;

namespace {

QString path(ObjectKind kind, qint64 id = 0)
{
    const QString list = Domain::kindInfo(kind).endpoint + QLatin1Char('/');
    return id ? list + QString::number(id) + QLatin1Char('/') : list;
}

// NetBox's ETag is the isoformat of last_updated ("+00:00"), the JSON
// field the same instant with "Z".
QByteArray etagFor(const QString &lastUpdated)
{
    QString iso = lastUpdated;
    if (iso.endsWith(QLatin1Char('Z')))
        iso = iso.left(iso.size() - 1) + QStringLiteral("+00:00");
    return "W/\"" + iso.toUtf8() + '"';
}

// A field's value as the API shows it, reduced to the write form (nested
// object -> id, choice -> value) so the three sides compare.
QJsonValue writeForm(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("value")) && o.contains(QStringLiteral("label")))
            return o.value(QStringLiteral("value"));
        if (o.contains(QStringLiteral("id")))
            return o.value(QStringLiteral("id"));
    }
    return v;
}

} // namespace

int WriteReport::count(WriteOutcome::State state) const
{
    int n = 0;
    for (const WriteOutcome &o : outcomes)
        n += o.state == state ? 1 : 0;
    return n;
}

QJsonObject versionWriteForm(ObjectKind kind, QJsonObject fields, ApiVersion version)
{
    if (!version.isKnown())
        return fields;
    switch (kind) {
    case ObjectKind::Device:
        if (!version.atLeast(3, 6) && fields.contains(QStringLiteral("role")))
            fields.insert(QStringLiteral("device_role"), fields.take(QStringLiteral("role")));
        break;
    case ObjectKind::Rack:
        if (!version.atLeast(4, 1) && fields.contains(QStringLiteral("form_factor")))
            fields.insert(QStringLiteral("type"), fields.take(QStringLiteral("form_factor")));
        break;
    case ObjectKind::Prefix:
        if (!version.atLeast(4, 2) && fields.contains(QStringLiteral("scope_type"))) {
            const QString scopeType = fields.take(QStringLiteral("scope_type")).toString();
            const QJsonValue scopeId = fields.take(QStringLiteral("scope_id"));
            fields.insert(QStringLiteral("site"), scopeType == QLatin1String("dcim.site") ? scopeId : QJsonValue());
        }
        break;
    case ObjectKind::Cable:
        if (!version.atLeast(3, 3)) {
            for (const char *end : {"a", "b"}) {
                const QString side = QString::fromLatin1(end);
                const QJsonArray terms = fields.take(side + QStringLiteral("_terminations")).toArray();
                if (terms.isEmpty())
                    continue;
                const QJsonObject first = terms.first().toObject();
                fields.insert(QStringLiteral("termination_%1_type").arg(side), first.value(QStringLiteral("object_type")));
                fields.insert(QStringLiteral("termination_%1_id").arg(side), first.value(QStringLiteral("object_id")));
            }
        }
        break;
    default:
        break;
    }
    return fields;
}

NetBoxWriter::NetBoxWriter(NetBoxClient *client, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

NetBoxWriter::~NetBoxWriter()
{
    for (const QPointer<NetBoxReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void NetBoxWriter::push(const ChangeSet &changes)
{
    if (m_running) {
        qCWarning(lcNetBox) << "a NetBox write is already running";
        return;
    }
    m_running = true;
    m_report = WriteReport{};
    m_steps.clear();
    m_done = 0;
    QHash<ObjectKind, QList<int>> updates;
    QHash<ObjectKind, QList<int>> creates;
    for (const Edit &e : changes.edits()) {
        const int index = int(m_report.outcomes.size());
        WriteOutcome outcome;
        outcome.edit = e;
        outcome.id = e.id;
        m_report.outcomes << outcome;
        (e.type == Edit::Type::Update ? updates : creates)[e.kind] << index;
    }
    // Updates first (they only touch existing objects), then creates in
    // dependency order (a device before the cable or address on it).
    for (const Domain::KindInfo &info : Domain::allKinds()) {
        if (updates.contains(info.kind))
            m_steps << updates.value(info.kind);
    }
    for (const Domain::KindInfo &info : Domain::allKinds()) {
        if (creates.contains(info.kind))
            m_steps << creates.value(info.kind);
    }
    if (!m_client->version().isKnown()) {
        NetBoxReply *reply = track(m_client->fetchStatus());
        connect(reply, &NetBoxReply::finished, this, [this, reply](const Result<Response> &result) {
            m_inFlight.removeAll(reply);
            if (!result) {
                m_running = false;
                emit finished(result.error());
                return;
            }
            if (auto v = NetBoxClient::versionFromStatus(*result))
                m_client->setVersion(*v);
            next();
        });
        return;
    }
    next();
}

void NetBoxWriter::cancel()
{
    if (!m_running)
        return;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<NetBoxReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_running = false;
    emit finished(Error(ErrorCode::Cancelled, QStringLiteral("NetBox write cancelled")));
}

NetBoxReply *NetBoxWriter::track(NetBoxReply *reply)
{
    m_inFlight.removeAll(nullptr);
    m_inFlight << reply;
    return reply;
}

void NetBoxWriter::next()
{
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    const QList<int> step = m_steps.takeFirst();
    const Edit &first = m_report.outcomes.at(step.first()).edit;
    if (first.type == Edit::Type::Create)
        bulkWrite("POST", step, false);
    else if (m_client->version().hasETags())
        runUpdatesWithETags(step);
    else
        runUpdatesCompared(step);
}

void NetBoxWriter::stepDone()
{
    if (--m_pending == 0)
        next();
}

void NetBoxWriter::runUpdatesWithETags(const QList<int> &indexes)
{
    m_pending = int(indexes.size());
    for (int index : indexes) {
        const Edit &e = m_report.outcomes.at(index).edit;
        auto synced = ChangeSet::syncedLastUpdated(*m_store, e.kind, e.id);
        if (!synced) {
            failed(index, synced.error());
            stepDone();
            continue;
        }
        const QJsonObject body = versionWriteForm(e.kind, e.fields, m_client->version());
        NetBoxReply *reply = track(m_client->send("PATCH", path(e.kind, e.id),
                                                  QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                  etagFor(*synced)));
        connect(reply, &NetBoxReply::finished, this, [this, index, reply](const Result<Response> &result) {
            m_inFlight.removeAll(reply);
            const Edit &e = m_report.outcomes.at(index).edit;
            if (result) {
                written(index, result->json.object());
                stepDone();
                return;
            }
            const int status = result.error().context.value(QStringLiteral("status")).toInt();
            if (status != 412 && status != 404) {
                failed(index, result.error());
                stepDone();
                return;
            }
            if (status == 404) {
                conflict(index, {}, true);
                stepDone();
                return;
            }
            // Precondition failed: fetch what NetBox holds now to show it.
            NetBoxReply *get = track(m_client->get(path(e.kind, e.id)));
            connect(get, &NetBoxReply::finished, this, [this, index, get](const Result<Response> &current) {
                m_inFlight.removeAll(get);
                if (current)
                    conflict(index, current->json.object(), false);
                else
                    conflict(index, {}, current.error().code == ErrorCode::NotFound);
                stepDone();
            });
        });
    }
}

void NetBoxWriter::runUpdatesCompared(const QList<int> &indexes)
{
    // Fetch the current objects in one list request per 100 ids and compare
    // last_updated with the synced value.
    const ObjectKind kind = m_report.outcomes.at(indexes.first()).edit.kind;
    QList<QList<int>> chunks;
    for (qsizetype i = 0; i < indexes.size(); i += 100)
        chunks << indexes.mid(i, 100);
    auto fresh = std::make_shared<QList<int>>();
    auto remaining = std::make_shared<int>(int(chunks.size()));
    m_pending = 1;
    for (const QList<int> &chunk : chunks) {
        QUrlQuery q;
        for (int index : chunk)
            q.addQueryItem(QStringLiteral("id"), QString::number(m_report.outcomes.at(index).edit.id));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (kind == ObjectKind::Device)
            q.addQueryItem(QStringLiteral("exclude"), QStringLiteral("config_context"));
        NetBoxReply *reply = track(m_client->get(path(kind), q));
        connect(reply, &NetBoxReply::finished, this,
                [this, reply, chunk, fresh, remaining](const Result<Response> &result) {
                    m_inFlight.removeAll(reply);
                    QHash<qint64, QJsonObject> current;
                    if (result) {
                        for (const QJsonValue &v : result->json.object().value(QStringLiteral("results")).toArray())
                            current.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
                    }
                    for (int index : chunk) {
                        const Edit &e = m_report.outcomes.at(index).edit;
                        if (!result) {
                            failed(index, result.error());
                            continue;
                        }
                        auto synced = ChangeSet::syncedLastUpdated(*m_store, e.kind, e.id);
                        if (!synced) {
                            failed(index, synced.error());
                        } else if (!current.contains(e.id)) {
                            conflict(index, {}, true);
                        } else if (current.value(e.id).value(QStringLiteral("last_updated")).toString() != *synced) {
                            conflict(index, current.value(e.id), false);
                        } else {
                            *fresh << index;
                        }
                    }
                    if (--*remaining > 0)
                        return;
                    if (fresh->isEmpty()) {
                        stepDone();
                        return;
                    }
                    // The bulk PATCH replaces this step's pending count.
                    m_pending = 0;
                    bulkWrite("PATCH", *fresh, false);
                });
    }
}

void NetBoxWriter::bulkWrite(const QByteArray &method, const QList<int> &indexes, bool retried)
{
    const ObjectKind kind = m_report.outcomes.at(indexes.first()).edit.kind;
    QJsonArray body;
    for (int index : indexes) {
        const Edit &e = m_report.outcomes.at(index).edit;
        QJsonObject item = versionWriteForm(e.kind, e.fields, m_client->version());
        if (e.type == Edit::Type::Update)
            item.insert(QStringLiteral("id"), e.id);
        body << item;
    }
    m_pending = 1;
    NetBoxReply *reply = track(m_client->send(method, path(kind), QJsonDocument(body).toJson(QJsonDocument::Compact)));
    connect(reply, &NetBoxReply::finished, this, [this, reply, method, indexes, retried](const Result<Response> &result) {
        m_inFlight.removeAll(reply);
        if (result) {
            bulkWritten(method, indexes, result->json.array());
            stepDone();
            return;
        }
        // A rejected bulk create names the bad items in a list aligned with
        // the input; NetBox wrote nothing, so send the others again. A
        // rejected bulk update answers with the first failing object's
        // errors alone (a dict), so each object goes out on its own.
        const QVariant body = result.error().context.value(QStringLiteral("body"));
        const QVariantList perItem = body.toList();
        const bool namesItems = body.typeId() == QMetaType::QVariantList && perItem.size() == indexes.size();
        const bool fieldErrors = body.typeId() == QMetaType::QVariantMap && !body.toMap().contains(QStringLiteral("detail"));
        if (!retried && !namesItems && fieldErrors && indexes.size() > 1) {
            m_single = indexes;
            writeSingles(method);
            return;
        }
        QList<int> again;
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const QVariantMap itemErrors = perItem.value(i).toMap();
            if (namesItems && itemErrors.isEmpty() && !retried) {
                again << indexes.at(i);
            } else {
                Error e = result.error();
                if (!itemErrors.isEmpty()) {
                    e.detail = QStringLiteral("%1 %2: HTTP 400: %3")
                                   .arg(QString::fromLatin1(method), m_client->apiUrl(path(m_report.outcomes.at(indexes.at(i)).edit.kind)).toDisplayString(),
                                        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(itemErrors))
                                                              .toJson(QJsonDocument::Compact)));
                }
                failed(indexes.at(i), e);
            }
        }
        if (!again.isEmpty()) {
            bulkWrite(method, again, true);
            return;
        }
        stepDone();
    });
}

void NetBoxWriter::writeSingles(const QByteArray &method)
{
    if (m_single.isEmpty()) {
        stepDone();
        return;
    }
    const int index = m_single.takeFirst();
    const Edit &e = m_report.outcomes.at(index).edit;
    QJsonObject item = versionWriteForm(e.kind, e.fields, m_client->version());
    if (e.type == Edit::Type::Update)
        item.insert(QStringLiteral("id"), e.id);
    NetBoxReply *reply = track(m_client->send(method, path(e.kind),
                                              QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
    connect(reply, &NetBoxReply::finished, this, [this, reply, method, index](const Result<Response> &result) {
        m_inFlight.removeAll(reply);
        if (result)
            bulkWritten(method, {index}, result->json.array());
        else
            failed(index, result.error());
        writeSingles(method);
    });
}

void NetBoxWriter::bulkWritten(const QByteArray &method, const QList<int> &indexes, const QJsonArray &objects)
{
    if (method == "POST") {
        // Created objects come back in the order sent.
        for (qsizetype i = 0; i < indexes.size(); ++i)
            written(indexes.at(i), objects.at(i).toObject());
        return;
    }
    // Updated objects come back in the model's ordering, and one deleted
    // meanwhile not at all (NetBox filters the ids it is given).
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : objects)
        byId.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
    for (int index : indexes) {
        const qint64 id = m_report.outcomes.at(index).edit.id;
        if (byId.contains(id))
            written(index, byId.value(id));
        else
            conflict(index, {}, true);
    }
}

void NetBoxWriter::written(int index, const QJsonObject &object)
{
    WriteOutcome &o = m_report.outcomes[index];
    o.state = WriteOutcome::State::Written;
    o.id = object.value(QStringLiteral("id")).toInteger(o.id);
    // Mirror the answer so the store holds NetBox's new last_updated.
    auto mapped = Domain::NetBoxMapper::map(o.edit.kind, object);
    if (mapped) {
        if (auto st = m_store->upsert({*mapped}); !st)
            qCWarning(lcNetBox).noquote() << "written object not mirrored:" << st.error().detail;
    }
    emit progress(++m_done, int(m_report.outcomes.size()));
}

void NetBoxWriter::conflict(int index, const QJsonObject &remote, bool deleted)
{
    WriteOutcome &o = m_report.outcomes[index];
    o.state = WriteOutcome::State::Conflict;
    Conflict &c = o.conflict;
    c.kind = o.edit.kind;
    c.id = o.edit.id;
    c.deletedRemotely = deleted;
    c.syncedLastUpdated = ChangeSet::syncedLastUpdated(*m_store, c.kind, c.id).value();
    c.remoteLastUpdated = remote.value(QStringLiteral("last_updated")).toString();
    c.remoteObject = remote;
    for (auto it = o.edit.fields.constBegin(); it != o.edit.fields.constEnd(); ++it) {
        ConflictField f;
        f.field = it.key();
        f.local = it.value();
        auto synced = ChangeSet::syncedValue(*m_store, c.kind, c.id, it.key());
        f.synced = synced ? *synced : QJsonValue(QJsonValue::Undefined);
        f.remote = deleted ? QJsonValue(QJsonValue::Undefined) : writeForm(remote.value(it.key()));
        c.fields << f;
    }
    qCInfo(lcNetBox).noquote() << "conflict:" << Domain::kindInfo(c.kind).key << c.id << "changed in NetBox since the sync";
    emit progress(++m_done, int(m_report.outcomes.size()));
}

void NetBoxWriter::failed(int index, const Error &error)
{
    WriteOutcome &o = m_report.outcomes[index];
    o.state = WriteOutcome::State::Failed;
    o.error = error;
    emit progress(++m_done, int(m_report.outcomes.size()));
}

void NetBoxWriter::finish()
{
    m_running = false;
    emit finished(m_report);
}

} // namespace OpsDeck::NetBox
