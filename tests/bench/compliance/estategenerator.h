// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>
#include <QStringList>

#include "backend/compliance/devicefacts.h"

namespace OpsDeck::Bench {

/// Deterministic IOS-like configurations for the compliance benchmark:
/// banner, services, VLANs, access and uplink interfaces, ACLs and static
/// routes, about @p lines lines each, with the NetBox-like facts they were
/// made from.
class EstateGenerator final
{
public:
    explicit EstateGenerator(quint64 seed)
        : m_seed(seed)
    {}

    /// Facts of device @p index (name, site, role, primary IP, VLANs, NTP
    /// and syslog servers, gateway).
    [[nodiscard]] Compliance::DeviceFacts facts(int index) const;

    /// The running configuration of device @p index, about @p lines lines.
    [[nodiscard]] QString running(int index, int lines) const;

    /// @p running with @p edits scattered differences (changed, removed and
    /// added lines), as an intended configuration.
    [[nodiscard]] QString intended(const QString &running, int index, int edits) const;

    /// The rules of the benchmark (50: literal and regular expression
    /// must/must-not, section matches, placeholders), as JSON text.
    [[nodiscard]] static QByteArray rulesJson();

    /// The top-level lines the literal rules without placeholders look for.
    [[nodiscard]] static QStringList literalPatterns();

private:
    quint64 m_seed;
};

} // namespace OpsDeck::Bench
