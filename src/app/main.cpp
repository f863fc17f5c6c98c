// Lead Intake: parse the command line, open the database, show the window.
#include "accountrepository.h"
#include "applanguage.h"
#include "accountservice.h"
#include "commandline.h"
#include "database.h"
#include "databasetarget.h"
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
#include "serverlogin.h"
#include "session.h"
#include "setupdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

// Qt's own strings and ours, in the user's language when we have it (embedded .qm files).
void installTranslations()
{
    AppLanguage::install(QLocale());
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
        installTranslations();
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    CommandLine::configureApplication();
    installTranslations();

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

    // A desk (re)started while the office server is down still takes walk-ins: it starts
    // unconnected, keeps them in its journal and connects when the server answers.
    bool offline = false;
    const Result<DatabaseTarget> parsedTarget = DatabaseTarget::parse(databaseText);
    Result<Database> database = parsedTarget ? OfficeDatabase::openDesk(*parsedTarget, &offline)
                                             : Result<Database>(parsedTarget.error());
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
    // Office mode: every account is a login role of the server; signing in connects the
    // desk as it, and an administrator's new passwords go to the server as SCRAM verifiers.
    const bool office = database->target().isServer();
    const std::unique_ptr<const PasswordHasher> hasher = office
        ? std::unique_ptr<const PasswordHasher>(std::make_unique<ServerLogin::Hasher>())
        : std::make_unique<PasswordHasher>();
    AccountService accounts(accountRepository, *hasher);
    std::optional<ServerLogin> serverLogin;
    if (office) {
        serverLogin.emplace(database->connection());
        accounts.setServerLogin(&*serverLogin);
    }
    // Recorded as "who" while nobody is signed in.
    const QString desk = QCoreApplication::translate("main", "Front desk (%1)").arg(currentDeskUser());

    // First start: the firm and the first administrator. No default password exists.
    // (Office mode: IT adds the first administrator with add-user; a desk's own login may
    // not even count the accounts.)
    const Result<bool> deskReads = repository.mayReadLeads();
    std::optional<UserAccount> firstAdmin;
    if (deskReads && *deskReads && accounts.needsSetup()) {
        FirmSettings firmSettings(database->connection());
        SetupDialog setup(accounts, firmSettings, desk);
        if (setup.exec() != QDialog::Accepted)
            return CommandLine::Success;
        firstAdmin = setup.signedIn();
    }

    // The outbox is drained on a connection of its own, so that a slow SMTP session's
    // bookkeeping never shares a transaction with the window's writes.
    // openAnother(): a server's password (given in --database) is not in path().
    Result<Database> mailDatabase = offline ? Database::unopened(database->target()) : database->openAnother();
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
    // Office mode: the desk's login (nobody signed in) may not read the outbox or the mail
    // settings; the emails go out from desks where an attorney or administrator is signed
    // in. The mail connection follows the window's login once the dispatcher is between
    // sessions (never in the middle of one: its outcome must be recorded as it was claimed).
    const auto mayMail = [&mailDatabase] {
        const Result<bool> may = LeadRepository(mailDatabase->connection()).mayReadLeads();
        return may && *may;
    };
    const auto followDesk = [&] {
        QSqlDatabase mailDb = mailDatabase->connection();
        const QSqlDatabase window = database->connection();
        if (mailDb.userName() == window.userName() && mailDb.password() == window.password())
            return;
        if (dispatcher.isBusy())
            return; // again at its next stateChanged()
        dispatcher.stop();
        if (const VoidResult reopened = ServerLogin::reopenAs(mailDb, window.userName(), window.password()); !reopened)
            qWarning().noquote() << "the mail connection cannot follow the desk's login:" << reopened.error().message;
        if (mayMail())
            mail.start();
    };
    QObject::connect(&dispatcher, &OutboxDispatcher::stateChanged, &dispatcher, followDesk);
    // The kiosk has no window to wake it: its leads go out at the next poll.
    if (!office || mayMail())
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
    if (office)
        QObject::connect(&session, &Session::changed, &dispatcher, followDesk);
    // The status bar shows a file's name, or a server's host and database (never a password).
    const QString shownDatabase = database->target().isServer() ? database->target().displayText() : database->path();
    MainWindow window(repository, intake, accounts, session, dialogs, shownDatabase);
    if (firstAdmin)
        session.signIn(*firstAdmin);
    window.setMail(&mail);
    if (uploader)
        window.setJournalUploader(uploader.get());
    const int idleMinutes = deskSettings.value(QStringLiteral("session/idle_minutes"),
                                               MainWindow::kDefaultIdleMinutes).toInt();
    window.setIdleTimeout(qMax(1, idleMinutes) * 60 * 1000);
    window.show();
    return QApplication::exec();
}
