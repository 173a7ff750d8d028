// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace OpsDeck::Models {

/// The checks NetBox applies to the fields the console edits, run before an
/// edit enters the change set so the user sees the problem at once. Each
/// check returns an empty string when the value is acceptable, otherwise one
/// translated sentence saying what to change. Any thread.
class EditValidation final
{
    Q_DECLARE_TR_FUNCTIONS(OpsDeck::Models::EditValidation)

public:
    // NetBox's field lengths.
    static constexpr int DeviceNameMax = 64;
    static constexpr int SerialMax = 50;
    static constexpr int AssetTagMax = 50;
    static constexpr int DescriptionMax = 200;
    static constexpr int CableLabelMax = 100;
    static constexpr int DnsNameMax = 255;

    /// Length as NetBox counts it (Unicode code points, not UTF-16 units).
    [[nodiscard]] static qsizetype length(const QString &value);
    /// A value that must not be empty (after trimming); @p missing is the
    /// sentence shown when it is.
    [[nodiscard]] static QString checkRequired(const QString &value, const QString &missing);
    /// A value of at most @p max characters (after trimming).
    [[nodiscard]] static QString checkLength(const QString &value, int max);
    /// A DNS name as NetBox accepts it (may be empty).
    [[nodiscard]] static QString checkDnsName(const QString &value);
    /// A colour as six hex digits without '#' (may be empty).
    [[nodiscard]] static QString checkColour(const QString &value);

    /// The outcome of checking an IP address typed for an interface.
    struct IpAddressCheck
    {
        QString address; ///< normalised CIDR form, e.g. "2001:db8::1/64"; empty when refused
        QString message; ///< why it is refused; empty when accepted
        [[nodiscard]] bool ok() const { return message.isEmpty(); }
    };
    /// An address in CIDR form (IPv4 or IPv6) that may be assigned to an
    /// interface: not a bare address, not a network or broadcast address,
    /// and none of @p existing (CIDR strings; compared by address).
    [[nodiscard]] static IpAddressCheck checkIpAddress(const QString &text, const QStringList &existing);
};

} // namespace OpsDeck::Models
