#include "accountcommands.h"

#include "accountrepository.h"
#include "accountservice.h"
#include "commandline.h"
#include "console.h"
#include "database.h"
#include "intakeservice.h"
#include "passwordhasher.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace AccountCommands {

namespace {

const QString kAddUser = QStringLiteral("add-user");
const QString kSetRole = QStringLiteral("set-role");
const QString kResetPassword = QStringLiteral("reset-password");
const QString kDisableUser = QStringLiteral("disable-user");
const QString kEnableUser = QStringLiteral("enable-user");
const QString kListUsers = QStringLiteral("list-users");

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountCommands", text);
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::Invalid:
        return CommandLine::Usage;
    case Error::Code::NotFound:
        return CommandLine::NotFound;
    case Error::Code::Conflict:
        return CommandLine::Conflict;
    case Error::Code::Database:
    case Error::Code::Io:
        break;
    }
    return CommandLine::Failure;
}

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

// The new password: typed twice on a terminal, else one line of standard input.
bool readNewPassword(Console& console, const QString& username, QByteArray& password)
{
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

} // namespace

QStringList commandNames()
{
    return { kAddUser, kSetRole, kResetPassword, kDisableUser, kEnableUser, kListUsers };
}

bool handles(const QString& command)
{
    return commandNames().contains(command);
}

int run(const QStringList& arguments)
{
    Console console;
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (handles(arguments.at(i))) {
            command = arguments.at(i);
            break;
        }
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The lead database file (default: %1).").arg(Database::defaultPath()),
                                      tr("path"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The person's full name, as the history shows it."),
                                  tr("name"));
    const QCommandLineOption email(QStringLiteral("email"), tr("The person's email address."), tr("address"));
    const QCommandLineOption role(QStringLiteral("role"), tr("receptionist, attorney or admin (default: attorney)."),
                                  tr("role"));
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("Record the change as done by this administrator's account "
                                   "(default: the operating system user)."),
                                tr("username"));
    parser.addOption(database);
    parser.addOption(as);
    parser.addPositionalArgument(command, tr("The command."));
    if (command == kAddUser) {
        parser.setApplicationDescription(tr("Add an account. The password is read from the terminal "
                                            "(twice, not shown) or from standard input."));
        parser.addOption(name);
        parser.addOption(email);
        parser.addOption(role);
        parser.addPositionalArgument(QStringLiteral("username"), tr("The name to sign in with."));
    } else if (command == kSetRole) {
        parser.setApplicationDescription(tr("Change an account's role."));
        parser.addPositionalArgument(QStringLiteral("username"), tr("The account."));
        parser.addPositionalArgument(QStringLiteral("role"), tr("receptionist, attorney or admin."));
    } else if (command == kResetPassword) {
        parser.setApplicationDescription(tr("Set a new password (and lift a lockout). The password is "
                                            "read from the terminal or from standard input."));
        parser.addPositionalArgument(QStringLiteral("username"), tr("The account."));
    } else if (command == kDisableUser || command == kEnableUser) {
        parser.setApplicationDescription(command == kDisableUser
                                             ? tr("Stop an account from signing in (it is never deleted).")
                                             : tr("Let a disabled account sign in again."));
        parser.addPositionalArgument(QStringLiteral("username"), tr("The account."));
    } else {
        parser.setApplicationDescription(tr("List the accounts: user name, name, role, state."));
    }
    if (!parser.parse(arguments))
        return console.usage(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << parser.helpText();
        console.out().flush();
        return CommandLine::Success;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command
    const qsizetype expected = command == kListUsers ? 0 : command == kSetRole ? 2 : 1;
    if (positional.size() != expected)
        return console.usage(positional.size() < expected ? tr("Missing argument.")
                                                          : tr("Unexpected argument \"%1\".").arg(positional.at(expected)),
                             command);

    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    if (path.trimmed().isEmpty())
        return console.usage(tr("--database needs a file path."), command);
    if (command != kAddUser && !QFileInfo::exists(path)) {
        console.error(tr("There is no database at %1.").arg(path));
        return CommandLine::Failure;
    }
    Result<Database> db = Database::open(path);
    if (!db) {
        console.error(db.error().message);
        return CommandLine::Failure;
    }
    AccountRepository repository(db->connection());
    const PasswordHasher hasher;
    AccountService accounts(repository, hasher);

    Actor actor { std::nullopt, currentDeskUser() };
    if (parser.isSet(as)) {
        const Result<UserAccount> admin = repository.userByName(parser.value(as));
        if (!admin) {
            console.error(admin.error().message);
            return exitCodeFor(admin.error());
        }
        if (!admin->hasRole(Role::Admin)) {
            console.error(tr("%1 is not an active administrator.").arg(admin->username));
            return CommandLine::Usage;
        }
        actor = Actor { admin->id, admin->displayName };
    }

    if (command == kListUsers) {
        const Result<QList<UserAccount>> users = repository.list();
        if (!users) {
            console.error(users.error().message);
            return CommandLine::Failure;
        }
        for (const UserAccount& user : users.value()) {
            console.out() << user.username << '\t' << user.displayName << '\t' << RoleText::key(user.role)
                          << '\t' << (user.disabled ? "disabled" : "active") << '\t' << user.email << '\n';
        }
        console.out().flush();
        return console.out().status() == QTextStream::Ok ? CommandLine::Success : CommandLine::Failure;
    }

    if (command == kAddUser) {
        const QString username = positional.at(0);
        if (const QString problem = AccountRepository::checkUsername(username); !problem.isEmpty())
            return console.usage(problem, command);
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return console.usage(tr("--name is required: the person's full name."), command);
        const std::optional<Role> newRole = parser.isSet(role) ? RoleText::fromKey(parser.value(role))
                                                               : std::optional<Role>(Role::Attorney);
        if (!newRole)
            return console.usage(tr("Unknown role \"%1\": use receptionist, attorney or admin.")
                                     .arg(parser.value(role)),
                                 command);
        QByteArray password;
        if (!readNewPassword(console, username, password))
            return CommandLine::Usage;
        AccountService::NewAccount account { username, parser.value(name), parser.value(email), *newRole };
        const Result<qint64> id = accounts.addUser(account, std::move(password), actor);
        if (!id) {
            console.error(id.error().message);
            return id.error().code == Error::Code::Conflict ? CommandLine::Duplicate : exitCodeFor(id.error());
        }
        console.out() << id.value() << '\n';
        console.out().flush();
        return CommandLine::Success;
    }

    const Result<UserAccount> user = repository.userByName(positional.at(0));
    if (!user) {
        console.error(user.error().message);
        return exitCodeFor(user.error());
    }
    VoidResult done = Done {};
    if (command == kSetRole) {
        const std::optional<Role> newRole = RoleText::fromKey(positional.at(1));
        if (!newRole)
            return console.usage(tr("Unknown role \"%1\": use receptionist, attorney or admin.")
                                     .arg(positional.at(1)),
                                 command);
        done = accounts.setRole(user->id, *newRole, actor);
    } else if (command == kResetPassword) {
        QByteArray password;
        if (!readNewPassword(console, user->username, password))
            return CommandLine::Usage;
        done = accounts.resetPassword(user->id, std::move(password), actor);
    } else {
        done = accounts.setDisabled(user->id, command == kDisableUser, actor);
    }
    if (!done) {
        console.error(done.error().message);
        return exitCodeFor(done.error());
    }
    return CommandLine::Success;
}

} // namespace AccountCommands
