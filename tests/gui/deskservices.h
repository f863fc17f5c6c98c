#pragma once

#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "passwordhasher.h"

// The core services a desk's window is built on, over one real database file, as main.cpp
// wires them (with the cheapest Argon2id strength): shared by the window-level GUI tests
// instead of the same six members and their wiring in each suite's init().
struct DeskServices
{
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
