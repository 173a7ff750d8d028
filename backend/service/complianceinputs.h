// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "backend/compliance/complianceengine.h"
#include "backend/core/result.h"
#include "backend/jobs/jobstore.h"

namespace OpsDeck::Service {

/// The workspace's "compliance" section, read: the engine it configures, and
/// where intended configurations come from.
///
/// JSON: {"volatile": {"comments", "drop": [...], "mask": [...]} (absent:
/// the built-in volatile lines), "rules": [rule...] (see Compliance::Rule),
/// "versions": {"targets": [...]} (see Compliance::VersionPolicy),
/// "intended": "netbox" (the default: NetBox 3.5+ render-config, when the
/// workspace has a NetBox connection) or "none"}.
struct ComplianceConfig
{
    std::shared_ptr<const Compliance::ComplianceEngine> engine;
    bool intendedFromNetBox = true;
    QStringList problems; ///< entries that were skipped, each naming its key

    [[nodiscard]] static ComplianceConfig read(const QJsonObject &section);
};

/// A device of the store with what the checks need: its facts (NetBox id,
/// site, role, platform, tags, primary address, interfaces and the VLANs of
/// its site) and its latest backup.
struct ComplianceDevice
{
    qint64 netboxId = 0;
    Compliance::DeviceFacts facts;
    bool hasBackup = false;
    Jobs::ConfigBackup backup;
};

/// Reads every device of the store at @p storePath with its latest backup
/// from the job store in the same file. Opens its own connections on the
/// calling thread: call it on a worker thread.
[[nodiscard]] Result<QList<ComplianceDevice>> loadComplianceDevices(const QString &storePath);

} // namespace OpsDeck::Service
