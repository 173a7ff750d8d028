// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDeck::Domain {

/// What a device is known by besides its name: its site, role and tags, each
/// by slug and by name as the store mirrors them from NetBox. Credential
/// profile rules match devices on these. Cheap to copy; any thread.
struct DeviceLabels
{
    qint64 deviceId = 0;
    QString device;    ///< the device's name
    QString primaryIp; ///< "10.0.0.1/24"; empty when it has none
    QString siteSlug;
    QString siteName;
    QString roleSlug;
    QString roleName;
    QStringList tagSlugs;
    QStringList tagNames; ///< same order as tagSlugs; a name may be empty when the store knows only the slug
};

/// The site, role and tag choices of a store, for pickers: slugs with their names.
struct LabelChoice
{
    QString slug;
    QString name;
};

struct LabelChoices
{
    QList<LabelChoice> sites;
    QList<LabelChoice> roles;
    QList<LabelChoice> tags;
};

} // namespace OpsDeck::Domain
