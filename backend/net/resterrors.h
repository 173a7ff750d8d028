// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QString>

#include "backend/core/result.h"
#include "backend/net/resttypes.h"

namespace OpsDeck::Net {

/// The ErrorCode of an HTTP error status: 400/405/406 InvalidInput, 401/403
/// Auth, 404 NotFound, 409/412 Conflict, anything else Network.
[[nodiscard]] ErrorCode errorCodeForStatus(int status);

/// The cause a server gives in an error body, short enough for a log line:
/// a JSON object's "detail", "message", "error" or "errors"[0], else the
/// compact JSON; an HTML page's title (or its text); else the start of the
/// text; "(empty body)" for nothing.
[[nodiscard]] QString causeFromBody(const QByteArray &body);

/// Retry-After in milliseconds: delta-seconds or an HTTP date (bounded to
/// an hour); 0 when absent or unreadable.
[[nodiscard]] int retryAfterMs(const QByteArray &header);

/// How long to wait before attempt @p attempt + 1 (attempt counts from 1):
/// the jittered exponential backoff of @p policy, or @p retryAfter when the
/// server asked for longer (bounded by policy.maxRetryAfterMs).
[[nodiscard]] qint64 retryDelayMs(const RetryPolicy &policy, int attempt, int retryAfter);

} // namespace OpsDeck::Net
