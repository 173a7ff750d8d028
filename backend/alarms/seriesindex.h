// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <vector>

#include <QtGlobal>

#include "backend/domain/serieskey.h"

namespace OpsDeck::Alarms {

/// Numbers series keys densely (0, 1, 2, ... in the order first added) for
/// the alarm engine's sample path. An open-addressing table of hash tags and
/// numbers over a flat array of the keys: a lookup costs the hash, a probe
/// of the table and the comparison of the one key whose tag matches, with
/// no node to chase (the engine looks up every sample: with a million series
/// and more, node-based maps spend their time waiting on memory).
///
/// Plain value type; not thread-safe.
class SeriesIndex final
{
public:
    static constexpr qsizetype npos = -1;

    [[nodiscard]] static size_t hash(const Domain::SeriesKey &key);

    /// The number of @p key (whose hash() is @p hash), npos when absent.
    [[nodiscard]] qsizetype find(const Domain::SeriesKey &key, size_t hash) const;
    /// Adds @p key, which must be absent, and returns its number (size() before).
    qsizetype insert(const Domain::SeriesKey &key, size_t hash);
    [[nodiscard]] qsizetype size() const { return qsizetype(m_keys.size()); }
    void clear();

private:
    void grow();
    void place(size_t hash, quint64 entry);

    std::vector<quint64> m_table; ///< 0: empty; else upper 32 hash bits << 32 | (number + 1)
    std::vector<Domain::SeriesKey> m_keys;
    std::vector<size_t> m_hashes; ///< by number, to grow without hashing again
};

} // namespace OpsDeck::Alarms
