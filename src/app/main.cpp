// Lead Intake: parse the command line, open the database, show the window.
#include "accountrepository.h"
#include "accountservice.h"
#include "commandline.h"
#include "database.h"
#include "dataversionwatcher.h"
#include "dialogs.h"
#include "firmsettings.h"
#include "intakejournal.h"
#include "intakeservice.h"
#include "journaluploader.h"
#include "keychainpasswordstore.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "mailcontroller.h"
#include "mainwindow.h"
#include "officedatabase.h"
#include "outboxdispatcher.h"
#include "passwordhasher.h"
#include "session.h"
#include "setupdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <optional>

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
    // The installed files first (/usr/share/leadintake/translations beside /usr/bin, from
    // the package or `make install`), so that a corrected translation needs no rebuild;
    // the embedded ones for a build run where it was built.
    const QStringList directories { QCoreApplication::applicationDirPath()
                                        + QStringLiteral("/../share/leadintake/translations"),
                                    QStringLiteral(":/i18n") };
    auto* ours = new QTranslator(&app);
    bool loaded = false;
    for (const QString& directory : directories)
        loaded = loaded || ours->load(QLocale(), QStringLiteral("leadintake"), QStringLiteral("_"), directory);
    for (const QString& directory : directories)
        loaded = loaded || ours->load(QStringLiteral("leadintake_en"), directory);
    if (loaded)
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

    // A desk's very first start (no --database, nothing chosen, no file yet): where the
    // leads live. The choice is kept in desk.conf, without any password.
    QString databaseText = options.databasePath;
    if (!options.databaseNamed && OfficeDatabase::keptChoice().isEmpty()
        && !QFileInfo::exists(Database::defaultPath())) {
        const std::optional<DatabaseTarget> chosen = SetupDialog::chooseDatabase(
            Database::defaultPath(), [](const DatabaseTarget& target) { return OfficeDatabase::describe(target); });
        if (!chosen)
            return CommandLine::Success;
        if (!OfficeDatabase::keep(*chosen))
            QTextStream(stderr) << QCoreApplication::translate("main", "Cannot write desk.conf; the "
                                                                       "choice is asked again next time.")
                                << '\n';
        databaseText = chosen->isServer() ? chosen->displayText() : chosen->path();
    }

    Result<Database> database = OfficeDatabase::open(databaseText);
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lead Intake cannot start"),
                              database.error().message);
        return CommandLine::Failure;
    }
    LeadRepository repository(database->connection());
    IntakeService intake(repository, LeadValidator());
    // Office mode: walk-ins are kept on this desk while the server cannot be reached, and
    // uploaded in order when it answers (issue 10, item 4).
    std::optional<IntakeJournal> journal;
    std::unique_ptr<JournalUploader> uploader;
    if (database->target().isServer()) {
        Result<IntakeJournal> opened = IntakeJournal::open(IntakeJournal::defaultPath());
        if (!opened) {
            QTextStream(stderr) << opened.error().message << '\n';
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lead Intake cannot start"),
                                  opened.error().message);
            return CommandLine::Failure;
        }
        journal.emplace(std::move(opened).value());
        intake.setJournal(&*journal);
        uploader = std::make_unique<JournalUploader>(*journal, intake);
        uploader->uploadNow();
    }
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
    // openAnother(): a server's password (given in --database) is not in path().
    Result<Database> mailDatabase = database->openAnother();
    if (!mailDatabase) {
        QTextStream(stderr) << mailDatabase.error().message << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lead Intake cannot start"),
                              mailDatabase.error().message);
        return CommandLine::Failure;
    }
    OutboxDispatcher dispatcher(mailDatabase->connection());
    // Office mode: the mail connection reconnects by itself after the server comes back, as
    // the window's does (its changed() is not needed: the dispatcher polls its queue).
    std::optional<DataVersionWatcher> mailConnection;
    if (mailDatabase->dialect().isPostgres())
        mailConnection.emplace(mailDatabase->connection(), 0);
    KeychainPasswordStore passwords;
    MailController mail(dispatcher, database->connection(), passwords);
    // The kiosk has no window to wake it: its leads go out at the next poll.
    mail.start();

    // Per-desk settings: the kiosk, and the idle time before the desk signs itself out.
    const QSettings deskSettings;
    if (options.kiosk || deskSettings.value(QStringLiteral("kiosk/enabled"), false).toBool()) {
        // The kiosk has no MainWindow to keep the desk's connection alive: this does.
        std::optional<DataVersionWatcher> deskConnection;
        if (database->dialect().isPostgres())
            deskConnection.emplace(database->connection(), 0);
        KioskWindow kiosk(intake, accounts, dialogs, desk);
        kiosk.showFullScreen();
        return QApplication::exec();
    }

    Session session(desk);
    // The status bar shows a file's name, or a server's host and database (never a password).
    const QString shownDatabase = database->target().isServer() ? database->target().displayText() : database->path();
    MainWindow window(repository, intake, accounts, session, dialogs, shownDatabase);
    window.setMail(&mail);
    if (uploader)
        window.setJournalUploader(uploader.get());
    const int idleMinutes = deskSettings.value(QStringLiteral("session/idle_minutes"),
                                               MainWindow::kDefaultIdleMinutes).toInt();
    window.setIdleTimeout(qMax(1, idleMinutes) * 60 * 1000);
    window.show();
    return QApplication::exec();
}
