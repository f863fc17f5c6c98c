#include "registry.h"

#include "common.h"
#include "database.h"
#include "handlers.h"

#include <QCoreApplication>

namespace CommandLine {

const QList<Command>& commandTable()
{
    // name, summary, syntax (options and arguments), handler, role an account needs, help extras
    static const QList<Command> table {
        { QStringLiteral("add-lead"),
            QT_TRANSLATE_NOOP("CommandLine", "Store a new lead with a PDF resume, checked as the intake form does."),
            addLeadSyntax, addLead, Role::Receptionist, NoExtra },
        { QStringLiteral("list-leads"),
            QT_TRANSLATE_NOOP("CommandLine", "List leads as an aligned table, or as CSV with --csv."),
            listLeadsSyntax, listLeads, Role::Attorney, NoExtra },
        { QStringLiteral("assign"),
            QT_TRANSLATE_NOOP("CommandLine", "Make an attorney responsible for a lead and tell them: assign ID USERNAME."),
            assignSyntax, assign, Role::Attorney, NoExtra },
        { QStringLiteral("set-status"),
            QT_TRANSLATE_NOOP("CommandLine", "Change a lead's status: set-status ID PENDING|REACHED_OUT."),
            setStatusSyntax, setStatus, Role::Attorney, NoExtra },
        // Issue 12, part 2: attorneys and admins, as in the window (reception cannot).
        { QStringLiteral("follow-up"),
            QT_TRANSLATE_NOOP("CommandLine", "Set or clear the day to call a lead back: follow-up ID YYYY-MM-DD, "
                                             "or follow-up ID --clear."),
            followUpSyntax, followUp, Role::Attorney, NoExtra },
        // The conflict check (issue 12, part 3): attorneys and admins, as in the window.
        { QStringLiteral("conflict-check"),
            QT_TRANSLATE_NOOP("CommandLine", "Check a prospect against the firm's parties and every lead: "
                                             "conflict-check --first-name NAME --last-name NAME [--email ADDRESS] "
                                             "(exit 0: clear; 7: possible matches, listed with why)."),
            conflictCheckSyntax, conflictCheck, Role::Attorney, NoExtra },
        { QStringLiteral("parties import"),
            QT_TRANSLATE_NOOP("CommandLine", "Add the firm's parties from a CSV file (name, email, role, matter, "
                                             "notes); bad rows are reported by line and skipped."),
            partiesImportSyntax, partiesImport, Role::Attorney, NoExtra },
        { QStringLiteral("parties list"),
            QT_TRANSLATE_NOOP("CommandLine", "List the firm's parties: name, role, matter, email."),
            partiesListSyntax, partiesList, Role::Attorney, NoExtra },
        { QStringLiteral("nicknames list"),
            QT_TRANSLATE_NOOP("CommandLine", "List the conflict check's nickname table."),
            nicknamesListSyntax, nicknamesList, Role::Attorney, NoExtra },
        { QStringLiteral("nicknames add"),
            QT_TRANSLATE_NOOP("CommandLine", "Add a nickname to the conflict check: nicknames add NAME NICKNAME."),
            nicknamesAddSyntax, nicknamesAdd, Role::Attorney, NoExtra },
        { QStringLiteral("export-resume"),
            QT_TRANSLATE_NOOP("CommandLine", "Save a lead's resume to a file: export-resume ID FILE."),
            exportResumeSyntax, exportResume, Role::Attorney, NoExtra },
        // Admins: a whole spreadsheet of people at once, as the window's File → Import leads….
        { QStringLiteral("import-csv"),
            QT_TRANSLATE_NOOP("CommandLine", "Import leads from a CSV file, checked as the intake form does; "
                                             "rejected rows go to a CSV of rejects."),
            importCsvSyntax, importCsv, Role::Admin, NoExtra },
        { QStringLiteral("export-lead"),
            QT_TRANSLATE_NOOP("CommandLine", "Write all of one lead's data to a new private folder (a subject access "
                                             "request): export-lead ID DIR."),
            exportLeadSyntax, exportLead, Role::Admin, NoExtra },
        { QStringLiteral("erase-lead"),
            QT_TRANSLATE_NOOP("CommandLine", "Erase a lead's personal data for good, keeping who erased it, when and "
                                             "why: erase-lead ID --reason TEXT."),
            eraseLeadSyntax, eraseLead, Role::Admin, NoExtra },
        { QStringLiteral("retention list"),
            QT_TRANSLATE_NOOP("CommandLine", "List the leads due for erasure under the firm's retention setting."),
            retentionListSyntax, retentionList, Role::Admin, NoExtra },
        { QStringLiteral("retention apply"),
            QT_TRANSLATE_NOOP("CommandLine", "Erase the leads that retention list shows: retention apply --reason TEXT."),
            retentionApplySyntax, retentionApply, Role::Admin, NoExtra },
        { QStringLiteral("send-outbox"),
            QT_TRANSLATE_NOOP("CommandLine", "Send the queued emails that are due, once, and exit."),
            sendOutboxSyntax, sendOutbox, Role::Attorney, ConfigKeysHelp | SmtpSourcesHelp },
        // The morning digest (issue 12, part 2): the windows queue it on their own; this is
        // for a desk that is not open in the morning, cron and tests (--at).
        { QStringLiteral("send-digest"),
            QT_TRANSLATE_NOOP("CommandLine", "Queue today's morning digest of overdue leads to each attorney who "
                                             "has some, once a day, if digest.time has passed: "
                                             "send-digest [--at ISO-DATETIME]."),
            sendDigestSyntax, sendDigest, Role::Attorney, NoExtra },
        { QStringLiteral("outbox list"),
            QT_TRANSLATE_NOOP("CommandLine", "Show the queued emails: state, attempts, next try, last error."),
            outboxListSyntax, outboxList, Role::Attorney, NoExtra },
        { QStringLiteral("outbox retry"),
            QT_TRANSLATE_NOOP("CommandLine", "Queue a failed or waiting email again, due now: outbox retry ID|--all."),
            outboxRetrySyntax, outboxRetry, Role::Attorney, NoExtra },
        { QStringLiteral("outbox cancel"),
            QT_TRANSLATE_NOOP("CommandLine", "Stop a queued or failed email from being sent: outbox cancel ID."),
            outboxCancelSyntax, outboxCancel, Role::Attorney, NoExtra },
        { QStringLiteral("smtp-test"),
            QT_TRANSLATE_NOOP("CommandLine", "Send a test email: smtp-test --to ADDRESS."),
            smtpTestSyntax, smtpTest, Role::Admin, ConfigKeysHelp | SmtpSourcesHelp },
        { QStringLiteral("config-set"),
            QT_TRANSLATE_NOOP("CommandLine", "Set a firm setting: config-set KEY VALUE (empty VALUE: default)."),
            configSetSyntax, configSet, Role::Admin, ConfigKeysHelp },
        { QStringLiteral("config-get"),
            QT_TRANSLATE_NOOP("CommandLine", "Show firm settings: config-get [KEY]."),
            configGetSyntax, configGet, Role::Admin, ConfigKeysHelp },
        { QStringLiteral("add-user"),
            QT_TRANSLATE_NOOP("CommandLine", "Add an account. The password is read from the terminal "
                                             "(twice, not shown) or from standard input."),
            AccountCommands::addUserSyntax, AccountCommands::addUser, Role::Admin, NoExtra },
        { QStringLiteral("set-role"), QT_TRANSLATE_NOOP("CommandLine", "Change an account's role."),
            AccountCommands::setRoleSyntax, AccountCommands::setRole, Role::Admin, NoExtra },
        { QStringLiteral("user-edit"),
            QT_TRANSLATE_NOOP("CommandLine", "Change an account's full name or email address: "
                                             "user-edit USERNAME --name NAME --email ADDRESS."),
            AccountCommands::userEditSyntax, AccountCommands::userEdit, Role::Admin, NoExtra },
        { QStringLiteral("reset-password"),
            QT_TRANSLATE_NOOP("CommandLine", "Set a new password (and lift a lockout). The password is "
                                             "read from the terminal or from standard input."),
            AccountCommands::resetPasswordSyntax, AccountCommands::resetPassword, Role::Admin, NoExtra },
        { QStringLiteral("disable-user"),
            QT_TRANSLATE_NOOP("CommandLine", "Stop an account from signing in (it is never deleted)."),
            AccountCommands::disableUserSyntax, AccountCommands::disableUser, Role::Admin, NoExtra },
        { QStringLiteral("enable-user"), QT_TRANSLATE_NOOP("CommandLine", "Let a disabled account sign in again."),
            AccountCommands::enableUserSyntax, AccountCommands::enableUser, Role::Admin, NoExtra },
        { QStringLiteral("list-users"),
            QT_TRANSLATE_NOOP("CommandLine", "List the accounts: user name, name, role, state."),
            AccountCommands::listUsersSyntax, AccountCommands::listUsers, Role::Admin, NoExtra },
        // IT's, once per server and after each upgrade of Lead Intake; the server's own
        // rights decide (a superuser, or a role with CREATEDB owning the database).
        { QStringLiteral("server-init"),
            QT_TRANSLATE_NOOP("CommandLine", "Set up the office PostgreSQL server: create the database "
                                             "if needed, bring its schema up to date and set what each "
                                             "role may do (run by IT as a superuser or a role with "
                                             "CREATEDB and CREATEROLE; safe to run again)."),
            serverInitSyntax, serverInit, std::nullopt, NoExtra },
        // Anyone who can read the file may check it: the check reads only hashes and ids, and
        // must not depend on the account table it also guards.
        { QStringLiteral("verify-audit"),
            QT_TRANSLATE_NOOP("CommandLine", "Check that the lead history and the account log were not "
                                             "tampered with; prints each chain's head hash."),
            verifyAuditSyntax, verifyAudit, std::nullopt, NoExtra },
        // No account: signing in would write to the desk's file, which migrate-to only reads;
        // whoever can read the file can copy it anyway, and the server's URL has its own login.
        { QStringLiteral("migrate-to"),
            QT_TRANSLATE_NOOP("CommandLine", "Copy this desk's database into the office's PostgreSQL "
                                             "server, verified and resumable: migrate-to URL."),
            migrateToSyntax, migrateTo, std::nullopt, NoExtra },
        // A backup holds every lead and resume, a restore replaces them all: administrators'.
        { QStringLiteral("backup"),
            QT_TRANSLATE_NOOP("CommandLine", "Write a checked copy of the database while desks keep working: "
                                             "backup FILE (office mode: pg_dump)."),
            backupSyntax, backup, Role::Admin, NoExtra },
        { QStringLiteral("restore"),
            QT_TRANSLATE_NOOP("CommandLine", "Replace the database with a backup once it checks out; the "
                                             "replaced one is kept and open desks reload: restore FILE."),
            restoreSyntax, restore, Role::Admin, NoExtra },
    };
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commandTable()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

bool isCommandGroup(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const Command& command : commandTable()) {
        if (command.name.startsWith(name + QLatin1Char(' ')))
            return true;
    }
    return false;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command& command : commandTable())
        names.append(command.name);
    return names;
}

