// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/mcp/mcpthresholds.h"

#include <QHash>

#include "backend/store/store.h"

namespace OpsDeck::Mcp {

namespace {

const QString kTable = QStringLiteral("mcp_pm_thresholds");
const QStringList kColumns = {QStringLiteral("device"), QStringLiteral("object"), QStringLiteral("metric"),
                              QStringLiteral("level"), QStringLiteral("value")};

QString keyOf(const QString &device, const QString &object, const QString &metric, const QString &level)
{
    return device + u'\x1f' + object + u'\x1f' + metric + u'\x1f' + level;
}

Result<QList<Domain::MetricThreshold>> readAll(Store::Store &store)
{
    auto rows = store.tableRows(kTable, kColumns);
    if (!rows)
        return rows.error();
    QList<Domain::MetricThreshold> out;
    out.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        out << Domain::MetricThreshold{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                                       r.at(4).toDouble()};
    return out;
}

} // namespace

Status McpThresholds::merge(Store::Store &store, const QList<Domain::MetricThreshold> &thresholds)
{
    return store.transaction([&]() -> Status {
        auto all = readAll(store);
        if (!all)
            return all.error();
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < all->size(); ++i) {
            const Domain::MetricThreshold &t = all->at(i);
            index.insert(keyOf(t.device, t.object, t.metric, t.level), i);
        }
        for (const Domain::MetricThreshold &t : thresholds) {
            const QString key = keyOf(t.device, t.object, t.metric, t.level);
            if (const auto it = index.constFind(key); it != index.constEnd()) {
                (*all)[*it].value = t.value;
            } else {
                index.insert(key, all->size());
                all->append(t);
            }
        }
        QList<QVariantList> rows;
        rows.reserve(all->size());
        for (const Domain::MetricThreshold &t : std::as_const(*all))
            rows << QVariantList{t.device, t.object, t.metric, t.level, t.value};
        return store.replaceRows(kTable, kColumns, rows);
    });
}

Result<QList<Domain::MetricThreshold>> McpThresholds::read(Store::Store &store, const QString &device,
                                                           const QString &object, const QString &metric)
{
    auto all = readAll(store);
    if (!all)
        return all.error();
    QList<Domain::MetricThreshold> out;
    for (const Domain::MetricThreshold &t : std::as_const(*all)) {
        if (t.device == device && (object.isEmpty() || t.object == object) && (metric.isEmpty() || t.metric == metric))
            out << t;
    }
    return out;
}

} // namespace OpsDeck::Mcp
