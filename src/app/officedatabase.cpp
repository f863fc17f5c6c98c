#include "officedatabase.h"

#include "desksettings.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace OfficeDatabase {

namespace {

const QString kChoiceKey = QStringLiteral("database/target");

QString tr(const char* text)
{
    return QCoreApplication::translate("OfficeDatabase", text);
}

// libpq's reasons that have a remedy on our side, added after its own text.
QString adviceFor(const DatabaseTarget& target, const QString& reason)
{
    if (reason.contains(QLatin1String("does not exist")) && reason.contains(QLatin1String("database")))
        return tr("The database is not on that server yet: IT creates it with \"%1\".")
            .arg(serverInitCommand(target));
    if (reason.contains(QLatin1String("password authentication failed"))
        || reason.contains(QLatin1String("no password supplied")))
        return tr("Give the password in ~/.pgpass (mode 0600) or in a pg_service.conf entry, "
                  "never on the command line.");
    if (reason.contains(QLatin1String("root certificate file")))
        return tr("Point sslrootcert (in the URL, PGSSLROOTCERT or the service file) at the "
                  "firm's CA certificate.");
    return {};
}

} // namespace

QString keptChoice()
{
    return openDeskSettings()->value(kChoiceKey).toString().trimmed();
}

bool keep(const DatabaseTarget& target)
{
    const auto settings = openDeskSettings();
    // displayText() has no password: a desk's file never holds one (~/.pgpass does).
    settings->setValue(kChoiceKey, target.isServer() ? target.displayText() : target.path());
    settings->sync();
    return settings->status() == QSettings::NoError;
}

QString deskDatabase(const QString& named)
{
    if (!named.trimmed().isEmpty())
        return named;
    const QString kept = keptChoice();
    return kept.isEmpty() ? Database::defaultPath() : kept;
}

QString serverInitCommand(const DatabaseTarget& target)
{
    return QStringLiteral("leadintake server-init ") + target.displayText();
}

Result<Database> open(const DatabaseTarget& target)
{
    if (!target.isServer())
        return Database::open(target);
    // Schema 0 is the target: connect and read the version, change nothing.
    Result<Database> opened = Database::open(target, 0);
    if (!opened) {
        Error error = opened.error();
        // libpq indents its hint with a tab; QPSQL adds a line of its own that says nothing.
        error.message.replace(QLatin1String("\n\t"), QLatin1String("\n"));
        error.message.remove(QLatin1String("\nQPSQL: Unable to connect"));
        error.message = error.message.trimmed();
        if (const QString advice = adviceFor(target, error.message); !advice.isEmpty())
            error.message += QLatin1Char('\n') + advice;
        return error;
    }
    const int current = opened->schemaVersion();
    const int latest = Database::latestSchemaVersion(SqlDialect::Backend::PostgreSql);
    if (current == 0)
        return Error { Error::Code::Database,
                       tr("The office server's database %1 has no Lead Intake tables yet. IT sets "
                          "it up once with \"%2\"; nothing was changed.")
                           .arg(target.displayText(), serverInitCommand(target)) };
    if (current < latest)
        return Error { Error::Code::Database,
                       tr("The office server's database %1 is at schema %2; this Lead Intake needs "
                          "schema %3. IT upgrades it with \"%4\"; nothing was changed.")
                           .arg(target.displayText())
                           .arg(current)
                           .arg(latest)
                           .arg(serverInitCommand(target)) };
    return opened;
}

bool isUnreachable(const QString& message)
{
    // libpq's words for a server that did not answer; anything the server itself said
    // (FATAL: password, database, role, certificate checks) is not "unreachable".
    static const char* const unreachable[] = {
        "Connection refused", "timeout expired", "could not translate host name",
        "No route to host", "Network is unreachable", "server closed the connection unexpectedly",
        "the database system is starting up", "the database system is shutting down",
        "Connection timed out", "could not connect to server",
    };
    if (message.contains(QLatin1String("FATAL:")) && !message.contains(QLatin1String("the database system is")))
        return false;
    for (const char* words : unreachable) {
        if (message.contains(QLatin1String(words)))
            return true;
    }
    return false;
}

Result<Database> openDesk(const DatabaseTarget& target, bool* offline)
{
    *offline = false;
    Result<Database> opened = open(target);
    if (opened || !target.isServer() || !isUnreachable(opened.error().message))
        return opened;
    qCWarning(lcDb).noquote() << "starting without the office server:" << opened.error().message;
    Result<Database> unopened = Database::unopened(target);
    if (!unopened)
        return opened.error();
    *offline = true;
    return unopened;
}

Result<Database> open(const QString& text)
{
    const Result<DatabaseTarget> target = DatabaseTarget::parse(text);
    if (!target)
        return target.error();
    return open(*target);
}

Result<QString> describe(const DatabaseTarget& target)
{
    Result<Database> opened = open(target);
    if (!opened)
        return opened.error();
    QSqlQuery query(opened->connection());
    // "15.20 (Debian 15.20-0+deb12u1)": the version is enough here.
    const QString server = query.exec(QStringLiteral("SHOW server_version")) && query.next()
        ? query.value(0).toString().section(QLatin1Char(' '), 0, 0)
        : tr("unknown");
    return tr("Connected to %1: Lead Intake schema %2, PostgreSQL %3.")
        .arg(target.displayText())
        .arg(opened->schemaVersion())
        .arg(server);
}

} // namespace OfficeDatabase
