#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Hands a local file to the desktop's viewer. QDesktopServices::openUrl() only reports
// whether xdg-open could be started: on a desktop with no PDF viewer it still answers
// true, and xdg-open then fails where nobody sees it ("no method available"). So the
// desktop's default application for the file's type is asked first.
class DesktopOpener
{
public:
    using Launcher = std::function<bool(const QUrl&)>;
    // True when the viewer was started; false when none could be (nothing opens this type).
    // launch: QDesktopServices::openUrl unless a test stands in for it.
    static bool open(const QString& path, const Launcher& launch = {});

    // Whether the desktop names a default application for mimeType, asked through
    // xdgMime (`xdg-mime query default TYPE`); no answer (no xdg-mime, it failed or took
    // too long) when it cannot tell.
    static std::optional<bool> hasDefaultApplication(const QString& mimeType,
                                                     const QString& xdgMime);
};
