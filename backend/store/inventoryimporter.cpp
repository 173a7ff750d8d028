// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/store/inventoryimporter.h"

#include "backend/store/store.h"

namespace OpsDeck::Store {

InventoryImporter::InventoryImporter(Store &store, int batchSize)
    : m_store(store)
    , m_batchSize(std::max(1, batchSize))
{
    m_pending.reserve(m_batchSize);
}

Status InventoryImporter::add(Domain::ObjectKind kind, const QJsonObject &object)
{
    auto mapped = Domain::NetBoxMapper::map(kind, object);
    if (!mapped)
        return mapped.error();
    return add(std::move(mapped).value());
}

Status InventoryImporter::add(Domain::MappedObject object)
{
    m_pending << std::move(object);
    if (m_pending.size() >= m_batchSize)
        return flush();
    return {};
}

Status InventoryImporter::flush()
{
    if (m_pending.isEmpty())
        return {};
    if (auto st = m_store.upsert(m_pending); !st)
        return st;
    m_written += m_pending.size();
    m_pending.clear();
    return {};
}

} // namespace OpsDeck::Store
