#pragma once

#include "accountrepository.h"
#include "accountservice.h"
#include "command.h"
#include "database.h"
#include "passwordhasher.h"

#include <functional>
#include <memory>

class Console;

// What the account commands share: passwords read from the terminal without echo or from
// standard input, and the opened accounts with the actor the change is recorded as.
namespace AccountCommands {

QString tr(const char* text); // QCoreApplication::translate("AccountCommands", text)

// An existing account's password (to sign in): typed once on a terminal without echo, else
// one line of standard input. False when none came (nothing to wipe).
bool readPassword(Console& console, const QString& prompt, QByteArray& password);

// The new password: typed twice on a terminal, else one line of standard input. On
// failure prints why and returns false (nothing to wipe).
bool readNewPassword(CommandLine::Context& context, const QString& username, QByteArray& password);

// The database and the account service, and who the change is recorded as: the account
// signed in with --user (checked before the handler runs), else the operating system user.
class Accounts final
{
public:
    // Null (with *code set, the reason printed) when the database cannot be opened.
    static std::unique_ptr<Accounts> open(CommandLine::Context& context, bool mayCreate, int* code);

    AccountRepository& repository() { return m_repository; }
    AccountService& service() { return m_service; }
    const Actor& actor() const { return m_actor; }

    explicit Accounts(Database database);
    Q_DISABLE_COPY_MOVE(Accounts)

private:
    Database m_database;
    AccountRepository m_repository;
    // Office mode: new passwords become SCRAM verifiers for the accounts' login roles.
    std::unique_ptr<PasswordHasher> m_hasher;
    AccountService m_service;
    Actor m_actor;
};

// For a command whose one argument names an existing account (disable-user, enable-user,
// reset-password): checks the arguments, opens the database, finds the account, then
// returns change(accounts, account), an exit code; or the exit code of what failed first.
int withNamedAccount(CommandLine::Context& context,
                     const std::function<int(Accounts&, const UserAccount&)>& change);

// Success, or the error printed and its exit code.
int exitCodeOf(CommandLine::Context& context, const VoidResult& done);

} // namespace AccountCommands
