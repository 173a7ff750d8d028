// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "backend/core/result.h"

namespace OpsDeck {

/// A response body that must be one JSON object. InvalidInput names @p what,
/// the parser's reason and the offset when it is not ("not JSON but an HTML
/// page" for a web page).
[[nodiscard]] Result<QJsonObject> parseJsonObject(const QByteArray &body, const QString &what);

} // namespace OpsDeck
