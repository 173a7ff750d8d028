// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>

class QIODevice;

namespace OpsDeck::Analysis {

/// One row of a series file.
struct CsvSeriesRow
{
    int line = 0;      ///< 1-based line number in the file
    QString timestamp; ///< as written, for the output
    qint64 timeMs = 0;
    double value = 0;
    QString valueText; ///< as written
};

/// A row that was left out, and why.
struct CsvSeriesIssue
{
    int line = 0;
    QString message;
};

/// Reads a time series from CSV, one row at a time, so a file of any size
/// streams: rows "timestamp,value" where the timestamp is ISO 8601 (with
/// an offset or Z; without one it is taken as UTC) or Unix epoch seconds
/// (fractions allowed). An optional header line comes first; blank lines
/// and lines starting with '#' are ignored; fields may be quoted. A row that
/// cannot be read, or that is not later than the row before, is reported
/// with its line number and skipped; the reader goes on. Not thread-safe.
class CsvSeriesReader final
{
public:
    explicit CsvSeriesReader(QIODevice *device);

    /// The next good row; none at the end of the file. Rows left out on
    /// the way are in issues().
    [[nodiscard]] std::optional<CsvSeriesRow> next();

    [[nodiscard]] const QList<CsvSeriesIssue> &issues() const { return m_issues; }
    /// Issues found since the last call (for reporting as the file streams).
    [[nodiscard]] QList<CsvSeriesIssue> takeNewIssues();
    [[nodiscard]] bool hadHeader() const { return m_hadHeader; }
    [[nodiscard]] int rowsRead() const { return m_rows; }

    /// The time of @p text (see the class), or an explanation in @p why.
    [[nodiscard]] static std::optional<qint64> parseTimestamp(const QString &text, QString *why = nullptr);
    /// The fields of one line (comma separated, double quotes honoured).
    [[nodiscard]] static std::optional<QStringList> splitLine(const QString &line, QString *why = nullptr);

private:
    void report(int line, const QString &message);

    QIODevice *m_device;
    QList<CsvSeriesIssue> m_issues;
    qsizetype m_reported = 0;
    int m_line = 0;
    int m_rows = 0;
    bool m_seenData = false;
    bool m_hadHeader = false;
    std::optional<qint64> m_lastMs;
};

} // namespace OpsDeck::Analysis
