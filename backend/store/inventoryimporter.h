// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>

#include "backend/core/result.h"
#include "backend/domain/netboxmapper.h"

namespace OpsDeck::Store {

class Store;

/// Streams NetBox API objects into a store: maps each one (validating it)
/// and writes them in batches, so a large endpoint never sits in memory.
/// The caller decides atomicity: wrap the whole import in
/// Store::transaction() to commit all or nothing.
///
/// Used by the NetBox sync and by the demo estate, so both take one path.
/// Lives on the store's thread.
class InventoryImporter final
{
public:
    explicit InventoryImporter(Store &store, int batchSize = 4096);

    /// Maps one object and queues it; writes a batch when full. A bad object
    /// is reported and nothing of it is queued.
    [[nodiscard]] Status add(Domain::ObjectKind kind, const QJsonObject &object);
    /// Queues an already mapped object.
    [[nodiscard]] Status add(Domain::MappedObject object);
    /// Writes what is queued.
    [[nodiscard]] Status flush();

    [[nodiscard]] qint64 written() const { return m_written; }

private:
    Store &m_store;
    int m_batchSize;
    QList<Domain::MappedObject> m_pending;
    qint64 m_written = 0;
};

} // namespace OpsDeck::Store
