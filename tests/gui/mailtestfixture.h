#pragma once

#include "database.h"
#include "mailcontroller.h"
#include "outboxdispatcher.h"
#include "sessionpasswordstore.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

// A temporary database, a dispatcher on its own connection to it (as the app has), a
// session password store and the controller that ties them together. No network.
struct MailTestFixture
{
    std::optional<Database> db;
    std::optional<Database> mailDb;
    std::unique_ptr<OutboxDispatcher> dispatcher;
    SessionPasswordStore passwords;
    std::unique_ptr<MailController> mail;

    bool open(const QString& path)
    {
        auto main = Database::open(path);
        if (!main)
            return false;
        db.emplace(std::move(main).value());
        auto second = Database::open(path);
        if (!second)
            return false;
        mailDb.emplace(std::move(second).value());
        dispatcher = std::make_unique<OutboxDispatcher>(mailDb->connection());
        mail = std::make_unique<MailController>(*dispatcher, db->connection(), passwords);
        return true;
    }

    void close()
    {
        mail.reset();
        dispatcher.reset();
        mailDb.reset();
        db.reset();
    }
};
