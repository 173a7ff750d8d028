// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QImage>
#include <QRgb>

class QPainter;

namespace OpsDeck::Widgets {

/// How a topology node card looks, apart from its text; equal styles draw
/// equal cards. Pure value type.
struct TopologyCardStyle
{
    QRgb role = 0;
    QRgb state = 0;
    bool thickBorder = false;
    bool planned = false;
    int emphasis = 0; ///< 0 none, 1 selected, 2 search hit
    bool pinned = false;

    bool operator==(const TopologyCardStyle &o) const
    {
        return role == o.role && state == o.state && thickBorder == o.thickBorder && planned == o.planned
            && emphasis == o.emphasis && pinned == o.pinned;
    }
};

[[nodiscard]] size_t qHash(const TopologyCardStyle &s, size_t seed = 0);

/// Node cards rendered once per style and zoom, then copied: a large graph
/// has thousands of nodes but only a handful of distinct cards. Only used on
/// raster paint devices (screen, PNG); vector exports draw real shapes with
/// paint(). Owned by the TopologyScene; GUI thread.
class TopologyCardCache final
{
public:
    /// The card at @p scale logical pixels per scene unit on a device of
    /// @p dpr physical pixels per logical one; its top-left corner is the
    /// node's bounding rectangle's.
    [[nodiscard]] const QImage &card(const TopologyCardStyle &style, double scale, double dpr);

    /// Draws the card of a node centred on the origin, in scene units.
    static void paint(QPainter *painter, const TopologyCardStyle &style);

private:
    double m_scale = 0;
    double m_dpr = 1;
    QHash<TopologyCardStyle, QImage> m_cards;
};

} // namespace OpsDeck::Widgets
