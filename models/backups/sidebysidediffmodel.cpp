// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/backups/sidebysidediffmodel.h"

#include <algorithm>

#include <QColor>
#include <QFontDatabase>

namespace OpsDeck::Models {

using Kind = Core::LineDiff::Row::Kind;

SideBySideDiffModel::SideBySideDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SideBySideDiffModel::~SideBySideDiffModel() = default;

void SideBySideDiffModel::setTexts(const QString &before, const QString &after, int context)
{
    const QStringList left = Core::LineDiff::splitLines(before);
    const QStringList right = Core::LineDiff::splitLines(after);
    beginResetModel();
    m_rows = Core::LineDiff::sideBySide(left, right, context);
    m_changed.clear();
    m_stats = {};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Kind kind = m_rows[i].kind;
        if (kind == Kind::Same)
            continue;
        m_changed.push_back(int(i));
        if (kind != Kind::Added)
            ++m_stats.deleted;
        if (kind != Kind::Removed)
            ++m_stats.inserted;
    }
    endResetModel();
}

void SideBySideDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_changed.clear();
    m_stats = {};
    endResetModel();
}

void SideBySideDiffModel::setLabels(const QString &left, const QString &right)
{
    m_leftLabel = left;
    m_rightLabel = right;
    emit headerDataChanged(Qt::Horizontal, LeftTextColumn, RightTextColumn);
}

int SideBySideDiffModel::nextChange(int row, bool forward) const
{
    if (forward) {
        const auto it = std::upper_bound(m_changed.cbegin(), m_changed.cend(), row);
        return it == m_changed.cend() ? -1 : *it;
    }
    const auto it = std::lower_bound(m_changed.cbegin(), m_changed.cend(), row);
    return it == m_changed.cbegin() ? -1 : *std::prev(it);
}

int SideBySideDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SideBySideDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideBySideDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Core::LineDiff::Row &row = m_rows[std::size_t(index.row())];
    const bool left = index.column() == LeftLineColumn || index.column() == LeftTextColumn;
    const int line = left ? row.leftLine : row.rightLine;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LeftLineColumn || index.column() == RightLineColumn)
            return line > 0 ? QVariant(line) : QVariant();
        if (row.kind == Kind::Same && row.leftLine == 0 && row.rightLine == 0)
            return QStringLiteral("⋯");
        return left ? row.leftText : row.rightText;
    case Qt::TextAlignmentRole:
        if (index.column() == LeftLineColumn || index.column() == RightLineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::BackgroundRole:
        switch (row.kind) {
        case Kind::Same:
            return {};
        case Kind::Changed:
            return QColor(0xfd, 0xf1, 0xc9);
        case Kind::Removed:
            return left ? QColor(0xfb, 0xdf, 0xdf) : QColor(0xf2, 0xf2, 0xf2);
        case Kind::Added:
            return left ? QColor(0xf2, 0xf2, 0xf2) : QColor(0xd7, 0xf5, 0xdd);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LeftLineColumn || index.column() == RightLineColumn)
            return QColor(0x70, 0x70, 0x70);
        if (row.kind == Kind::Removed && left)
            return QColor(0x9a, 0x1c, 0x1c);
        if (row.kind == Kind::Added && !left)
            return QColor(0x11, 0x63, 0x29);
        return {};
    default:
        return {};
    }
}

QVariant SideBySideDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeftLineColumn:
    case RightLineColumn:
        return tr("Line");
    case LeftTextColumn:
        return m_leftLabel.isEmpty() ? tr("Older") : m_leftLabel;
    case RightTextColumn:
        return m_rightLabel.isEmpty() ? tr("Newer") : m_rightLabel;
    default:
        return {};
    }
}

} // namespace OpsDeck::Models
