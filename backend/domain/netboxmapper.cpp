// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/domain/netboxmapper.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace OpsDeck::Domain {

namespace {

const QString kId = QStringLiteral("id");
const QString kValue = QStringLiteral("value");

// Follows a dotted path; numeric segments index arrays. Returns false when
// any step is absent (a null in the middle counts as present-and-null).
bool lookupPath(const QJsonObject &object, const QStringList &path, QJsonValue *out)
{
    QJsonValue current(object);
    for (const QString &segment : path) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            const auto it = o.constFind(segment);
            if (it == o.constEnd())
                return false;
            current = it.value();
        } else if (current.isArray()) {
            bool isIndex = false;
            const int index = segment.toInt(&isIndex);
            const QJsonArray a = current.toArray();
            if (!isIndex || index < 0 || index >= a.size())
                return false;
            current = a.at(index);
        } else if (current.isNull()) {
            *out = QJsonValue::Null;
            return true;
        } else {
            return false;
        }
    }
    *out = current;
    return true;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

Error fieldError(const KindInfo &info, qint64 id, const QString &field, const QString &problem)
{
    QVariantMap ctx{{QStringLiteral("kind"), info.key}, {QStringLiteral("field"), field}};
    if (id > 0)
        ctx.insert(QStringLiteral("id"), id);
    return Error(ErrorCode::InvalidInput,
                 QStringLiteral("%1 %2: field '%3' %4").arg(info.key, id > 0 ? QString::number(id) : QStringLiteral("?"),
                                                           field, problem),
                 ctx);
}

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.007199254740992e15;
}

// Converts one extracted JSON value to the column's QVariant, or explains why not.
bool convert(const ColumnSpec &col, QJsonValue v, QVariant *out, QString *problem)
{
    switch (col.extract) {
    case Extract::Json:
        if (v.isNull() || v.isUndefined()) {
            *out = QVariant();
            return true;
        }
        if (v.isObject())
            *out = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            *out = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            *out = v.toVariant();
        return true;
    case Extract::Ref:
        if (v.isObject()) {
            const QJsonValue id = v.toObject().value(kId);
            if (!isIntegral(id)) {
                *problem = QStringLiteral("is a related object without a numeric id");
                return false;
            }
            v = id;
        }
        if (v.isNull() || v.isUndefined()) {
            *out = QVariant();
            return true;
        }
        if (!isIntegral(v)) {
            *problem = QStringLiteral("has the wrong type: expected a related object or an id, got %1").arg(describe(v));
            return false;
        }
        *out = static_cast<qint64>(v.toDouble());
        return true;
    case Extract::Choice:
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(kValue)) {
                *problem = QStringLiteral("is a choice object without a value");
                return false;
            }
            v = o.value(kValue);
        }
        break;
    case Extract::Plain:
        break;
    }

    if (v.isNull() || v.isUndefined()) {
        *out = QVariant();
        return true;
    }
    switch (col.type) {
    case ColumnType::Integer:
        if (!isIntegral(v)) {
            *problem = QStringLiteral("has the wrong type: expected an integer, got %1").arg(describe(v));
            return false;
        }
        *out = static_cast<qint64>(v.toDouble());
        return true;
    case ColumnType::Real:
        if (!v.isDouble()) {
            *problem = QStringLiteral("has the wrong type: expected a number, got %1").arg(describe(v));
            return false;
        }
        *out = v.toDouble();
        return true;
    case ColumnType::Boolean:
        if (!v.isBool()) {
            *problem = QStringLiteral("has the wrong type: expected true or false, got %1").arg(describe(v));
            return false;
        }
        *out = v.toBool();
        return true;
    case ColumnType::Text:
        if (v.isString()) {
            *out = v.toString();
            return true;
        }
        // NetBox renders some text-like fields as numbers in places (an
        // integer asset tag, a numeric label); keep them as text.
        if (v.isDouble()) {
            *out = QString::number(v.toDouble(), 'g', 17);
            return true;
        }
        *problem = QStringLiteral("has the wrong type: expected text, got %1").arg(describe(v));
        return false;
    }
    return false;
}

// Pre-3.3 cables: termination_a_type/termination_a_id; 3.3+: lists.
Result<QList<CableEnd>> cableEnds(const KindInfo &info, qint64 id, const QJsonObject &o)
{
    QList<CableEnd> ends;
    for (const auto &[side, list, legacyType, legacyId] :
         {std::tuple{QStringLiteral("A"), QStringLiteral("a_terminations"), QStringLiteral("termination_a_type"),
                     QStringLiteral("termination_a_id")},
          std::tuple{QStringLiteral("B"), QStringLiteral("b_terminations"), QStringLiteral("termination_b_type"),
                     QStringLiteral("termination_b_id")}}) {
        if (o.contains(list)) {
            const QJsonValue v = o.value(list);
            if (!v.isArray())
                return fieldError(info, id, list, QStringLiteral("has the wrong type: expected an array, got %1").arg(describe(v)));
            const QJsonArray items = v.toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject t = item.toObject();
                const QJsonValue type = t.value(QStringLiteral("object_type"));
                const QJsonValue oid = t.value(QStringLiteral("object_id"));
                if (!type.isString() || !isIntegral(oid))
                    return fieldError(info, id, list, QStringLiteral("holds a termination without object_type and object_id"));
                ends << CableEnd{side, type.toString(), static_cast<qint64>(oid.toDouble())};
            }
        } else if (o.contains(legacyType)) {
            const QJsonValue type = o.value(legacyType);
            const QJsonValue oid = o.value(legacyId);
            if (!type.isString() || !isIntegral(oid))
                return fieldError(info, id, legacyType, QStringLiteral("needs a type and a numeric %1").arg(legacyId));
            ends << CableEnd{side, type.toString(), static_cast<qint64>(oid.toDouble())};
        }
    }
    return ends;
}

