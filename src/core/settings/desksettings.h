#pragma once

#include <QSettings>
#include <QStandardPaths>

#include <memory>

// Per-desk preferences (window layout and the like; firm-wide values live in the database):
// an INI file in the user's config folder, ~/.config/leadintake/desk.conf on Linux.
inline std::unique_ptr<QSettings> openDeskSettings()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(folder + QStringLiteral("/desk.conf"), QSettings::IniFormat);
}
