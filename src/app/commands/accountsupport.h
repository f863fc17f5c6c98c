#pragma once

#include "accountrepository.h"
#include "accountservice.h"
#include "command.h"
#include "database.h"
#include "passwordhasher.h"

#include <memory>

// What the account commands share: the --as option, the new password read from the
// terminal without echo (twice) or from standard input, and the opened accounts with the
// actor the change is recorded as.
namespace AccountCommands {

QString tr(const char* text); // QCoreApplication::translate("AccountCommands", text)

QCommandLineOption asOption();

// The new password: typed twice on a terminal, else one line of standard input. On
// failure prints why and returns false (nothing to wipe).
bool readNewPassword(CommandLine::Context& context, const QString& username, QByteArray& password);

// The database and the account service, and who the change is recorded as (--as, else
// the operating system user).
class Accounts final
{
public:
    // Null (with *code set, the reason printed) when the database cannot be opened or
    // --as does not name an active administrator.
    static std::unique_ptr<Accounts> open(CommandLine::Context& context, bool mayCreate, int* code);

    AccountRepository& repository() { return m_repository; }
    AccountService& service() { return m_service; }
    const Actor& actor() const { return m_actor; }

    explicit Accounts(Database database);
    Q_DISABLE_COPY_MOVE(Accounts)

private:
    Database m_database;
    AccountRepository m_repository;
    PasswordHasher m_hasher;
    AccountService m_service;
    Actor m_actor;
};

} // namespace AccountCommands
