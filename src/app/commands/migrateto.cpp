// migrate-to URL: copies this desk's SQLite database into the office's PostgreSQL server
// (SqliteToServer), verifying counts and per-table checksums; resumable, read-only on the desk.
#include "accountrepository.h"
#include "accountservice.h"
#include "auditchain.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "database.h"
#include "databasetarget.h"
#include "handlers.h"
#include "intakeservice.h"
#include "serverlogin.h"
#include "sqlitetoserver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace CommandLine {

Syntax migrateToSyntax()
{
    return { {},
        { { QStringLiteral("url"),
              tr("The office server's database, as postgresql://host:port/dbname?sslmode=verify-full "
                 "(libpq conventions; keep the password in ~/.pgpass or PGPASSWORD). An empty database "
                 "is set up first; this desk's database (--database) is read, never changed."),
              QStringLiteral("URL") } } };
}

int migrateTo(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    if (context.arguments.isEmpty())
        return usage(context, tr("migrate-to needs the office server's URL, as in: leadintake migrate-to "
                                 "postgresql://db.office.example/leadintake?sslmode=verify-full"));
    const Result<DatabaseTarget> target = DatabaseTarget::parse(context.arguments.constFirst());
    if (!target)
        return usage(context, target.error().message);
    if (!target->isServer())
        return usage(context, tr("migrate-to copies into the office server: give a postgresql:// URL, "
                                 "not a file (%1).")
                                  .arg(target->path()));
    const QString source = context.parser.isSet(QStringLiteral("database"))
        ? context.parser.value(QStringLiteral("database"))
        : Database::defaultPath();

    // Before the server is touched: a mistyped --database must not set up its schema.
    if (!QFileInfo(source).isFile()) {
        context.console.error(tr("There is no database at %1. Give this desk's database with --database.")
                                  .arg(source));
        return Failure;
    }
    // Opening sets up an empty server database (its schema) and nothing else.
    Result<Database> server = Database::open(*target);
    if (!server)
        return fail(context, server.error());

    const QLocale locale;
    context.console.error(tr("Copying %1 to %2 …").arg(source, target->displayText()));
    QElapsedTimer lastLine;
    lastLine.start();
    SqliteToServer migration(source, server->connection());
    const Result<SqliteToServer::Report> report = migration.run(
        [&](const SqliteToServer::TableReport& table, bool done) {
            // One line per table; a long one also says where it is every few seconds.
            if (!done && lastLine.elapsed() < 3000)
                return;
            lastLine.restart();
            const qint64 copied = table.alreadyOnServer + table.copied;
            context.console.error(
                done ? tr("%1: %2 row(s) copied now, %3 already on the server from an earlier run, %4 in all")
                           .arg(table.table, locale.toString(table.copied),
                                locale.toString(table.alreadyOnServer), locale.toString(table.sourceRows))
                     : tr("%1: %2 of %3 …")
                           .arg(table.table, locale.toString(copied), locale.toString(table.sourceRows)));
        });
    if (!report)
        return fail(context, report.error());

    QTextStream& out = context.console.out();
    out << tr("Copied %1 to %2.").arg(source, target->displayText()) << '\n';
    QStringList mismatched;
    int width = 0;
    for (const SqliteToServer::TableReport& table : report->tables)
        width = qMax(width, int(table.table.size()));
    for (const SqliteToServer::TableReport& table : report->tables) {
        out << table.table.leftJustified(width) << "  "
            << tr("%1 row(s), SHA-256 %2, %3")
                   .arg(locale.toString(table.serverRows), QString::fromLatin1(table.serverChecksum.toHex()),
                        table.matches() ? tr("same as the desk") : tr("DIFFERENT from the desk"))
            << '\n';
        if (!table.matches())
            mismatched.append(table.table);
    }
    const double seconds = double(report->msecs) / 1000.0;
    out << tr("%1 row(s) copied in %2 s (%3 rows/s, reading back and verifying included).")
               .arg(locale.toString(report->rowsCopied), locale.toString(seconds, 'f', 1),
                    locale.toString(seconds > 0 ? double(report->rowsCopied) / seconds : 0.0, 'f', 0))
        << '\n';
    if (mismatched.isEmpty())
        out << tr("Every table's row count and checksum are the same on the server as on this desk.") << '\n';
    out << tr("Audit chain on the server: %1").arg(report->audit.summary()) << '\n';
    out.flush();

    if (!mismatched.isEmpty()) {
        context.console.error(tr("The copy differs from this desk's database in %1: the server holds "
                                 "rows that are not this desk's. Do not use it; copy into an empty "
                                 "database again.")
                                  .arg(mismatched.join(QStringLiteral(", "))));
        return Failure;
    }
    if (!report->audit.intact()) {
        context.console.error(tr("The audit chain is broken on the server at %1 row %2 (the same rows "
                                 "as this desk's: run verify-audit on the desk's database).")
                                  .arg(AuditChain::tableName(report->audit.firstBreak->table))
                                  .arg(report->audit.firstBreak->rowId));
        return AuditBroken;
    }

    // Accounts: an Argon2id hash cannot become the server's SCRAM verifier, so every moved
    // account still holding one gets a one-time code, which makes its login role; its holder
    // signs in with it once and chooses a password (issue 10, item 6). After verification,
    // so that the copy compared is the desk's own.
    AccountRepository accounts(server->connection());
    const ServerLogin::Hasher scram;
    AccountService service(accounts, scram);
    const Actor actor { std::nullopt, tr("migrate-to (%1)").arg(currentDeskUser()) };
    const Result<QList<UserAccount>> all = accounts.list();
    if (!all)
        return fail(context, all.error());
    QList<QPair<QString, QString>> codes;
    for (const UserAccount& user : *all) {
        const Result<QByteArray> hash = accounts.passwordHash(user.id);
        if (!hash || !hash->startsWith("$argon2"))
            continue;
        const Result<QString> issued = service.issueOneTimeCode(user.id, actor);
        if (!issued)
            return fail(context, issued.error());
        codes.append({ user.username, *issued });
    }
    if (!codes.isEmpty()) {
        out << tr("One-time codes: give each person theirs (they are shown only now). Each signs in "
                  "with the code once and then chooses a password; disabled accounts stay disabled.")
            << '\n';
        int nameWidth = 0;
        for (const auto& entry : std::as_const(codes))
            nameWidth = qMax(nameWidth, int(entry.first.size()));
        for (const auto& entry : std::as_const(codes))
            out << "  " << entry.first.leftJustified(nameWidth) << "  " << entry.second << '\n';
    }
    return Success;
}

} // namespace CommandLine