// Fills 4.x scope/termination fields from the 3.x/early-4.x site fields.
QJsonObject normalised(ObjectKind kind, const QJsonObject &o)
{
    const auto refId = [](const QJsonValue &v) -> QJsonValue {
        return v.isObject() ? v.toObject().value(kId) : v;
    };
    if (kind == ObjectKind::Prefix && !o.contains(QStringLiteral("scope_type"))) {
        QJsonObject copy = o;
        const QJsonValue site = o.value(QStringLiteral("site"));
        if (!site.isNull() && !site.isUndefined()) {
            copy.insert(QStringLiteral("scope_type"), QStringLiteral("dcim.site"));
            copy.insert(QStringLiteral("scope_id"), refId(site));
        }
        return copy;
    }
    if (kind == ObjectKind::CircuitTermination && !o.contains(QStringLiteral("termination_type"))) {
        QJsonObject copy = o;
        const QJsonValue site = o.value(QStringLiteral("site"));
        const QJsonValue network = o.value(QStringLiteral("provider_network"));
        if (!site.isNull() && !site.isUndefined()) {
            copy.insert(QStringLiteral("termination_type"), QStringLiteral("dcim.site"));
            copy.insert(QStringLiteral("termination_id"), refId(site));
        } else if (!network.isNull() && !network.isUndefined()) {
            copy.insert(QStringLiteral("termination_type"), QStringLiteral("circuits.providernetwork"));
            copy.insert(QStringLiteral("termination_id"), refId(network));
        }
        return copy;
    }
    return o;
}

} // namespace

Result<MappedObject> NetBoxMapper::map(ObjectKind kind, const QJsonObject &input, Release release)
{
    const KindInfo &info = kindInfo(kind);
    const QJsonValue idValue = input.value(kId);
    if (!isIntegral(idValue) || idValue.toDouble() < 1)
        return fieldError(info, 0, kId, QStringLiteral("must be a positive integer, got %1").arg(describe(idValue)));
    const qint64 id = static_cast<qint64>(idValue.toDouble());

    const QJsonObject object = normalised(kind, input);
    MappedObject mapped;
    mapped.kind = kind;
    mapped.id = id;
    mapped.values.reserve(info.columns.size());
    for (const ColumnSpec &col : info.columns) {
        QJsonValue v = QJsonValue::Undefined;
        bool found = false;
        const QList<QStringList> paths = release ? col.pathsIn(release) : col.paths;
        for (const QStringList &path : paths) {
            if (lookupPath(object, path, &v)) {
                found = true;
                break;
            }
        }
        if (col.required && (!found || v.isNull()))
            return fieldError(info, id, col.paths.first().join(QLatin1Char('.')), QStringLiteral("is required but missing"));
        QVariant value;
        QString problem;
        if (found && !convert(col, v, &value, &problem))
            return fieldError(info, id, col.paths.first().join(QLatin1Char('.')), problem);
        mapped.values << value;
    }
    if (kind == ObjectKind::Cable) {
        auto ends = cableEnds(info, id, object);
        if (!ends)
            return ends.error();
        mapped.terminations = std::move(ends).value();
    }
    return mapped;
}

Result<QList<MappedObject>> NetBoxMapper::mapAll(ObjectKind kind, const QJsonArray &objects, Release release)
{
    QList<MappedObject> out;
    out.reserve(objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonValue v = objects.at(i);
        if (!v.isObject()) {
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("%1 list item %2 is %3, expected an object")
                             .arg(kindInfo(kind).key).arg(i).arg(describe(v)),
                         {{QStringLiteral("kind"), kindInfo(kind).key}, {QStringLiteral("index"), i}});
        }
        auto mapped = map(kind, v.toObject(), release);
        if (!mapped) {
            Error e = mapped.error();
            e.context.insert(QStringLiteral("index"), i);
            return e;
        }
        out << std::move(mapped).value();
    }
    return out;
}

QStringList NetBoxMapper::fieldsFor(ObjectKind kind, Release release)
{
    QStringList fields;
    for (const ColumnSpec &c : kindInfo(kind).columns) {
        for (const QStringList &path : c.pathsIn(release))
            fields << path.value(0);
    }
    // What normalised() and cableEnds() read besides the columns: the 4.2
    // scope fields are filled from the site fields of earlier releases.
    const auto scoped = [&](const QStringList &modern, const QStringList &legacy) {
        for (const QString &f : modern)
            fields.removeAll(f);
        if (release == 0 || release >= 402)
            fields << modern;
        if (release == 0 || release < 402)
            fields << legacy;
    };
    if (kind == ObjectKind::Cable)
        fields << QStringLiteral("a_terminations") << QStringLiteral("b_terminations");
    else if (kind == ObjectKind::Prefix)
        scoped({QStringLiteral("scope_type"), QStringLiteral("scope_id")}, {QStringLiteral("site")});
    else if (kind == ObjectKind::CircuitTermination)
        scoped({QStringLiteral("termination_type"), QStringLiteral("termination_id")},
               {QStringLiteral("site"), QStringLiteral("provider_network")});
    fields.removeDuplicates();
    return fields;
}

} // namespace OpsDeck::Domain
