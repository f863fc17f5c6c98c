#pragma once

#include <QLocale>
#include <QString>

// The interface language: Qt's own strings and ours (the .qm files embedded under :/i18n),
// the default QLocale (dates, numbers) and the language a new lead's emails default to.
// Switching it at runtime (the kiosk's English / Español) replaces the installed
// translators; Qt then sends every widget a QEvent::LanguageChange.
class AppLanguage final
{
public:
    AppLanguage() = delete;

    // Installs the translators for the locale (leadintake_en, which holds the English
    // plural forms, for a language we have no file for) and makes it the default locale.
    // Needs a QCoreApplication. Returns false when neither file of ours could be loaded.
    static bool install(const QLocale& locale);
    // The locale last installed (QLocale() before any install()).
    static QLocale current();
    // The language a lead's emails can be written in that matches the interface: "es" for
    // any Spanish, otherwise "en".
    static QString leadLanguage();
};
