// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/store/threadstore.h"

#include "backend/store/store.h"

namespace OpsDeck::Store {

ThreadStore::ThreadStore(Factory open)
    : m_open(std::move(open))
{}

ThreadStore::~ThreadStore() = default;

Result<Store *> ThreadStore::open()
{
    if (m_store)
        return m_store.get();
    if (m_failed)
        return m_error;
    auto store = m_open();
    if (!store) {
        m_failed = true;
        m_error = store.error();
        return m_error;
    }
    m_store = std::move(store).value();
    return m_store.get();
}

} // namespace OpsDeck::Store
