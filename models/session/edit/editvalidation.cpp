// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/session/edit/editvalidation.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace OpsDeck::Models {

namespace {

/// The address part of "addr/len" (or the whole text), parsed strictly: an
/// IPv4 address needs all four octets.
QHostAddress parseAddress(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QHostAddress address;
    if (!address.setAddress(text))
        return {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol && !dotted.match(text).hasMatch())
        return {};
    return address;
}

} // namespace

qsizetype EditValidation::length(const QString &value)
{
    return value.toUcs4().size();
}

QString EditValidation::checkRequired(const QString &value, const QString &missing)
{
    return value.trimmed().isEmpty() ? missing : QString();
}

QString EditValidation::checkLength(const QString &value, int max)
{
    const qsizetype n = length(value.trimmed());
    if (n <= max)
        return {};
    return tr("This is %1 characters long; NetBox allows at most %n.", nullptr, max).arg(n);
}

QString EditValidation::checkDnsName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Za-z_-]+|\\*)(\\.[0-9A-Za-z_-]+)*\\.?$"));
    const QString name = value.trimmed();
    if (name.isEmpty())
        return {};
    if (length(name) > DnsNameMax)
        return checkLength(name, DnsNameMax);
    if (!pattern.match(name).hasMatch())
        return tr("A DNS name may hold only letters, digits, hyphens, underscores and dots, "
                  "e.g. core-sw1.example.net.");
    return {};
}

QString EditValidation::checkColour(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{6}$"));
    const QString colour = value.trimmed();
    if (colour.isEmpty() || pattern.match(colour).hasMatch())
        return {};
    return tr("Enter the colour as six hexadecimal digits, e.g. ff8800.");
}

EditValidation::IpAddressCheck EditValidation::checkIpAddress(const QString &text, const QStringList &existing)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return {{}, tr("Enter an address with its prefix length, e.g. 192.0.2.10/24 or 2001:db8::10/64.")};

    const qsizetype slash = input.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? input : input.left(slash);
    const QHostAddress address = parseAddress(addressText);
    if (address.isNull())
        return {{}, tr("“%1” is not an IPv4 or IPv6 address.").arg(addressText)};
    if (!address.scopeId().isEmpty())
        return {{}, tr("Leave out the zone “%1”: NetBox stores addresses without one.").arg(address.scopeId())};
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    if (slash < 0)
        return {{}, tr("Add the prefix length, e.g. %1/%2.").arg(address.toString()).arg(v4 ? 24 : 64)};

    bool numeric = false;
    const QString prefixText = input.mid(slash + 1);
    const int prefix = prefixText.toInt(&numeric);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    if (!numeric || !digits.match(prefixText).hasMatch() || prefix < 1 || prefix > maxPrefix)
        return {{}, tr("The prefix length must be a number from 1 to %1.").arg(maxPrefix)};

    const QString cidr = address.toString() + QLatin1Char('/') + QString::number(prefix);
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
    if (subnet.first.isNull() || subnet.second != prefix)
        return {{}, tr("“%1” is not a valid address in CIDR form.").arg(input)};

    // NetBox refuses a subnet's network address and an IPv4 broadcast
    // address on an interface, except in point-to-point subnets.
    const bool pointToPoint = prefix >= maxPrefix - 1;
    if (!pointToPoint && subnet.first == address)
        return {{}, tr("%1 is the network address of %2/%3 and cannot be assigned to an interface.")
                        .arg(address.toString(), subnet.first.toString())
                        .arg(prefix)};
    if (v4 && !pointToPoint) {
        const quint32 hostBits = (quint32(1) << (32 - prefix)) - 1;
        if ((address.toIPv4Address() & hostBits) == hostBits)
            return {{}, tr("%1 is the broadcast address of %2/%3 and cannot be assigned to an interface.")
                            .arg(address.toString(), subnet.first.toString())
                            .arg(prefix)};
    }

    for (const QString &known : existing) {
        const QString knownAddress = known.section(QLatin1Char('/'), 0, 0).trimmed();
        if (QHostAddress(knownAddress).isEqual(address, QHostAddress::StrictConversion))
            return {{}, tr("The interface already has %1.").arg(known)};
    }
    return {cidr, {}};
}

} // namespace OpsDeck::Models
