// server-init: IT's one-time (and upgrade-time) setup of the office PostgreSQL server.
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "database.h"
#include "databasetarget.h"
#include "handlers.h"
#include "officedatabase.h"
#include "passwordhasher.h"
#include "serverroles.h"

#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlQuery>

namespace CommandLine {

namespace {

// The maintenance database every PostgreSQL cluster has: CREATE DATABASE runs there.
const QString kMaintenanceDatabase = QStringLiteral("postgres");

QString quotedIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Creates target's database unless it exists. Returns the line to print, or an error.
// When the maintenance database cannot be reached (pg_hba.conf may allow only the firm's
// database), the target is tried as it is: it may well exist already.
Result<QString> ensureDatabase(const DatabaseTarget& target)
{
    const QString name = target.databaseName();
    if (name.isEmpty())
        return tr("The URL names no database; using the one libpq picks (PGDATABASE or the service file).");
    // Schema 0: a plain connection, nothing is migrated in the maintenance database.
    Result<Database> maintenance = Database::open(target.withDatabaseName(kMaintenanceDatabase), 0);
    if (!maintenance)
        return tr("Could not check for the database %1 in \"%2\" (%3); trying it directly.")
            .arg(name, kMaintenanceDatabase, maintenance.error().message.section(QLatin1Char('\n'), 0, 0));
    QSqlQuery query(maintenance->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Error { Error::Code::Database,
                       tr("Cannot list the server's databases: %1").arg(query.lastError().text()) };
    if (query.next())
        return tr("The database %1 exists.").arg(name);
    query.finish();
    // UTF-8 whatever the cluster's default; template0 because template1 may carry another
    // encoding. The names' ICU collation comes with the schema.
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                        .arg(quotedIdentifier(name)))) {
        const QSqlError error = query.lastError();
        QString role = target.userName();
        if (QSqlQuery who(maintenance->connection());
            role.isEmpty() && who.exec(QStringLiteral("SELECT current_user")) && who.next())
            role = who.value(0).toString();
        // 42501: insufficient_privilege.
        if (error.nativeErrorCode() == QLatin1String("42501"))
            return Error { Error::Code::Database,
                           tr("The role %1 may not create databases. Run server-init as a superuser "
                              "or a role with CREATEDB, or have the database created first "
                              "(CREATE DATABASE %2 OWNER %1;). Nothing was changed.")
                               .arg(role, quotedIdentifier(name)) };
        return Error { Error::Code::Database,
                       tr("Cannot create the database %1: %2").arg(name, error.text()) };
    }
    return tr("Created the database %1.").arg(name);
}

} // namespace

Syntax serverInitSyntax()
{
    return { { { QStringLiteral("desk-login"),
                 tr("Also create NAME (or give it a new password), the login desks and kiosks use "
                    "before anyone signs in: it may only submit leads. The password is typed twice, "
                    "or read as one line from standard input."),
                 tr("name") } },
        { { QStringLiteral("url"),
            tr("The office server's database, postgresql://HOST[:PORT]/DBNAME[?sslmode=...]; without "
               "a password (use ~/.pgpass or PGSERVICE). Default: --database."),
            QStringLiteral("[URL]") } } };
}

