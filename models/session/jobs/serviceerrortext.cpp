// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/jobs/serviceerrortext.h"

#include <QCoreApplication>

namespace OpsDeck::Models {

QString serviceErrorText(const QString &what, const Error &error, const QString &notFound, const QString &unsupported)
{
    QString reason;
    if (error.code == ErrorCode::Network || error.code == ErrorCode::Timeout)
        reason = QCoreApplication::translate("ServiceErrorText", "the OpsDeck service is not reachable");
    else if (error.code == ErrorCode::NotFound && !notFound.isEmpty())
        reason = notFound;
    else if (error.code == ErrorCode::Unsupported && !unsupported.isEmpty())
        reason = unsupported;
    else
        reason = error.detail.section(QLatin1Char('\n'), 0, 0);
    return QCoreApplication::translate("ServiceErrorText", "%1: %2.", "what failed and why").arg(what, reason);
}

} // namespace OpsDeck::Models
