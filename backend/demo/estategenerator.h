// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QHash>
#include <QJsonObject>

#include "backend/domain/objectkind.h"

namespace OpsDeck::Demo {

/// Shape of a generated estate.
struct EstateOptions
{
    /// Copies of the per-site rack rows: 1 gives about 330 devices, 20 about
    /// 6,600 (the benchmark estate). Sites and catalogue objects exist once.
    int scale = 1;
    /// Base URL the generated objects' `url` fields point at.
    QString baseUrl = QStringLiteral("https://netbox.demo.invalid");
};

/// Per-kind object counts of a generated estate.
using EstateCounts = QHash<Domain::ObjectKind, qint64>;

/// Generates a deterministic demo estate as NetBox 4.x API objects: 3 sites
/// (one with two rooms), rows of 42U racks (one 48U and one with descending
/// units per row), switches, servers of 1U/2U/4U on front and rear,
/// half-depth devices sharing a unit front and rear, 0U PDUs, patch panels
/// with front/rear ports, a blade chassis with children in bays, cabling
/// (copper, fibre, power, some planned), prefixes, VLANs, addresses on
/// interfaces, two circuits between sites, tenants and tags.
///
/// The objects go through the same mapping a NetBox sync uses, so the demo
/// exercises the real import path. Pure computation; any thread.
class EstateGenerator final
{
public:
    using Sink = std::function<void(Domain::ObjectKind kind, const QJsonObject &object)>;

    explicit EstateGenerator(EstateOptions options = {});

    /// Emits every object, catalogue first, each rack row after. Objects are
    /// emitted after what they refer to, except that a device with a primary
    /// IP follows its own interfaces and that address.
    void generate(const Sink &sink) const;


    [[nodiscard]] EstateCounts counts() const;

private:
    EstateOptions m_options;
};

} // namespace OpsDeck::Demo
