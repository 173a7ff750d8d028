// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "backend/netbox/changeset.h"

namespace OpsDeck::Test {

/// Change-set edits as JSON, so a whole expected list (fields, nulls and
/// order included) reads as one literal.
inline QJsonArray editsJson(const QList<NetBox::Edit> &edits)
{
    QJsonArray out;
    for (const NetBox::Edit &e : edits) {
        out.append(QJsonObject{
            {QStringLiteral("type"), e.type == NetBox::Edit::Type::Create ? QStringLiteral("create") : QStringLiteral("update")},
            {QStringLiteral("kind"), Domain::kindInfo(e.kind).key},
            {QStringLiteral("id"), e.id},
            {QStringLiteral("fields"), e.fields}});
    }
    return out;
}

/// A JSON array literal; an empty array (and a test failure) when malformed.
inline QJsonArray jsonArray(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        QTest::qFail(qPrintable(QStringLiteral("bad expected JSON: %1").arg(error.errorString())), __FILE__, __LINE__);
        return {};
    }
    return doc.array();
}

} // namespace OpsDeck::Test
