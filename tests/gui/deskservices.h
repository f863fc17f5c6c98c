#pragma once

#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "passwordhasher.h"
#include "testdatabase.h"

#include <memory>

// The core services a desk's window is built on, over one real database, as main.cpp
// wires them (with the cheapest Argon2id strength): shared by the window-level GUI tests
// instead of the same six members and their wiring in each suite's init().
struct DeskServices
{
    // Over a database nobody has used yet, on the suite's backend (TestDatabase: a SQLite
    // file, or a database on the test PostgreSQL server for NAME_pg). Suites that call it
    // are registered POSTGRESQL.
    static Result<std::unique_ptr<DeskServices>> openFresh()
    {
        Result<Database> db = Database::open(TestDatabase::freshTarget());
        if (!db)
            return db.error();
        return std::make_unique<DeskServices>(std::move(db).value());
    }

    explicit DeskServices(Database database)
        : db(std::move(database))
        , leads(db.connection())
        , intake(leads, LeadValidator())
        , hasher(PasswordHasher::minimum())
        , accountRepository(db.connection())
        , accounts(accountRepository, hasher)
    {
    }
    Q_DISABLE_COPY_MOVE(DeskServices)

    // Declared in the order they are built; destroyed in reverse.
    Database db;
    LeadRepository leads;
    IntakeService intake;
    PasswordHasher hasher;
    AccountRepository accountRepository;
    AccountService accounts;
};