QCommandLineOption databaseOption()
{
    return { QStringLiteral("database"),
        tr("The lead database: a file on this desk (default: %1, or the one chosen at first start) "
           "or the office server, postgresql://HOST[:PORT]/DBNAME[?sslmode=verify-full&...]; "
           "libpq's PGSERVICE, ~/.pgpass and PGSSLROOTCERT apply. Put no password in it.")
            .arg(Database::defaultPath()),
        tr("path|url") };
}

QCommandLineOption kioskOption()
{
    return { QStringLiteral("kiosk"),
        tr("The reception kiosk: full screen, the intake form only; leaving it needs an "
           "administrator's password.") };
}

QList<QCommandLineOption> windowOptions()
{
    return { databaseOption(), kioskOption() };
}

namespace {

// "  NAME          text", wrapped under the text column as QCommandLineParser does.
QString helpLine(const QString& name, const QString& text, int width)
{
    return QStringLiteral("  ") + name.leftJustified(width) + QStringLiteral("  ") + text + QLatin1Char('\n');
}

} // namespace

QString commandsHelp(const QString& group)
{
    QString text = tr("Commands (the role an account needs for the same action in the window):")
        + QLatin1Char('\n');
    int width = 0;
    for (const Command& command : commandTable())
        width = std::max(width, int(command.name.size()));
    for (const Command& command : commandTable()) {
        if (!group.isEmpty() && !command.name.startsWith(group + QLatin1Char(' ')))
            continue;
        const QString role = command.role ? QStringLiteral(" [") + RoleText::key(*command.role) + QLatin1Char(']')
                                          : QString();
        text += helpLine(command.name, command.summaryText() + role, width);
    }
    return text;
}

