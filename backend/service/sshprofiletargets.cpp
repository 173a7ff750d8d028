// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/service/sshprofiletargets.h"

#include "backend/domain/devicelabels.h"
#include "backend/store/store.h"

namespace OpsDeck::Service {

Result<QJsonObject> completeSshTarget(const QJsonObject &target, const Workspace::CredentialProfilesConfig &profiles,
                                      const QString &storePath)
{
    if (profiles.ssh.rules.isEmpty())
        return target;
    const QString device = target.value(QStringLiteral("device")).toString();
    Domain::DeviceLabels labels;
    labels.device = device;
    labels.siteName = target.value(QStringLiteral("site")).toString();
    labels.roleName = target.value(QStringLiteral("role")).toString();
    auto store = Store::Store::openSqlite(storePath, false);
    if (!store)
        return store.error();
    auto known = (*store)->deviceLabels();
    if (!known)
        return known.error();
    for (const Domain::DeviceLabels &d : std::as_const(*known)) {
        if (d.device == device) {
            labels = d;
            break;
        }
    }
    const Workspace::SshProfile *profile = profiles.sshProfileFor(labels);
    if (!profile)
        return target;
    QJsonObject out = target;
    out.insert(QStringLiteral("credential"), profile->credentials.path);
    out.insert(QStringLiteral("credentialProfile"), profile->name);
    if (out.value(QStringLiteral("user")).toString().isEmpty() && !profile->user.isEmpty())
        out.insert(QStringLiteral("user"), profile->user);
    return out;
}

} // namespace OpsDeck::Service
