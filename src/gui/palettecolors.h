#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

// The colours that carry a meaning (an error's red, a success's green, the status pills),
// derived from the palette the widget is drawn with, so that they stay readable on a light
// and on a dark desktop: every text colour returned here reaches kMinimumContrast (WCAG 2.x
// AA for normal text) against the background it is meant to be drawn on. Widgets that use
// them apply them again on QEvent::PaletteChange, so a desktop theme switched live is followed.
namespace PaletteColors {

// WCAG 2.x level AA for text of normal size.
inline constexpr double kMinimumContrast = 4.5;

enum class Tone {
    Error,      // red: a field error, a failure, a problem with email or the server
    Success,    // green: saved, sent, a test that worked
    Pending,    // amber: a lead nobody has contacted yet
    ReachedOut, // green: a lead somebody has contacted
};

// WCAG 2.x relative luminance of an sRGB colour: 0 for black, 1 for white.
double relativeLuminance(const QColor& color);
// WCAG 2.x contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

// A palette whose windows are darker than their text.
bool isDark(const QPalette& palette);

// `preferred` if it already reaches `minimum` against `background`; otherwise the same hue made
// lighter (on a dark background) or darker (on a light one), just as far as needed.
QColor readableOn(const QColor& preferred, const QColor& background, double minimum = kMinimumContrast);
// The same against every one of `backgrounds` (the first decides whether to go lighter or darker).
QColor readableOnAll(const QColor& preferred, const QList<QColor>& backgrounds, double minimum = kMinimumContrast);
double lowestContrast(const QColor& color, const QList<QColor>& backgrounds);
// What text "on the window" may be drawn on: the Window, the Button, and the panels styles
// make from the Button (tab pages).
QList<QColor> surfaces(const QPalette& palette);

// The tone's text colour on `background`.
QColor accent(Tone tone, const QColor& background);
// The tone's text colour on the palette's window (labels, the status bar, dialogs, tab pages).
QColor accent(Tone tone, const QPalette& palette);
// Secondary text (hints, subtitles) on the palette's window: quieter than WindowText but
// still readable, unlike PlaceholderText or disabled text.
QColor muted(const QPalette& palette);

// A tinted panel: a status pill or a message banner. `background` is a little of the tone
// mixed into `surface`, `text` the tone readable on it, `border` a stronger tint.
struct Tint
{
    QColor background;
    QColor text;
    QColor border;
};
Tint tint(Tone tone, const QColor& surface, bool dark);
// A pill drawn on the palette's Base (item views).
Tint pill(Tone tone, const QPalette& palette);
// A banner drawn on the palette's Window.
Tint banner(Tone tone, const QPalette& palette);

// Style sheets made of the above, for labels that are coloured with a style sheet.
// "QLabel { color: …; }" (bold: font-weight: bold).
QString textStyleSheet(Tone tone, const QPalette& palette, bool bold = false);
// "SELECTOR { background: …; color: …; border: 1px solid …; border-radius: …; padding: …; }".
QString bannerStyleSheet(Tone tone, const QPalette& palette, const QString& selector = QStringLiteral("QLabel"),
                         int padding = 6, int radius = 4);

// Calls `apply` now and again whenever `widget`'s palette changes (the desktop's theme switched
// while the program runs), for as long as `widget` lives. `apply` may set style sheets on
// `widget` and its children: a change it causes itself does not call it again.
void follow(QWidget* widget, std::function<void()> apply);

} // namespace PaletteColors