QString windowOptionsHelp()
{
    QString text = tr("Window options (without a command, Lead Intake opens its window):") + QLatin1Char('\n');
    for (const QCommandLineOption& option : windowOptions()) {
        QString name = QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            name += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
        text += helpLine(name, option.description(), 18);
    }
    return text;
}

QString exitCodeHelp()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the database or a file failed\n"
              "  2  invalid input, a bad argument or an unknown command\n"
              "  3  add-lead: the email already belongs to a lead\n"
              "  4  no lead (or no resume) with that id\n"
              "  5  someone else changed the lead at the same moment; "
              "nothing was changed\n"
              "  6  send-outbox / smtp-test: some email was not sent (failed, retry scheduled, "
              "email not configured, or no firm name set)\n"
              "  7  accounts exist and the command needs --user with the right password "
              "and role; nothing was changed. conflict-check: possible matches (listed); "
              "set-status: an unreviewed possible conflict (--confirm-conflict)\n"
              "  8  verify-audit, migrate-to: the history or the account log was tampered with\n"
              "  9  import-csv: some rows were rejected (written to the rejects file); the others "
              "were imported\n");
}

QString smtpSourcesHelp()
{
    return tr("Email settings for send-outbox and smtp-test come from the options "
              "--smtp-host, --smtp-port, --smtp-security, --smtp-user, --smtp-ca-file, else "
              "the environment (LEADINTAKE_SMTP_HOST, LEADINTAKE_SMTP_PORT, "
              "LEADINTAKE_SMTP_SECURITY, LEADINTAKE_SMTP_USER, LEADINTAKE_SMTP_CA_FILE), else "
              "the firm settings above. The password only from LEADINTAKE_SMTP_PASSWORD or "
              "--smtp-password-file FILE.")
        + QLatin1Char('\n');
}

} // namespace CommandLine
