#include "accountsupport.h"

#include "commandline.h"
#include "common.h"
#include "console.h"
#include "intakeservice.h"
#include "serverlogin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace AccountCommands {

namespace {

// One line from standard input, without its line end. The buffer is wiped after use.
bool readLine(QByteArray& line)
{
    char buffer[PasswordHasher::kMaxLength * 4 + 2];
    const bool ok = std::fgets(buffer, int(sizeof buffer), stdin) != nullptr;
    if (ok) {
        size_t length = std::strlen(buffer);
        while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
            --length;
        line = QByteArray(buffer, qsizetype(length));
    }
    for (char& c : buffer)
        *static_cast<volatile char*>(&c) = 0;
    return ok;
}

// Reads a line from the terminal with echo off.
bool readHidden(Console& console, const QString& prompt, QByteArray& line)
{
    console.prompt(prompt);
    termios old {};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const bool ok = readLine(line);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    return ok;
}

} // namespace

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountCommands", text);
}

bool readPassword(Console& console, const QString& prompt, QByteArray& password)
{
    const bool ok = isatty(STDIN_FILENO) ? readHidden(console, prompt, password) : readLine(password);
    if (!ok || password.isEmpty()) {
        PasswordHasher::wipe(password);
        return false;
    }
    return true;
}

bool readNewPassword(CommandLine::Context& context, const QString& username, QByteArray& password)
{
    Console& console = context.console;
    if (!isatty(STDIN_FILENO)) {
        if (!readLine(password) || password.isEmpty()) {
            console.error(tr("No password on standard input (one line is expected)."));
            return false;
        }
        return true;
    }
    QByteArray again;
    if (!readHidden(console, tr("New password for %1: ").arg(username), password)
        || !readHidden(console, tr("Repeat it: "), again)) {
        PasswordHasher::wipe(password);
        PasswordHasher::wipe(again);
        console.error(tr("No password entered."));
        return false;
    }
    const bool same = password == again;
    PasswordHasher::wipe(again);
    if (!same) {
        PasswordHasher::wipe(password);
        console.error(tr("The two passwords differ; nothing was changed."));
        return false;
    }
    return true;
}

Accounts::Accounts(Database database)
    : m_database(std::move(database))
    , m_repository(m_database.connection())
    , m_hasher(m_database.target().isServer() ? std::make_unique<ServerLogin::Hasher>()
                                              : std::make_unique<PasswordHasher>())
    , m_service(m_repository, *m_hasher)
    , m_actor { std::nullopt, currentDeskUser() }
{
}

std::unique_ptr<Accounts> Accounts::open(CommandLine::Context& context, bool mayCreate, int* code)
{
    std::optional<Database> database = CommandLine::openDatabase(
        context, mayCreate ? CommandLine::Open::MayCreate : CommandLine::Open::MustExist, code);
    if (!database)
        return nullptr;
    auto accounts = std::make_unique<Accounts>(std::move(*database));
    accounts->m_actor = context.actor;
    return accounts;
}

int withNamedAccount(CommandLine::Context& context,
                     const std::function<int(Accounts&, const UserAccount&)>& change)
{
    if (context.arguments.isEmpty())
        return CommandLine::usage(context, tr("Missing argument."));
    int code = CommandLine::Success;
    if (CommandLine::tooManyArguments(context, 1, &code))
        return code;
    const std::unique_ptr<Accounts> accounts = Accounts::open(context, false, &code);
    if (!accounts)
        return code;
    const Result<UserAccount> user = accounts->repository().userByName(context.arguments.at(0));
    if (!user)
        return CommandLine::fail(context, user.error());
    return change(*accounts, *user);
}

int exitCodeOf(CommandLine::Context& context, const VoidResult& done)
{
    return done ? int(CommandLine::Success) : CommandLine::fail(context, done.error());
}

} // namespace AccountCommands