int serverInit(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const QString text = !context.arguments.isEmpty() ? context.arguments.constFirst()
        : context.parser.isSet(QStringLiteral("database"))
        ? context.parser.value(QStringLiteral("database"))
        : QString();
    if (text.trimmed().isEmpty())
        return usage(context, tr("server-init needs the server's URL: leadintake server-init "
                                 "postgresql://HOST/DBNAME"));
    const Result<DatabaseTarget> target = DatabaseTarget::parse(text);
    if (!target)
        return usage(context, target.error().message);
    if (!target->isServer())
        return usage(context, tr("server-init sets up a PostgreSQL server; %1 is a file, and a "
                                 "desk's own file needs no setup (add-lead or the window create it).")
                                  .arg(target->displayText()));

    QTextStream& out = context.console.out();
    out << tr("Setting up %1").arg(target->displayText()) << '\n';
    const Result<QString> created = ensureDatabase(*target);
    if (!created)
        return fail(context, created.error());
    out << created.value() << '\n';

    // Schema 0: connect only; the migrations run below, where their outcome is reported.
    Result<Database> opened = Database::open(*target, 0);
    if (!opened) {
        // The same advice as a desk gets (password, certificate...).
        const Result<Database> again = OfficeDatabase::open(*target);
        return fail(context, again ? opened.error() : again.error());
    }
    Database database = std::move(opened).value();
    // The roles and grants (after the schema) need CREATEROLE: check first, so that a role
    // without it changes nothing at all.
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT current_user, rolcreaterole OR rolsuper FROM pg_roles "
                                       "WHERE rolname = current_user"))
            || !query.next())
            return fail(context, Error { Error::Code::Database, query.lastError().text() });
        if (!query.value(1).toBool())
            return fail(context, Error { Error::Code::Database,
                                         tr("The role %1 may not create roles, which server-init needs for "
                                            "the firm's roles and grants. Run it as a superuser or a role "
                                            "with CREATEROLE (createuser --createrole). Nothing was changed.")
                                             .arg(query.value(0).toString()) });
    }
    const int before = database.schemaVersion();
    const int latest = Database::latestSchemaVersion(SqlDialect::Backend::PostgreSql);
    if (before == latest) {
        out << tr("Already at schema %1; nothing changed.").arg(latest) << '\n';
    } else {
        if (const VoidResult migrated = database.migrate(); !migrated) {
            Error error = migrated.error();
            if (error.message.contains(QLatin1String("permission denied")))
                error.message += QLatin1Char('\n')
                    + tr("Run server-init as the database's owner or a superuser; the schema "
                         "is left at %1.")
                          .arg(before);
            return fail(context, error);
        }
        out << tr("Upgraded the schema from %1 to %2.").arg(before).arg(database.schemaVersion()) << '\n';
    }
    // What each role may do, enforced by the server (issue 10, item 6): after the schema
    // the grants name.
    if (const VoidResult roles = ServerRoles::apply(database.connection()); !roles)
        return fail(context, roles.error());
    const QString name = target->databaseName().isEmpty() ? QStringLiteral("DB") : target->databaseName();
    out << tr("Roles: %1 (submits leads only), %2, %3, %4; grants applied.")
               .arg(ServerRoles::groupRole(name, ServerRoles::Group::Intake),
                    ServerRoles::groupRole(name, ServerRoles::Group::Receptionist),
                    ServerRoles::groupRole(name, ServerRoles::Group::Attorney),
                    ServerRoles::groupRole(name, ServerRoles::Group::Admin))
        << '\n';
    DatabaseTarget deskTarget = *target;
    const struct
    {
        const char* option;
        ServerRoles::Group group;
    } logins[] = { { "desk-login", ServerRoles::Group::Intake } };
    for (const auto& [option, group] : logins) {
        if (!context.parser.isSet(QString::fromLatin1(option)))
            continue;
        const QString login = context.parser.value(QString::fromLatin1(option)).trimmed();
        if (login.isEmpty())
            return usage(context, tr("--%1 needs a name.").arg(QString::fromLatin1(option)));
        QByteArray password;
        if (!AccountCommands::readNewPassword(context, login, password))
            return Failure;
        const VoidResult set = ServerRoles::setLogin(database.connection(), login, group, QString::fromUtf8(password));
        PasswordHasher::wipe(password);
        if (!set)
            return fail(context, set.error());
        out << tr("Desk login %1 set: it may submit leads and nothing else (every desk and "
                  "kiosk connects as it until someone signs in as their own account). Keep its "
                  "password in each desk's ~/.pgpass (or a pg_service.conf entry), not in the URL.")
                   .arg(login)
            << '\n';
        deskTarget = target->withUser(login, {});
    }
    out << tr("Every account is a login role of this server (named %1_u_USERNAME): add the "
              "first administrator with leadintake --database %2 add-user USERNAME --name "
              "\"FULL NAME\" --role admin.")
               .arg(name, target->displayText())
        << '\n';
    out << tr("Desks connect with: leadintake --database %1").arg(deskTarget.displayText()) << '\n';
    return Success;
}

} // namespace CommandLine
