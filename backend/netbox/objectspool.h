// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/domain/netboxmapper.h"

class QTemporaryFile;

namespace OpsDeck::NetBox {

/// Where a sync keeps the objects it has read until it commits them: a
/// temporary file, so an estate of any size costs no memory and nothing
/// reaches the store before the last page has arrived. Written page by page,
/// then read back once in batches.
class ObjectSpool final
{
public:
    ObjectSpool();
    ~ObjectSpool();
    ObjectSpool(const ObjectSpool &) = delete;
    ObjectSpool &operator=(const ObjectSpool &) = delete;

    /// Creates the file (in the system's temporary folder).
    [[nodiscard]] Status open();
    [[nodiscard]] Status append(const QList<Domain::MappedObject> &objects);
    [[nodiscard]] qint64 count() const { return m_count; }

    /// Reads everything back in order, handing @p batchSize objects at a
    /// time to @p consume; stops at the first error (its own or consume's).
    [[nodiscard]] Status readBack(int batchSize,
                                  const std::function<Status(const QList<Domain::MappedObject> &)> &consume);

private:
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_count = 0;
};

} // namespace OpsDeck::NetBox
