#pragma once

#include <QString>

class PgServer;

// The database a suite runs against, for the whole test process, chosen by
// LEADINTAKE_TEST_BACKEND: "sqlite" (the default) gives a new file in a temporary folder for
// each call; "postgresql" starts one real PostgreSQL 15 server (PgServer) for the process at
// the first call and gives a new, empty database on it for each call. ctest runs every suite
// registered with leadintake_add_test(... POSTGRESQL) once per backend (NAME and NAME_pg):
// one suite, two backends, no copy.
namespace TestDatabase {

bool isPostgres();
// "sqlite" or "postgresql", for messages.
QString backendName();
// A target for Database::open() naming a database nobody has used: a file path, or a
// postgresql:// URL with the superuser's credentials (never print it). Aborts the test
// process with the reason when the server cannot start.
QString freshTarget();
// The server of this process (PostgreSQL only; nullptr for SQLite): to restart or stop it.
PgServer* server();

} // namespace TestDatabase
