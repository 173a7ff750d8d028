// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QVariantList>

#include "backend/core/result.h"
#include "backend/domain/objectkind.h"

class QJsonArray;

namespace OpsDeck::Domain {

/// One end of a cable: the object it terminates on.
struct CableEnd
{
    QString end;        ///< "A" or "B"
    QString objectType; ///< e.g. "dcim.interface"
    qint64 objectId = 0;
    friend bool operator==(const CableEnd &, const CableEnd &) = default;
};

/// A NetBox object reduced to the store's columns for its kind, in the order
/// of KindInfo::columns. Cables also carry their terminations.
struct MappedObject
{
    ObjectKind kind = ObjectKind::Tag;
    qint64 id = 0;
    QVariantList values;
    QList<CableEnd> terminations;
};

/// Maps NetBox API objects of any version from 3.0 to 4.6 onto the store's
/// (4.x-named) columns: renamed fields (device_role, rack type, pre-3.3 cable
/// terminations, prefix site, circuit termination site/provider_network) are
/// read from where each version puts them. Input is validated: a missing
/// required field or a value of the wrong type gives an InvalidInput error
/// naming the kind, the object id and the field. With a known @p release
/// only the fields that release serves are read (a column whose field the
/// release lacks is null). Pure functions; any thread.
class NetBoxMapper final
{
public:
    [[nodiscard]] static Result<MappedObject> map(ObjectKind kind, const QJsonObject &object, Release release = 0);
    /// Maps every object of a page; stops at the first bad object and reports
    /// it with its index on the page.
    [[nodiscard]] static Result<QList<MappedObject>> mapAll(ObjectKind kind, const QJsonArray &objects,
                                                            Release release = 0);
    /// The top-level fields map() reads from objects of @p release, for
    /// NetBox's `fields=` (4.0+): only names that release serves.
    [[nodiscard]] static QStringList fieldsFor(ObjectKind kind, Release release);
};

} // namespace OpsDeck::Domain
