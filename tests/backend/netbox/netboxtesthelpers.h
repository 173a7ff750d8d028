// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonDocument>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QTest>

#include "backend/domain/netboxmapper.h"
#include "backend/store/store.h"
#include "tests/fixtures/netbox/netboxfixtureserver.h"

namespace OpsDeck::Test {

// A stored value and a mapped value are equal when both are null or their
// text forms agree (SQLite hands back integers for booleans and doubles for
// whole numbers as written).
inline bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    bool okA = false;
    bool okB = false;
    const double da = a.toDouble(&okA);
    const double db = b.toDouble(&okB);
    if (okA && okB && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString)
        return da == db;
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    return a.toString() == b.toString();
}

// Every object the server holds is in the store with the mapped values,
// and the store holds nothing else. Returns a description of the first
// difference, empty when equal.
inline QString compareStoreWithServer(Store::Store &store, const NetBoxFixtureServer &server)
{
    for (const Domain::KindInfo &info : Domain::allKinds()) {
        const QList<qint64> ids = server.ids(info.kind);
        auto count = store.count(info.kind);
        if (!count)
            return count.error().toString();
        if (*count != ids.size())
            return QStringLiteral("%1: %2 in the store, %3 on the server").arg(info.endpoint).arg(*count).arg(ids.size());
        for (qint64 id : ids) {
            auto mapped = Domain::NetBoxMapper::map(info.kind, server.object(info.kind, id));
            if (!mapped)
                return mapped.error().toString();
            auto row = store.row(info.kind, id);
            if (!row)
                return QStringLiteral("%1 %2: %3").arg(info.endpoint).arg(id).arg(row.error().toString());
            for (qsizetype c = 0; c < info.columns.size(); ++c) {
                if (!sameValue(row->value(c), mapped->values.value(c)))
                    return QStringLiteral("%1 %2 column %3: store %4, server %5")
                        .arg(info.endpoint)
                        .arg(id)
                        .arg(info.columns.at(c).name, row->value(c).toString(), mapped->values.value(c).toString());
            }
        }
    }
    return {};
}

// Collects every message logged while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] static QStringList lines() { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines << message; }
    inline static QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace OpsDeck::Test
