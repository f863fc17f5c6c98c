#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <optional>

namespace {

struct Installed
{
    QPointer<QTranslator> qt;
    QPointer<QTranslator> ours;
    std::optional<QLocale> locale;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void drop(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

bool AppLanguage::install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    Installed& state = installed();
    drop(state.qt);
    drop(state.ours);
    // The default locale first: widgets retranslating on the LanguageChange that
    // installTranslator() sends already format dates in the new language.
    QLocale::setDefault(locale);
    state.locale = locale;

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    // The source strings are English but their plural forms ("%Ln lead(s)") live in
    // leadintake_en: it serves every language we have no file for, the C locale included.
    // The installed files first (/usr/share/leadintake/translations beside /usr/bin, from the
    // package or `make install`), so that a corrected translation needs no rebuild; the
    // embedded ones for a build run where it was built.
    const QStringList directories { QCoreApplication::applicationDirPath()
                                        + QStringLiteral("/../share/leadintake/translations"),
                                    QStringLiteral(":/i18n") };
    auto* ours = new QTranslator(app);
    bool loaded = false;
    for (const QString& directory : directories)
        loaded = loaded || ours->load(locale, QStringLiteral("leadintake"), QStringLiteral("_"), directory);
    for (const QString& directory : directories)
        loaded = loaded || ours->load(QStringLiteral("leadintake_en"), directory);
    if (loaded) {
        QCoreApplication::installTranslator(ours);
        state.ours = ours;
        return true;
    }
    delete ours;
    return false;
}

QLocale AppLanguage::current()
{
    return installed().locale.value_or(QLocale());
}

QString AppLanguage::leadLanguage()
{
    return current().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}
