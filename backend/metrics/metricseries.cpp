// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
// Listing the metric store's series, for readers that look for every series
// of a metric (rule previews, exports).
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "backend/metrics/metricstore.h"

namespace OpsDeck::Metrics {

Result<QList<std::pair<qint64, Domain::SeriesKey>>> MetricStore::seriesOf(const QString &metric, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT id, device, object, metric FROM metric_series WHERE metric = ? ORDER BY id LIMIT ?"));
    q.addBindValue(metric);
    q.addBindValue(limit);
    if (!q.exec())
        return Error(ErrorCode::Database,
                     QStringLiteral("cannot list the series of %1: %2").arg(metric, q.lastError().text()));
    QList<std::pair<qint64, Domain::SeriesKey>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    Domain::SeriesKey{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}});
    return out;
}

} // namespace OpsDeck::Metrics
