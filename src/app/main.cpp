// Lead Intake: parse the command line, open the database, show the window.
#include "commandline.h"
#include "database.h"
#include "dialogs.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

namespace {

// Qt's own strings and ours, in the user's language when we have it (embedded .qm files).
void installTranslations(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("leadintake"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

QStringList rawArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    // --help, --version and the sub-commands run without a display.
    if (CommandLine::isHeadless(rawArguments(argc, argv))) {
        QCoreApplication app(argc, argv);
        CommandLine::configureApplication();
        installTranslations(app);
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    CommandLine::configureApplication();
    installTranslations(app);

    const CommandLine::GuiOptions options = CommandLine::parseGuiOptions(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << '\n';
        return CommandLine::Usage;
    }

    Result<Database> database = Database::open(options.databasePath);
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lead Intake cannot start"),
                              database.error().message);
        return CommandLine::Failure;
    }
    LeadRepository repository(database->connection());
    IntakeService intake(repository, LeadValidator());
    WidgetDialogs dialogs;
    MainWindow window(repository, intake, dialogs, currentDeskUser(), database->path());
    window.show();
    return QApplication::exec();
}
