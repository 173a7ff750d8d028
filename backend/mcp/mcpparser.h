// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>

#include "backend/core/result.h"
#include "backend/mcp/mcptypes.h"

namespace OpsDeck::Mcp {

/// Turns MCP response bodies into value types. Tolerant of missing optional
/// attributes, numbers sent as strings and both alarm API shapes; strict about
/// what a sync cannot do without (an envelope with a `data` array, items with
/// an `id` and an `attributes` object): such a body gives an InvalidInput
/// error naming the item, never a partial result. Stateless; any thread.
class McpParser final
{
public:
    /// tron token response: `token` (and `timeout` in seconds, 0 if absent).
    [[nodiscard]] static Result<QString> parseToken(const QByteArray &body, int *timeoutSeconds = nullptr);
    [[nodiscard]] static Result<Page<NetworkElement>> parseNetworkConstructs(const QByteArray &body);
    [[nodiscard]] static Result<Page<Equipment>> parseEquipment(const QByteArray &body);
    [[nodiscard]] static Result<Page<Tpe>> parseTpes(const QByteArray &body);
    /// FREs with their end points resolved through `included` endPoints, or
    /// through an inline `relationships.tpes` list.
    [[nodiscard]] static Result<Page<Fre>> parseFres(const QByteArray &body);
    /// NSA alarms: v1 (`ActiveAlarm`, epoch ms times) and v2_0 (ISO times,
    /// `service-affecting`, meta `query-total`) are told apart per item.
    [[nodiscard]] static Result<Page<Alarm>> parseAlarms(const QByteArray &body);
    /// PM v3 query response; timestamps keyed by RFC 3339 strings.
    [[nodiscard]] static Result<PmPage> parsePm(const QByteArray &body);
    /// The message of an error body (`errors[].detail`/`code`, `errorMessage`,
    /// `message`), or the body's start when it is not JSON.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);
    /// Epoch milliseconds (number or numeric string) or an ISO 8601 string.
    [[nodiscard]] static QDateTime parseTime(const QJsonValue &value);
};

} // namespace OpsDeck::Mcp
