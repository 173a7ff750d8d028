// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include "backend/core/result.h"

namespace OpsDeck::Workspace {

/// One problem found while loading a configuration file: which file, which
/// key, the offending value (rendered as text, never a secret) and what was
/// expected. A plain value type; safe to copy across threads.
struct ConfigIssue
{
    enum class Kind {
        Syntax,       ///< the file is not valid JSON (line/column/offset set)
        UnknownKey,   ///< a key the schema does not know (usually a typo)
        WrongType,    ///< e.g. a string where a number belongs
        OutOfRange,   ///< a number outside its allowed range
        NotAllowed,   ///< a string outside its allowed set of values
        BadUrl,       ///< not an http(s) URL with a host
        BadFormat,    ///< a string that does not match its format (slug, window, fingerprint, ...)
        PlainSecret,  ///< a secret written in clear text instead of a vault reference
        Inconsistent, ///< values that are fine alone but contradict each other
        Io,           ///< the file could not be read
    };

    Kind kind = Kind::Syntax;
    QString file;     ///< path of the file the problem is in
    QString keyPath;  ///< dotted key path, e.g. "connections.netbox.pageSize"; empty for syntax errors
    QString value;    ///< the offending value as JSON-ish text; empty or "(hidden)" for secrets
    QString expected; ///< what the key accepts
    int line = -1;    ///< 1-based, syntax errors only
    int column = -1;  ///< 1-based, syntax errors only
    int offset = -1;  ///< byte offset from QJsonParseError, syntax errors only

    /// "file: key: got value, expected ..." on one line.
    [[nodiscard]] QString toString() const;
    /// The fields as a map, as stored in Error::context["issues"].
    [[nodiscard]] QVariantMap toVariantMap() const;

    /// Folds a non-empty list of issues into one ErrorCode::InvalidInput
    /// error. The context carries "file", "key", "value" and "expected" of
    /// the first issue, "files" (every file with a problem) and "issues"
    /// (a QVariantList with one toVariantMap() per issue).
    [[nodiscard]] static Error toError(const QList<ConfigIssue> &issues);

    /// A stable name for an issue kind ("unknown-key", "plain-secret", ...),
    /// as stored under "kind" in toVariantMap().
    [[nodiscard]] static QString kindName(Kind kind);

    bool operator==(const ConfigIssue &) const = default;
};

} // namespace OpsDeck::Workspace
