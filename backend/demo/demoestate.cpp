// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/demoestate.h"

#include "backend/core/logging.h"
#include "backend/store/inventoryimporter.h"
#include "backend/store/store.h"

namespace OpsDeck::Demo {

Status importDemoEstate(Store::Store &store, const EstateOptions &options,
                        const std::function<bool(qint64 written)> &progress)
{
    return store.transaction([&]() -> Status {
        Store::InventoryImporter importer(store);
        Status failure;
        qint64 seen = 0;
        EstateGenerator(options).generate([&](Domain::ObjectKind kind, const QJsonObject &object) {
            if (!failure)
                return;
            if (auto st = importer.add(kind, object); !st) {
                failure = st;
                return;
            }
            if (progress && ++seen % 4096 == 0 && !progress(importer.written()))
                failure = Error(ErrorCode::Cancelled, QStringLiteral("the demo import was cancelled"));
        });
        if (!failure)
            return failure;
        if (auto st = importer.flush(); !st)
            return st;
        qCInfo(lcDemo) << "demo estate imported:" << importer.written() << "objects, scale" << options.scale;
        return {};
    });
}

} // namespace OpsDeck::Demo
