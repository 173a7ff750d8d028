// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

class QObject;

namespace OpsDeck::Store {

class Store;

/// Work on a store connection that lives on another thread: it runs there
/// with the open store and returns what to do next on the caller's thread
/// (an empty function when there is nothing to do). Only value types may
/// cross from one to the other.
using Work = std::function<std::function<void()>(Store &store)>;

/// Something that runs Work on the thread of its store connection (always,
/// even when @p context is gone by then) and hands the continuation to
/// @p context's thread, dropping it when @p context is gone. Views get one from the service that owns the connection.
using Access = std::function<void(QObject *context, Work work)>;

} // namespace OpsDeck::Store
