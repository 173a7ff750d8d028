// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/demo/demoworkspace.h"

#include "backend/core/logging.h"
#include "backend/demo/democonfigs.h"
#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "backend/workspace/workspaceregistry.h"

namespace OpsDeck::Demo {

QString demoWorkspaceName()
{
    return QStringLiteral("Demo");
}

Result<Workspace::Workspace> ensureDemoWorkspace(const Workspace::WorkspaceRegistry &registry,
                                                 const EstateOptions &options,
                                                 const std::function<bool(qint64)> &progress)
{
    auto found = registry.findByName(demoWorkspaceName());
    if (!found && found.error().code != ErrorCode::NotFound)
        return found.error();
    if (!found) {
        found = registry.create(demoWorkspaceName());
        if (!found)
            return found.error();
        qCInfo(lcDemo) << "created the demo workspace in" << found->folder();
    }
    auto store = Store::Store::openSqlite(found->storePath());
    if (!store)
        return store.error();
    auto devices = (*store)->count(Domain::ObjectKind::Device);
    if (!devices)
        return devices.error();
    if (*devices == 0) {
        if (auto st = importDemoEstate(**store, options, progress); !st)
            return st.error();
    }
    store->reset();
    // Configurations to browse, search and check, once.
    if (auto st = seedDemoConfigurations(*found); !st)
        qCWarning(lcDemo).noquote() << "no demo configurations:" << st.error().toString();
    return found;
}

} // namespace OpsDeck::Demo
