// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace OpsDeck {

Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray start = body.trimmed().left(15).toLower();
        if (start.startsWith("<!doctype html") || start.startsWith("<html"))
            return Error(ErrorCode::InvalidInput, QStringLiteral("%1: not JSON but an HTML page").arg(what));
        return Error(ErrorCode::InvalidInput, QStringLiteral("%1: not JSON (%2 at offset %3)")
                                                  .arg(what, error.errorString())
                                                  .arg(error.offset));
    }
    if (!doc.isObject())
        return Error(ErrorCode::InvalidInput, QStringLiteral("%1: the body is not a JSON object").arg(what));
    return doc.object();
}

} // namespace OpsDeck
