// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include "backend/core/result.h"
#include "backend/demo/estategenerator.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Demo {

/// Fills a store with the generated demo estate through the same mapping and
/// import path a NetBox sync uses, in one transaction (all or nothing).
/// `progress` is called now and then with the objects written so far and may
/// return false to cancel (the store is then left as it was).
[[nodiscard]] Status importDemoEstate(Store::Store &store, const EstateOptions &options = {},
                                      const std::function<bool(qint64 written)> &progress = {});

} // namespace OpsDeck::Demo
