// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/changesetjournal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "backend/domain/netboxmapper.h"
#include "backend/store/store.h"

namespace OpsDeck::NetBox {

namespace {

const QString kTable = QStringLiteral("netbox_pending_edits");
const QStringList kColumns = {QStringLiteral("seq"),    QStringLiteral("edit_type"), QStringLiteral("kind"),
                              QStringLiteral("object_id"), QStringLiteral("fields"), QStringLiteral("state"),
                              QStringLiteral("error"),  QStringLiteral("detail"),    QStringLiteral("created_at")};

const QString kUpdate = QStringLiteral("update");
const QString kCreate = QStringLiteral("create");

QString stateKey(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        return QStringLiteral("pending");
    case JournalEntry::State::Failed:
        return QStringLiteral("failed");
    case JournalEntry::State::Conflict:
        return QStringLiteral("conflict");
    case JournalEntry::State::KeepMine:
        return QStringLiteral("keep-mine");
    }
    return QStringLiteral("pending");
}

std::optional<JournalEntry::State> stateFromKey(const QString &key)
{
    for (auto s : {JournalEntry::State::Pending, JournalEntry::State::Failed, JournalEntry::State::Conflict,
                   JournalEntry::State::KeepMine}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QJsonObject conflictToJson(const Conflict &conflict)
{
    QJsonArray fields;
    for (const ConflictField &f : conflict.fields) {
        QJsonObject field{{QStringLiteral("field"), f.field}};
        if (!f.synced.isUndefined())
            field.insert(QStringLiteral("synced"), f.synced);
        if (!f.local.isUndefined())
            field.insert(QStringLiteral("local"), f.local);
        if (!f.remote.isUndefined())
            field.insert(QStringLiteral("remote"), f.remote);
        fields.append(field);
    }
    return {{QStringLiteral("syncedLastUpdated"), conflict.syncedLastUpdated},
            {QStringLiteral("remoteLastUpdated"), conflict.remoteLastUpdated},
            {QStringLiteral("deletedRemotely"), conflict.deletedRemotely},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("remoteObject"), conflict.remoteObject}};
}

Conflict conflictFromJson(Domain::ObjectKind kind, qint64 id, const QJsonObject &json)
{
    Conflict c;
    c.kind = kind;
    c.id = id;
    c.syncedLastUpdated = json.value(QStringLiteral("syncedLastUpdated")).toString();
    c.remoteLastUpdated = json.value(QStringLiteral("remoteLastUpdated")).toString();
    c.deletedRemotely = json.value(QStringLiteral("deletedRemotely")).toBool();
    c.remoteObject = json.value(QStringLiteral("remoteObject")).toObject();
    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &f : fields) {
        const QJsonObject fo = f.toObject();
        c.fields << ConflictField{fo.value(QStringLiteral("field")).toString(), fo.value(QStringLiteral("synced")),
                                  fo.value(QStringLiteral("local")), fo.value(QStringLiteral("remote"))};
    }
    return c;
}

Status adoptRemoteObject(Store::Store &store, Domain::ObjectKind kind, const QJsonObject &object)
{
    auto mapped = Domain::NetBoxMapper::map(kind, object);
    if (!mapped)
        return mapped.error();
    const QList<Domain::MappedObject> objects{*mapped};
    return store.transaction([&] { return store.upsert(objects); });
}

namespace ChangeSetJournal {

Status save(Store::Store &store, const QList<JournalEntry> &entries)
{
    QList<QVariantList> rows;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 seq = 1;
    for (const JournalEntry &e : entries) {
        rows << QVariantList{seq++,
                             e.edit.type == Edit::Type::Create ? kCreate : kUpdate,
                             Domain::kindInfo(e.edit.kind).key,
                             e.edit.id,
                             compactJson(e.edit.fields),
                             stateKey(e.state),
                             e.error,
                             e.conflict ? compactJson(conflictToJson(*e.conflict)) : QString(),
                             now};
    }
    return store.replaceRows(kTable, kColumns, rows);
}

Result<QList<JournalEntry>> load(Store::Store &store)
{
    auto rows = store.tableRows(kTable, kColumns);
    if (!rows)
        return rows.error();
    QList<JournalEntry> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        const qint64 seq = r.value(0).toLongLong();
        const auto bad = [seq](const QString &why) {
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("pending NetBox edit %1 in the workspace store cannot be read: %2").arg(seq).arg(why));
        };
        JournalEntry e;
        const QString type = r.value(1).toString();
        if (type != kCreate && type != kUpdate)
            return bad(QStringLiteral("unknown edit type \"%1\"").arg(type));
        e.edit.type = type == kCreate ? Edit::Type::Create : Edit::Type::Update;
        const Domain::KindInfo *info = Domain::kindForKey(r.value(2).toString());
        if (!info)
            return bad(QStringLiteral("unknown object kind \"%1\"").arg(r.value(2).toString()));
        e.edit.kind = info->kind;
        e.edit.id = r.value(3).toLongLong();
        if (e.edit.type == Edit::Type::Update && e.edit.id <= 0)
            return bad(QStringLiteral("an update without an object id"));
        const auto fields = parseObject(r.value(4).toString());
        if (!fields)
            return bad(QStringLiteral("its fields are not a JSON object"));
        e.edit.fields = *fields;
        const auto state = stateFromKey(r.value(5).toString());
        if (!state)
            return bad(QStringLiteral("unknown state \"%1\"").arg(r.value(5).toString()));
        e.state = *state;
        e.error = r.value(6).toString();
        const QString detail = r.value(7).toString();
        if (!detail.isEmpty()) {
            const auto conflict = parseObject(detail);
            if (!conflict)
                return bad(QStringLiteral("its conflict is not a JSON object"));
            e.conflict = conflictFromJson(e.edit.kind, e.edit.id, *conflict);
        }
        if (e.state == JournalEntry::State::Conflict && !e.conflict)
            return bad(QStringLiteral("a conflict without its details"));
        out << e;
    }
    return out;
}

QList<JournalEntry> afterPush(const WriteReport &report)
{
    QList<JournalEntry> out;
    for (const WriteOutcome &o : report.outcomes) {
        switch (o.state) {
        case WriteOutcome::State::Written:
            break;
        case WriteOutcome::State::Failed:
            out << JournalEntry{o.edit, JournalEntry::State::Failed, o.error.detail, std::nullopt};
            break;
        case WriteOutcome::State::Conflict:
            out << JournalEntry{o.edit, JournalEntry::State::Conflict, {}, o.conflict};
            break;
        }
    }
    return out;
}

} // namespace ChangeSetJournal

} // namespace OpsDeck::NetBox
