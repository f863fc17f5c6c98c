#pragma once

#include <QString>
#include <QStringList>

// The command line of `leadintake`: application identity, the headless sub-commands
// (one file each under commands/, listed once in the table of commands/registry.cpp,
// from which --help and the dispatch come) and the options the window takes. No
// widgets, so every sub-command runs without a display.
namespace CommandLine {

// What a headless run returns to the shell (documented in `leadintake --help`).
enum ExitCode {
    Success = 0,
    Failure = 1, // the database or a file failed
    Usage = 2, // invalid input, a bad argument or an unknown command
    Duplicate = 3, // add-lead: the email already belongs to a lead
    NotFound = 4, // no lead (or no resume) with that id
    Conflict = 5, // someone else changed the lead at the same moment; nothing was changed
    MailNotSent = 6, // send-outbox / smtp-test: some email was not sent
    NotSignedIn = 7, // accounts exist and no account's password (or its role) allows the command
    AuditBroken = 8, // verify-audit: the history or the account log was tampered with
    // conflict-check: possible matches (listed); set-status REACHED_OUT of a lead whose
    // possible conflict nobody reviewed, without --confirm-conflict. (The same number as
    // NotSignedIn: the issue fixed it; the message tells which.)
    PossibleConflict = 7,
    RowsRejected = 9, // import-csv: some rows were rejected (the others were imported)
};

// The reverse-DNS id shared by the desktop file, the AppStream metainfo and the icon.
inline constexpr char kAppId[] = "org.leadintake.LeadIntake";

// Sets application name "leadintake" (organization name empty, so the data folder is
// ~/.local/share/leadintake), version LEADINTAKE_VERSION, and, for a QGuiApplication
// (now or created later), display name "Lead Intake" and desktop file name kAppId.
void configureApplication();

// True when the arguments ask for something that needs no display: --help/-h,
// --version/-v, or any command word (a known sub-command, or a mistyped one so that the
// error is printed on the terminal instead of opening a window). Works on the raw argv,
// before any Q*Application exists; skips the values of --database and of Qt's own
// options such as -style or -platform.
bool isHeadless(const QStringList& arguments);

// Runs the headless request with a QCoreApplication already constructed (after
// configureApplication()); prints data to stdout and messages to stderr; returns an
// ExitCode.
int runHeadless(const QStringList& arguments);

// For the GUI path: the database to open (from --database PATH|URL, else the desk's kept
// choice, else Database::defaultPath()), or an error message (unknown option...). Pass
// QCoreApplication::arguments() once the QApplication exists (it removes Qt's options).
struct GuiOptions
{
    QString databasePath; // a file path or a postgresql:// URL
    bool databaseNamed = false; // given with --database (else the desk's choice or the default)
    QString error;
    bool kiosk = false; // --kiosk: the reception kiosk (full screen, intake only)
};
GuiOptions parseGuiOptions(const QStringList& arguments);

} // namespace CommandLine
