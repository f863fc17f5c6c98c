#include "palettecolors.h"

#include <QEvent>
#include <QWidget>
#include <QtMath>

namespace PaletteColors {

namespace {

// A little above the minimum: colours are stored in 8 bits per channel, and a text that is
// only just AA on one screen is not on a slightly different one.
constexpr double kMargin = 0.15;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}

// The tone's own colour: the hue it keeps on any background, and the colour its text has on
// a light one (each reaches 4.5:1 on white).
QColor baseColor(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xB3, 0x26, 0x1E);
    case Tone::Success:
    case Tone::ReachedOut:
        return QColor(0x1E, 0x6B, 0x2A);
    case Tone::Pending:
        return QColor(0x8A, 0x52, 0x00);
    }
    return QColor(0xB3, 0x26, 0x1E);
}

QColor mix(const QColor& from, const QColor& to, double amount)
{
    const auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())), float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

// Opaque: a translucent role (PlaceholderText is drawn at half strength) is what it looks
// like on the background.
QColor flatten(const QColor& color, const QColor& background)
{
    if (color.alpha() == 255)
        return color;
    return mix(background, QColor(color.red(), color.green(), color.blue()), color.alphaF());
}

// Watches one widget for palette changes (an event filter, so the widget's class needs no
// changeEvent of its own for this).
class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget* widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        run();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange && watched == parent())
            run();
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (m_running)
            return;
        m_running = true;
        m_apply();
        m_running = false;
    }

    std::function<void()> m_apply;
    bool m_running = false;
};

} // namespace

double lowestContrast(const QColor& color, const QList<QColor>& backgrounds)
{
    double lowest = 21;
    for (const QColor& background : backgrounds)
        lowest = qMin(lowest, contrastRatio(color, background));
    return lowest;
}

QList<QColor> surfaces(const QPalette& palette)
{
    // Text on a window may sit on the window itself or on a panel the style draws from the
    // button colour: Fusion's tab pages are Button made 21-29 % lighter.
    const QColor button = palette.color(QPalette::Button);
    return { palette.color(QPalette::Window), button, isDark(palette) ? button.lighter(130) : button.darker(105) };
}

void follow(QWidget* widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

QColor readableOn(const QColor& preferred, const QColor& background, double minimum)
{
    return readableOnAll(preferred, { background }, minimum);
}

QColor readableOnAll(const QColor& preferred, const QList<QColor>& backgrounds, double minimum)
{
    const QColor background = backgrounds.value(0);
    const QColor start = flatten(preferred, background).toRgb();
    const double wanted = minimum + kMargin;
    if (lowestContrast(start, backgrounds) >= wanted)
        return start;
    // Whichever of white and black stands out more from the background is where to go;
    // one of them always reaches 4.58:1.
    const bool lighter = contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background);
    const QColor end = lighter ? QColor(Qt::white) : QColor(Qt::black);
    // The hue stays; only the lightness moves, by as little as reaches the contrast.
    float hue = 0, saturation = 0, lightness = 0, alpha = 1;
    start.getHslF(&hue, &saturation, &lightness, &alpha);
    const auto at = [&](double l) { return QColor::fromHslF(hue, saturation, float(l)).toRgb(); };
    double near = lightness;
    double far = lighter ? 1.0 : 0.0;
    if (lowestContrast(at(far), backgrounds) < wanted)
        return lowestContrast(end, backgrounds) >= lowestContrast(at(far), backgrounds) ? end : at(far);
    for (int step = 0; step < 24; ++step) {
        const double middle = (near + far) / 2;
        if (lowestContrast(at(middle), backgrounds) >= wanted)
            far = middle;
        else
            near = middle;
    }
    return at(far);
}

QColor accent(Tone tone, const QColor& background)
{
    return readableOn(baseColor(tone), background);
}

QColor accent(Tone tone, const QPalette& palette)
{
    return readableOnAll(baseColor(tone), surfaces(palette));
}

QColor muted(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QList<QColor> behind = surfaces(palette);
    const QColor text = readableOnAll(flatten(palette.color(QPalette::WindowText), window), behind);
    // As far towards the window as the contrast allows, and not so far that it looks disabled.
    double amount = 0;
    for (double step = 0.05; step <= 0.5; step += 0.05) {
        if (lowestContrast(mix(text, window, step), behind) < kMinimumContrast + kMargin)
            break;
        amount = step;
    }
    return mix(text, window, amount);
}

Tint tint(Tone tone, const QColor& surface, bool dark)
{
    const QColor base = baseColor(tone);
    // A dark surface needs more of the hue before it shows.
    const QColor background = mix(surface, base, dark ? 0.3 : 0.13);
    return { background, readableOn(base, background), mix(surface, base, dark ? 0.6 : 0.4) };
}

Tint pill(Tone tone, const QPalette& palette)
{
    return tint(tone, palette.color(QPalette::Base), isDark(palette));
}

Tint banner(Tone tone, const QPalette& palette)
{
    return tint(tone, palette.color(QPalette::Window), isDark(palette));
}

QString textStyleSheet(Tone tone, const QPalette& palette, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(accent(tone, palette).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString bannerStyleSheet(Tone tone, const QPalette& palette, const QString& selector, int padding, int radius)
{
    const Tint colors = banner(tone, palette);
    return QStringLiteral("%1 { background: %2; color: %3; border: 1px solid %4; border-radius: %5px; padding: %6px; }")
        .arg(selector, colors.background.name(), colors.text.name(), colors.border.name())
        .arg(radius)
        .arg(padding);
}

} // namespace PaletteColors
