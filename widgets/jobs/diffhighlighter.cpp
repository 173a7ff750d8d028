// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/jobs/diffhighlighter.h"

#include <QFont>

namespace OpsDeck::Widgets {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Mid-tone colours with translucent backgrounds stay legible on either theme.
    m_added.setForeground(QColor(0x2e, 0xa0, 0x43));
    m_added.setBackground(QColor(0x2e, 0xa0, 0x43, 40));
    m_removed.setForeground(QColor(0xdc, 0x35, 0x45));
    m_removed.setBackground(QColor(0xdc, 0x35, 0x45, 40));
    m_hunk.setForeground(QColor(0x3b, 0x82, 0xf6));
    m_header.setFontWeight(QFont::Bold);
    m_title.setFontWeight(QFont::Bold);
    m_title.setBackground(QColor(0x8a, 0x94, 0xa0, 50));
}

DiffHighlighter::LineKind DiffHighlighter::classify(const QString &line)
{
    if (line.startsWith(QLatin1String("+++ ")) || line.startsWith(QLatin1String("--- ")))
        return LineKind::Header;
    if (line.startsWith(QLatin1String("@@")))
        return LineKind::Hunk;
    if (line.startsWith(QLatin1Char('+')))
        return LineKind::Added;
    if (line.startsWith(QLatin1Char('-')))
        return LineKind::Removed;
    if (line.startsWith(QLatin1String("# ")))
        return LineKind::Title;
    return LineKind::Context;
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    switch (classify(text)) {
    case LineKind::Added:
        setFormat(0, int(text.size()), m_added);
        break;
    case LineKind::Removed:
        setFormat(0, int(text.size()), m_removed);
        break;
    case LineKind::Hunk:
        setFormat(0, int(text.size()), m_hunk);
        break;
    case LineKind::Header:
        setFormat(0, int(text.size()), m_header);
        break;
    case LineKind::Title:
        setFormat(0, int(text.size()), m_title);
        break;
    case LineKind::Context:
        break;
    }
}

} // namespace OpsDeck::Widgets
