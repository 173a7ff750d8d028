// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace OpsDeck::Widgets {

/// Colours a unified diff: added lines green, removed lines red, hunk
/// headers blue, file headers and "# title" lines bold. The colours read on
/// light and dark palettes alike. GUI thread.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    explicit DiffHighlighter(QTextDocument *document);

    enum class LineKind { Context, Added, Removed, Hunk, Header, Title };
    /// How a line of a unified diff is coloured.
    [[nodiscard]] static LineKind classify(const QString &line);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
    QTextCharFormat m_title;
};

} // namespace OpsDeck::Widgets
