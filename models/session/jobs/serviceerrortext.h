// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

#include "backend/core/result.h"

namespace OpsDeck::Models {

/// One translated sentence for a request to the workspace's service that
/// failed: "<what>: <why>." Why is "the OpsDeck service is not reachable"
/// for network errors and timeouts, @p notFound and @p unsupported for
/// those codes (when given), and otherwise the first line of the error's
/// detail. Any thread.
[[nodiscard]] QString serviceErrorText(const QString &what, const Error &error, const QString &notFound = {},
                                       const QString &unsupported = {});

} // namespace OpsDeck::Models
