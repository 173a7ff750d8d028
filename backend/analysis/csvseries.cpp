// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/analysis/csvseries.h"

#include <cmath>

#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

namespace OpsDeck::Analysis {

namespace {

// Epoch seconds beyond this (the year 5138) are surely milliseconds.
constexpr double kLargestSeconds = 1e11;
// Lines longer than this are not a timestamp and a value.
constexpr qint64 kMaxLine = 4096;

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

CsvSeriesReader::CsvSeriesReader(QIODevice *device)
    : m_device(device)
{}

void CsvSeriesReader::report(int line, const QString &message)
{
    m_issues.append({line, message});
}

QList<CsvSeriesIssue> CsvSeriesReader::takeNewIssues()
{
    QList<CsvSeriesIssue> out = m_issues.mid(m_reported);
    m_reported = m_issues.size();
    return out;
}

std::optional<QStringList> CsvSeriesReader::splitLine(const QString &line, QString *why)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == u',') {
            fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted) {
        if (why)
            *why = QStringLiteral("a quoted field is not closed");
        return std::nullopt;
    }
    fields << (wasQuoted ? field : field.trimmed());
    return fields;
}

std::optional<qint64> CsvSeriesReader::parseTimestamp(const QString &text, QString *why)
{
    if (text.isEmpty()) {
        if (why)
            *why = QStringLiteral("the timestamp is empty");
        return std::nullopt;
    }
    if (const auto seconds = parseNumber(text)) {
        if (*seconds < 0 || *seconds >= kLargestSeconds) {
            if (why)
                *why = *seconds >= kLargestSeconds
                           ? QStringLiteral("timestamp %1 is too large for epoch seconds (milliseconds?)").arg(text)
                           : QStringLiteral("timestamp %1 is before 1970").arg(text);
            return std::nullopt;
        }
        return qint64(std::llround(*seconds * 1000.0));
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        // "2026-12-07 10:00:00" as spreadsheets write it.
        QString t = text;
        if (t.size() > 10 && t.at(10) == u' ')
            t[10] = u'T';
        when = QDateTime::fromString(t, Qt::ISODateWithMs);
    }
    if (!when.isValid()) {
        if (why)
            *why = QStringLiteral("timestamp \"%1\" is neither ISO 8601 (2026-12-07T10:00:00Z) nor epoch seconds")
                       .arg(text.left(64));
        return std::nullopt;
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc());
    return when.toMSecsSinceEpoch();
}

std::optional<CsvSeriesRow> CsvSeriesReader::next()
{
    while (!m_device->atEnd()) {
        // readLine() keeps one byte for a terminating zero.
        QByteArray bytes = m_device->readLine(kMaxLine + 2);
        ++m_line;
        if (bytes.size() > kMaxLine && !bytes.endsWith('\n')) {
            report(m_line, QStringLiteral("the line is longer than %1 bytes").arg(kMaxLine));
            while (!m_device->atEnd() && !m_device->readLine(kMaxLine + 2).endsWith('\n')) {
            }
            continue;
        }
        if (m_line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3); // a byte order mark, as spreadsheets write
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QString why;
        const auto fields = splitLine(line, &why);
        if (!fields) {
            report(m_line, why);
            continue;
        }
        if (fields->size() != 2) {
            report(m_line, QStringLiteral("expected 2 fields (timestamp,value), found %1").arg(fields->size()));
            continue;
        }
        const QString &stamp = fields->at(0);
        const QString &valueText = fields->at(1);
        const auto timeMs = parseTimestamp(stamp, &why);
        const auto value = parseNumber(valueText);
        if (!m_seenData && !timeMs && !value) {
            // The first line that reads as neither is the header.
            m_seenData = true;
            m_hadHeader = true;
            continue;
        }
        m_seenData = true;
        if (!timeMs) {
            report(m_line, why);
            continue;
        }
        if (!value) {
            report(m_line, valueText.isEmpty()
                               ? QStringLiteral("the value is empty")
                               : QStringLiteral("value \"%1\" is not a number").arg(valueText.left(64)));
            continue;
        }
        if (m_lastMs && *timeMs <= *m_lastMs) {
            report(m_line, QStringLiteral("timestamp %1 is not later than the row before").arg(stamp));
            continue;
        }
        m_lastMs = timeMs;
        ++m_rows;
        return CsvSeriesRow{m_line, stamp, *timeMs, *value, valueText};
    }
    return std::nullopt;
}

} // namespace OpsDeck::Analysis
