// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/alarms/seriesindex.h"

#include <QHashFunctions>
#include <QString>

namespace OpsDeck::Alarms {

namespace {

constexpr size_t kInitialCapacity = 1024; // a power of two

quint64 tagOf(size_t hash)
{
    return (quint64(hash) >> 32) << 32;
}

} // namespace

size_t SeriesIndex::hash(const Domain::SeriesKey &key)
{
    return qHashMulti(0, key.device, key.object, key.metric);
}

qsizetype SeriesIndex::find(const Domain::SeriesKey &key, size_t hash) const
{
    if (m_table.empty())
        return npos;
    const size_t mask = m_table.size() - 1;
    const quint64 tag = tagOf(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint64 entry = m_table[i];
        if (!entry)
            return npos;
        if ((entry & 0xffffffff00000000ULL) != tag)
            continue;
        const auto number = qsizetype(entry & 0xffffffffULL) - 1;
        const Domain::SeriesKey &k = m_keys[size_t(number)];
        if (k.device == key.device && k.object == key.object && k.metric == key.metric)
            return number;
    }
}

qsizetype SeriesIndex::insert(const Domain::SeriesKey &key, size_t hash)
{
    // At most half full, so probes stay short.
    if ((m_keys.size() + 1) * 2 > m_table.size())
        grow();
    const auto number = qsizetype(m_keys.size());
    m_keys.push_back(key);
    m_hashes.push_back(hash);
    place(hash, tagOf(hash) | quint64(number + 1));
    return number;
}

void SeriesIndex::clear()
{
    // Releases the memory too: a rebind after a rule change starts small.
    m_table = {};
    m_keys = {};
    m_hashes = {};
}

void SeriesIndex::grow()
{
    m_table.assign(m_table.empty() ? kInitialCapacity : m_table.size() * 2, 0);
    for (size_t n = 0; n < m_hashes.size(); ++n)
        place(m_hashes[n], tagOf(m_hashes[n]) | quint64(n + 1));
}

void SeriesIndex::place(size_t hash, quint64 entry)
{
    const size_t mask = m_table.size() - 1;
    size_t i = hash & mask;
    while (m_table[i])
        i = (i + 1) & mask;
    m_table[i] = entry;
}

} // namespace OpsDeck::Alarms
