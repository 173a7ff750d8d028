// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/jobs/jobenginecontext.h"

namespace OpsDeck::Jobs {

Result<JobStore *> threadStore(const QString &path)
{
    thread_local std::map<QString, std::unique_ptr<JobStore>> stores;
    auto it = stores.find(path);
    if (it != stores.end())
        return it->second.get();
    auto opened = JobStore::open(path);
    if (!opened)
        return opened.error();
    JobStore *raw = opened->get();
    stores.emplace(path, std::move(*opened));
    return raw;
}

} // namespace OpsDeck::Jobs
