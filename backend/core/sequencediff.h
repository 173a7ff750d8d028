// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <span>
#include <utility>
#include <vector>

#include <QString>
#include <QStringView>

#include "backend/core/linediff.h"

namespace OpsDeck::Core {

/// The engine under LineDiff, for callers that intern lines themselves (the
/// compliance drift check hashes lines once per configuration and must not
/// build a QStringList per comparison). Pure, any thread.
class SequenceDiff final
{
public:
    SequenceDiff() = delete;

    /// The minimal edit script between two sequences of ids in
    /// [0, @p distinct): Myers' linear-space algorithm after trimming the
    /// common prefix and suffix and setting aside ids only one side has.
    /// Deletions come before insertions inside a change.
    [[nodiscard]] static std::vector<LineDiff::Run> compute(std::span<const int> before, std::span<const int> after,
                                                            int distinct);

    /// A stretch of runs shown together, from runs[first] to runs[last]:
    /// of an Equal first run only its last lines from @p headSkip on, of an
    /// Equal last run only its first @p tailKeep lines.
    struct Hunk
    {
        size_t first = 0;
        size_t last = 0;
        int headSkip = 0;
        int tailKeep = 0;
    };

    /// The changes grouped with @p context equal lines around each; changes
    /// at most 2 * @p context lines apart share a hunk.
    [[nodiscard]] static std::vector<Hunk> hunks(const std::vector<LineDiff::Run> &runs, int context);

    /// The lines [begin, end) of runs[@p r] that @p hunk shows, as offsets into the run.
    [[nodiscard]] static std::pair<int, int> shownPart(const Hunk &hunk, size_t r,
                                                       const std::vector<LineDiff::Run> &runs);

    using LineAt = std::function<QStringView(int)>;

    /// Unified diff text of @p runs, reading line texts through @p before
    /// and @p after (0-based indices). Empty when nothing changed.
    [[nodiscard]] static QString unified(const std::vector<LineDiff::Run> &runs, const LineAt &before,
                                         const LineAt &after, const QString &beforeLabel, const QString &afterLabel,
                                         int context);
};

} // namespace OpsDeck::Core
