// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonArray>
#include <QString>

namespace OpsDeck::Compliance {

/// The compliance report as CSV (RFC 4180: CRLF line ends, fields with a
/// comma, quote or line break quoted): a header, then one row per check of
/// every device in @p devices (the "devices" of a compliance.report answer),
/// and one row for a device without checks. Columns: device, site, role,
/// platform, device_state, check, kind, state, severity, detail,
/// running_version, target_version, upgrade_path (versions joined by " > ").
[[nodiscard]] QString reportCsv(const QJsonArray &devices);

} // namespace OpsDeck::Compliance
