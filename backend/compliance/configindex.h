// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <span>
#include <vector>

#include <QString>
#include <QStringView>

namespace OpsDeck::Compliance {

class VolatileRules;

/// One configuration text prepared for checks, built once: its lines after
/// VolatileRules (volatile lines gone, secrets masked), each line's text
/// with and without indentation, its 1-based number in the original text,
/// hash tables for O(1) lookups of a whole (trimmed) line and of a first
/// word, and the section structure. Sections follow indentation (IOS, EOS,
/// NX-OS; "!" lines, when kept, close sections like any top-level line) and
/// braces (Junos "interfaces { ge-0/0/0 {", with or without indentation; a
/// line "}" belongs to its opener's level). Immutable after construction;
/// const use from any thread. Copies share the text.
class ConfigIndex final
{
public:
    /// How much to build: everything, or only the lines (what a drift
    /// comparison needs; find(), withFirstWord() then find nothing and every
    /// line is top level).
    enum class Detail { Full, LinesOnly };

    ConfigIndex() = default;
    /// Indexes @p text (LF or CRLF line ends).
    ConfigIndex(const QString &text, const VolatileRules &rules, Detail detail = Detail::Full);

    /// Lines kept.
    [[nodiscard]] int size() const { return int(m_lines.size()); }
    /// The line as configured, trailing blanks removed.
    [[nodiscard]] QStringView line(int i) const { return m_lines[size_t(i)].line; }
    /// The line without leading and trailing blanks.
    [[nodiscard]] QStringView trimmed(int i) const { return m_lines[size_t(i)].trimmed; }
    /// 1-based line number in the original text.
    [[nodiscard]] int lineNumber(int i) const { return m_lines[size_t(i)].number; }
    /// The line's section parent, -1 at top level.
    [[nodiscard]] int parent(int i) const { return m_lines[size_t(i)].parent; }
    /// One past the last line nested below line @p i (i + 1 when none).
    [[nodiscard]] int sectionEnd(int i) const { return m_lines[size_t(i)].end; }
    /// A hash of line(i) (indentation included), for comparing configurations.
    [[nodiscard]] size_t lineHash(int i) const { return m_lines[size_t(i)].lineHash; }

    /// Lines whose trimmed text is @p trimmed, ascending.
    [[nodiscard]] std::span<const int> find(QStringView trimmed) const;
    /// Lines whose first word (up to the first blank) is @p word, ascending.
    [[nodiscard]] std::span<const int> withFirstWord(QStringView word) const;

    /// Lines of the original text dropped as volatile, and masked.
    [[nodiscard]] int droppedCount() const { return m_dropped; }
    [[nodiscard]] int maskedCount() const { return m_masked; }

private:
    struct Line
    {
        QStringView line;
        QStringView trimmed;
        size_t trimmedHash = 0;
        size_t lineHash = 0;
        int number = 0;
        int parent = -1;
        int end = 0;
    };
    // Distinct keys to the lines that have them, grouped and ascending.
    struct Table
    {
        std::vector<int> buckets;   // key index + 1, 0 free (open addressing)
        std::vector<size_t> hashes; // per key
        std::vector<int> sample;    // per key: a line holding it
        std::vector<int> start;     // per key: offset in lines, plus one end entry
        std::vector<int> lines;
    };
    void buildSections();
    void buildTable(Table &table, bool firstWord);
    [[nodiscard]] std::span<const int> lookup(const Table &table, QStringView key, bool firstWord) const;

    QString m_text;
    std::vector<QString> m_owned; // masked lines
    std::vector<Line> m_lines;
    Table m_byLine;
    Table m_byWord;
    int m_dropped = 0;
    int m_masked = 0;
};

} // namespace OpsDeck::Compliance
