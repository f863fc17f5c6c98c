// Lead Intake: parse the command line, open the database, show the window.
#include "accountrepository.h"
#include "accountservice.h"
#include "commandline.h"
#include "database.h"
#include "dialogs.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "keychainpasswordstore.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "mailcontroller.h"
#include "mainwindow.h"
#include "outboxdispatcher.h"
#include "passwordhasher.h"
#include "session.h"
#include "setupdialog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
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
    // The source strings are English but their plural forms ("%Ln lead(s)") live in
    // leadintake_en: it serves every language we have no file for, the C locale included.
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("leadintake"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("leadintake_en"), QStringLiteral(":/i18n")))
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
    AccountRepository accountRepository(database->connection());
    const PasswordHasher hasher;
    AccountService accounts(accountRepository, hasher);
    // Recorded as "who" while nobody is signed in.
    const QString desk = QCoreApplication::translate("main", "Front desk (%1)").arg(currentDeskUser());

    // First start: the firm and the first administrator. No default password exists.
    if (accounts.needsSetup()) {
        FirmSettings firmSettings(database->connection());
        SetupDialog setup(accounts, firmSettings, desk);
        if (setup.exec() != QDialog::Accepted)
            return CommandLine::Success;
    }

    // The outbox is drained on a connection of its own, so that a slow SMTP session's
    // bookkeeping never shares a transaction with the window's writes.
    Result<Database> mailDatabase = database->openAnother();
    if (!mailDatabase) {
        QTextStream(stderr) << mailDatabase.error().message << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lead Intake cannot start"),
                              mailDatabase.error().message);
        return CommandLine::Failure;
    }
    OutboxDispatcher dispatcher(mailDatabase->connection());
    KeychainPasswordStore passwords;
    MailController mail(dispatcher, database->connection(), passwords);
    // The kiosk has no window to wake it: its leads go out at the next poll.
    mail.start();

    // Per-desk settings: the kiosk, and the idle time before the desk signs itself out.
    const QSettings deskSettings;
    if (options.kiosk || deskSettings.value(QStringLiteral("kiosk/enabled"), false).toBool()) {
        KioskWindow kiosk(intake, accounts, dialogs, desk);
        kiosk.showFullScreen();
        return QApplication::exec();
    }

    Session session(desk);
    MainWindow window(repository, intake, accounts, session, dialogs, database->path());
    window.setMail(&mail);
    const int idleMinutes = deskSettings.value(QStringLiteral("session/idle_minutes"),
                                               MainWindow::kDefaultIdleMinutes).toInt();
    window.setIdleTimeout(qMax(1, idleMinutes) * 60 * 1000);
    window.show();
    return QApplication::exec();
}
