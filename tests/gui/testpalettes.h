#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QRect>
#include <QStyle>
#include <QStyleFactory>
#include <QtMath>

#include <memory>

// A light and a dark desktop for the palette tests and the dark screenshots: Fusion's own
// palette, and a dark one built the way typical dark themes (Breeze Dark, Adwaita-dark,
// qt6ct's "darker") are.
namespace TestPalettes {

inline QPalette light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

inline QPalette dark()
{
    QPalette p;
    const QColor text(0xE0, 0xE0, 0xE0);
    const QColor disabledText(0x7F, 0x7F, 0x7F);
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3C, 0x3C));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x8A, 0x8A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6E, 0x6E));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x3C, 0x3C, 0x3C));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x65, 0xCA));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, QColor(0x6E, 0xA8, 0xFE));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xDB));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

// WCAG 2.x, written out here again on purpose: the test does not take the product's word.
inline double luminance(const QColor& color)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

inline double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

struct Measured
{
    QColor text;
    QColor background;
    double ratio = 0;
};

// What a person sees in `area` of a rendered window: the most common colour there is the
// background, and the pixel that stands out most from it is the text (anti-aliased edges
// only ever blend the text towards the background, so they never stand out more).
// `background`, when valid, is taken as the background instead of the most common colour.
inline Measured measure(const QImage& image, QRect area, QColor background = {})
{
    const qreal ratio = image.devicePixelRatio();
    area = QRect(qFloor(area.x() * ratio), qFloor(area.y() * ratio), qCeil(area.width() * ratio),
                 qCeil(area.height() * ratio))
               .intersected(image.rect());
    if (!background.isValid()) {
        QHash<QRgb, int> counts;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                ++counts[image.pixel(x, y) | 0xFF000000u];
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                background = QColor::fromRgb(it.key());
            }
        }
    }
    Measured found { background, background, 1 };
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = QColor::fromRgb(image.pixel(x, y) | 0xFF000000u);
            const double c = contrast(pixel, background);
            if (c > found.ratio)
                found = { pixel, background, c };
        }
    }
    return found;
}

} // namespace TestPalettes
