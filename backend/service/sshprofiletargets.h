// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/workspace/credentialprofiles.h"

namespace OpsDeck::Service {

/// Completes an SSH job target that names no credential from the SSH
/// credential profile its device gets (the first rule matching the device's
/// site, role or tag in the store at @p storePath; a device the store does not
/// know is matched on the target's own "site" and "role"): sets "credential"
/// and "credentialProfile", and "user" when the target has none and the
/// profile names one. Returns the target unchanged when no rule matches.
/// Opens the store on the calling thread.
[[nodiscard]] Result<QJsonObject> completeSshTarget(const QJsonObject &target,
                                                    const Workspace::CredentialProfilesConfig &profiles,
                                                    const QString &storePath);

} // namespace OpsDeck::Service
