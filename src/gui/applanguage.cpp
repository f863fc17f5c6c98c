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
    auto* ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("leadintake"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("leadintake_en"), QStringLiteral(":/i18n"))) {
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
