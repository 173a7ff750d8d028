// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/core/result.h"

namespace OpsDeck {

/// How a connection test names the server it asks in its sentences.
struct ProbeSubject
{
    QString product;     ///< "Ciena MCP", "PRTG"
    QString credentials; ///< what a refusal is about: "the user name or password"
    QString request;     ///< the path asked, e.g. "/tron/api/v1/tokens"
};

/// The sentence for a failed request of a connection test, one a person can
/// act on: the server did not answer in time, its certificate is not
/// trusted, it is not @p subject's product (a web page or other non-JSON
/// answer, JSON of another shape, or no such API: 404), it refused the credentials (with the
/// server's own words), or it cannot be reached. Cancelled is passed on as
/// it is. Reads the client's error context: "status" (HTTP) and
/// "contentType" (of the answer).
[[nodiscard]] Error describeProbeFailure(const Error &error, const ProbeSubject &subject);

} // namespace OpsDeck
