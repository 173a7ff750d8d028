// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <array>
#include <optional>

#include <QJsonValue>
#include <QString>

#include "backend/workspace/configissue.h"
#include "backend/workspace/configvalues.h"

namespace OpsDeck::Workspace {

/// What a rejected value lacked: the issue kind and the words for what the
/// key accepts.
struct Verdict
{
    ConfigIssue::Kind kind;
    QString expected;
};

/// A check returns nothing when the text is fine, else its verdict.
using TextCheck = std::optional<Verdict> (*)(const QString &);
/// Brings an accepted text to its stored form (e.g. a fingerprint to lower-case hex).
using TextNormalizer = QString (*)(const QString &);

/// One allowed value of an enumeration and its name in a configuration file.
template<typename E> struct EnumName
{
    E value;
    const char *name;
};

template<typename E, std::size_t N> QString enumName(const std::array<EnumName<E>, N> &names, E value)
{
    for (const auto &entry : names) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return {};
}

/// The names of SNMP versions as configuration files write them.
const std::array<EnumName<SnmpVersion>, 3> &snmpVersionNames();

/// A value as an issue shows it: strings quoted and cut at 60 characters,
/// integers without a fraction, arrays and objects named.
QString renderValue(const QJsonValue &value);
bool hasControlCharacters(const QString &text);
/// A vault entry name: parts of letters, digits, '.', '_', '-' separated by '/', no "." or "..".
bool isValidSecretPath(const QString &path);
/// Case-insensitive Levenshtein distance, for "did you mean" hints.
int editDistance(const QString &a, const QString &b);

// Checks shared by the sections of a workspace file.
std::optional<Verdict> checkName(const QString &text);        ///< ≤ 200 characters, no control characters
std::optional<Verdict> checkUserName(const QString &text);    ///< ≤ 128 characters, no control characters
std::optional<Verdict> checkDescription(const QString &text); ///< ≤ 4000 characters
std::optional<Verdict> checkPlain(const QString &text);       ///< ≤ 1024 characters, no control characters
std::optional<Verdict> checkUrl(const QString &text);         ///< http(s) with a host, or empty
std::optional<Verdict> checkHost(const QString &text);
std::optional<Verdict> checkSlug(const QString &text);
std::optional<Verdict> checkSlugOrAny(const QString &text);
std::optional<Verdict> checkChangeKind(const QString &text);
std::optional<Verdict> checkWindow(const QString &text); ///< "HH:MM-HH:MM" or empty
std::optional<Verdict> checkListenAddress(const QString &text);
std::optional<Verdict> checkEngineId(const QString &text);
std::optional<Verdict> checkFingerprint(const QString &text); ///< SHA-256 in hex
QString normalizeFingerprint(const QString &text);

} // namespace OpsDeck::Workspace
