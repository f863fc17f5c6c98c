#pragma once

#include "database.h"
#include "databasetarget.h"
#include "error.h"

#include <QString>

// Which database this desk uses and how a desk opens it; shared by the window (main.cpp) and
// every command, so that both say the same things. A desk never migrates the office server:
// IT does, once, with `leadintake server-init URL` (a desk's role may not even be allowed
// to); a server whose schema is missing or behind says exactly that.
namespace OfficeDatabase {

// The database this desk keeps (chosen at first start: a file path or a server URL, never
// with a password), from desk.conf; empty when none was chosen.
QString keptChoice();
// Remembers the choice for this desk, the password left out. False when desk.conf cannot be
// written.
bool keep(const DatabaseTarget& target);
// --database when given, else the kept choice, else the default file.
QString deskDatabase(const QString& named = {});

// A SQLite file: Database::open (created and migrated as always). A server: connected
// without migrating and checked to be at this build's schema; every failure says what to do
// (libpq's reason, the host, server-init, ~/.pgpass) and never shows a password.
Result<Database> open(const DatabaseTarget& target);
Result<Database> open(const QString& text);
// For the window and the kiosk: as open(), but a server that cannot be reached at all (no
// answer, refused, no route; not a wrong password, certificate or schema) still gives a
// Database, unopened (Database::unopened), and *offline is set: the desk starts, takes
// walk-ins into its journal, and connects when the server answers.
Result<Database> openDesk(const DatabaseTarget& target, bool* offline);
// Whether open()'s error says the server did not answer (as opposed to refusing us).
bool isUnreachable(const QString& message);

// "leadintake server-init URL" for messages (the URL without a password).
QString serverInitCommand(const DatabaseTarget& target);
// One line for the first-start dialog's "Test connection": where, schema, server version.
Result<QString> describe(const DatabaseTarget& target);

} // namespace OfficeDatabase
