// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include "backend/core/result.h"

namespace OpsDeck::Store {

class Store;

/// The store connection of a worker thread, opened there on first use
/// (database connections are bound to the thread that opens them). A
/// failure to open is remembered and returned again, so a broken store is
/// reported once per request and not reopened in a loop.
///
/// Used on one thread only: the worker's.
class ThreadStore final
{
public:
    /// Opens the store; called once, on the worker thread.
    using Factory = std::function<Result<std::unique_ptr<Store>>()>;

    explicit ThreadStore(Factory open);
    ~ThreadStore();

    ThreadStore(const ThreadStore &) = delete;
    ThreadStore &operator=(const ThreadStore &) = delete;

    /// The open store, opening it now when needed.
    [[nodiscard]] Result<Store *> open();
    /// The store when open, else nullptr.
    [[nodiscard]] Store *get() const { return m_store.get(); }
    /// Closes the store (on the worker thread).
    void reset() { m_store.reset(); }

private:
    Factory m_open;
    std::unique_ptr<Store> m_store;
    Error m_error;
    bool m_failed = false;
};

} // namespace OpsDeck::Store
