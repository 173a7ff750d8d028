// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace OpsDeck::Core {

/// Line-oriented difference between two texts (Myers' O(ND) algorithm over
/// interned lines, after trimming the common prefix and suffix). Fast enough
/// for two 20,000-line configurations in a few milliseconds. Pure, any thread.
class LineDiff final
{
public:
    enum class Op { Equal, Delete, Insert };

    /// A run of lines with the same operation: @p count lines starting at
    /// @p left in the old text (Equal, Delete) and @p right in the new text
    /// (Equal, Insert). Indices are 0-based; for Delete @p right is the
    /// position in the new text where the lines would have been, for Insert
    /// @p left likewise.
    struct Run
    {
        Op op = Op::Equal;
        int left = 0;
        int right = 0;
        int count = 0;
    };

    /// One row of a side-by-side view. Line numbers are 1-based, 0 where the
    /// side has no line. Kind Changed pairs a deleted with an inserted line.
    struct Row
    {
        enum class Kind { Same, Changed, Removed, Added };
        Kind kind = Kind::Same;
        int leftLine = 0;
        int rightLine = 0;
        QString leftText;
        QString rightText;
    };

    /// Splits text into lines (LF or CRLF); a trailing newline does not make
    /// an empty last line.
    [[nodiscard]] static QStringList splitLines(const QString &text);

    /// The edit script from @p before to @p after, runs in order.
    [[nodiscard]] static std::vector<Run> compute(const QStringList &before, const QStringList &after);

    /// True when the two line lists differ.
    [[nodiscard]] static bool differs(const QStringList &before, const QStringList &after);

    /// Unified diff text ("--- a", "+++ b", "@@ -l,n +l,n @@" hunks with
    /// @p context lines around each change). Empty when the texts are equal.
    [[nodiscard]] static QString unified(const QStringList &before, const QStringList &after,
                                         const QString &beforeLabel, const QString &afterLabel, int context = 3);

    /// Side-by-side rows: all lines when @p context is negative, otherwise
    /// only the changes with @p context equal lines around each (a row of
    /// kind Same with both line numbers 0 marks an elided gap).
    [[nodiscard]] static std::vector<Row> sideBySide(const QStringList &before, const QStringList &after,
                                                     int context = -1);

    /// Counts of lines deleted and inserted.
    struct Stats
    {
        int deleted = 0;
        int inserted = 0;
    };
    [[nodiscard]] static Stats stats(const std::vector<Run> &runs);
};

} // namespace OpsDeck::Core
