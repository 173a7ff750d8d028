// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "backend/compliance/regexprefilter.h"

namespace OpsDeck::Compliance {

/// Configuration lines an operator marks volatile: they change without
/// anyone changing the device (banners, timestamps, clock drift, hashes of
/// secrets) and are ignored by drift and rule evaluation. Comment lines
/// ("!" or "#" first non-blank) can be dropped wholesale; other lines by
/// regular expression; a masking expression replaces its first capture
/// group with "<masked>" and keeps the line. Dropping expressions run on the
/// line without leading and trailing blanks, masking ones on the whole line.
/// A value; const use from any thread.
class VolatileRules final
{
public:
    /// Nothing volatile (comments kept).
    VolatileRules() = default;

    /// Comments; "Building configuration", "Current configuration : N
    /// bytes", "! Last configuration change at", "! NVRAM config last
    /// updated", "ntp clock-period"; masks of "secret N <hash>",
    /// "password 7 <hash>" and "encrypted-password \"<hash>\"".
    [[nodiscard]] static VolatileRules defaults();

    [[nodiscard]] bool dropsComments() const { return m_dropComments; }
    void setDropComments(bool drop) { m_dropComments = drop; }

    /// Adds a dropping expression. Returns an error text (naming the
    /// problem and the offset), empty on success.
    QString addDrop(const QString &pattern);
    /// Adds a masking expression, which needs a capture group.
    QString addMask(const QString &pattern);

    [[nodiscard]] QStringList dropPatterns() const;
    [[nodiscard]] QStringList maskPatterns() const;

    enum class Verdict { Keep, Drop, Masked };
    /// What happens to @p line (trimmed, @p trimmed, is passed too so the
    /// caller trims once). For Masked, @p masked receives the whole line
    /// with the secret replaced.
    [[nodiscard]] Verdict check(QStringView line, QStringView trimmed, QString *masked) const;

    /// {"comments": true, "drop": ["regex", ...], "mask": ["regex", ...]}.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson()'s shape; absent keys keep the defaults' value for
    /// "comments" and add nothing. A bad entry is skipped with an error such
    /// as `drop[2]: invalid regular expression "(": missing closing
    /// parenthesis at offset 1` appended to @p errors; the others load.
    [[nodiscard]] static VolatileRules fromJson(const QJsonObject &json, QStringList *errors = nullptr);

private:
    struct Entry
    {
        QString pattern;
        QRegularExpression regex;
        RegexPrefilter prefilter;
    };
    static QString compile(const QString &pattern, Entry &entry);

    bool m_dropComments = false;
    std::vector<Entry> m_drop;
    std::vector<Entry> m_mask;
};

} // namespace OpsDeck::Compliance
