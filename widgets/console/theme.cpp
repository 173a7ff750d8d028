// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/theme.h"

#include <optional>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace OpsDeck::Widgets {

namespace {

std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa0));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd3));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa7, 0xb0));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xf8, 0xf9, 0xfa));
    p.setColor(QPalette::Shadow, QColor(0x70, 0x76, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa1, 0xa9));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x20, 0x25));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x30, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x90));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x47));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x38, 0x3f));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x09, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x81, 0xf7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x24, 0x28, 0x2d));
    return p;
}

void Theme::apply(Settings::Appearance appearance)
{
    if (!systemPalette())
        systemPalette() = QApplication::palette();
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (appearance) {
    case Settings::Appearance::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Settings::Appearance::System:
        QApplication::setPalette(isDark(*systemPalette()) ? darkPalette() : lightPalette());
        break;
    }
}

} // namespace OpsDeck::Widgets
