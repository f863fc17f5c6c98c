#include "database.h"

#include "serverroles.h"

#include "logging.h"
#include "migrationsteps.h"
#include "privatefiles.h"

#include <algorithm>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadintake-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char* text)
{
    return Database::tr(text);
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error { Error::Code::Database, what + QStringLiteral(": ") + error.text() };
}

// Splits a migration script into statements. A statement ends with ';' at the end of a
// line, except inside CREATE TRIGGER ... END; bodies.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = line.endsWith(QLatin1Char(';'));
        if (ends && (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// The files SQLite keeps beside a database: they hold the same leads and resumes.
QStringList companionFiles(const QString& databasePath)
{
    return { databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
             databasePath + QStringLiteral("-journal") };
}

// Takes group and others' access away from paths; collects what changed and what could
// not be changed (a file owned by another account).
void restrictToOwner(const QStringList& paths, QStringList* tightened, QStringList* refused)
{
    for (const QString& path : paths) {
        bool failed = false;
        if (PrivateFiles::restrictToOwner(path, &failed))
            tightened->append(path);
        else if (failed)
            refused->append(path);
    }
}

QString migrationFolder(SqlDialect::Backend backend)
{
    return backend == SqlDialect::Backend::PostgreSql ? QStringLiteral(":/sql/postgresql")
                                                      : QStringLiteral(":/sql/sqlite");
}

QString migrationPath(SqlDialect::Backend backend, int version)
{
    return migrationFolder(backend) + QStringLiteral("/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
}

// PostgreSQL keeps the applied migrations in a table (SQLite in PRAGMA user_version).
const char* const kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version integer PRIMARY KEY,"
    " applied_at timestamptz NOT NULL DEFAULT now())";

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_target(std::exchange(other.m_target, {}))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_target = std::exchange(other.m_target, {});
    }
    return *this;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("leads.sqlite"));
}

Result<Database> Database::open(const QString& target)
{
    return open(target, -1);
}

Result<Database> Database::open(const QString& target, int targetVersion)
{
    const Result<DatabaseTarget> parsed = DatabaseTarget::parse(target);
    if (!parsed)
        return parsed.error();
    return open(*parsed, targetVersion);
}

Result<Database> Database::open(const DatabaseTarget& target, int targetVersion)
{
    return target.isServer() ? openServer(target, targetVersion) : openSqlite(target, targetVersion);
}

Result<Database> Database::openAnother() const
{
    return open(m_target, schemaVersion());
}

Result<Database> Database::unopened(const DatabaseTarget& target)
{
    if (!target.isServer())
        return Error { Error::Code::Invalid, QStringLiteral("unopened() is for a server") };
    Database result;
    result.m_target = target;
    result.m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(target.driverName(), result.m_connectionName);
    if (!db.isValid())
        return Error { Error::Code::Database,
                       tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).") };
    target.configure(db);
    return result;
}

Result<Database> Database::openServer(const DatabaseTarget& target, int targetVersion)
{
    Result<Database> made = unopened(target);
    if (!made)
        return made.error();
    Database result = std::move(made).value();
    QSqlDatabase db = result.connection();
    if (!db.open())
        return sqlError(tr("Cannot reach the office server %1").arg(target.displayText()),
                        db.lastError());
    QSqlQuery query(db);
    // Our own statements never need the server's notices (an extension that exists, ...).
    if (!query.exec(QStringLiteral("SET client_min_messages TO warning")))
        return sqlError(tr("Cannot configure the connection to %1").arg(target.displayText()),
                        query.lastError());
    query.finish();
    if (const VoidResult migrated = result.migrate(targetVersion); !migrated)
        return migrated.error();
    qCInfo(lcDb).noquote() << "opened" << target.displayText() << "schema" << result.schemaVersion();
    return result;
}

Result<Database> Database::openSqlite(const DatabaseTarget& target, int targetVersion)
{
    const QString path = target.path();
    // Every lead and resume is in these files: only this OS account may read them,
    // whatever the umask. SQLite creates a new database file 0644 less the umask and gives
    // -wal and -shm the mode of the database file, so an empty 0600 file made here first
    // keeps all three private.
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (const QString problem = PrivateFiles::makeFolder(folder); !problem.isEmpty())
        return Error { Error::Code::Io,
                       tr("Cannot create the folder %1 for the database: %2.").arg(folder, problem) };
    QStringList tightened;
    QStringList refused;
    // The app's own data folder is made private too; a folder the user chose keeps its mode.
    if (folder == QFileInfo(defaultPath()).absolutePath())
        restrictToOwner({ folder }, &tightened, &refused);
    if (!info.exists()) {
        if (const QString problem = PrivateFiles::createFile(info.absoluteFilePath());
            !problem.isEmpty())
            return Error { Error::Code::Io, tr("Cannot create the database %1: %2.")
                                                .arg(info.absoluteFilePath(), problem) };
    }
    restrictToOwner(QStringList { info.absoluteFilePath() } + companionFiles(info.absoluteFilePath()),
                    &tightened, &refused);

    Database result;
    result.m_target = DatabaseTarget::sqliteFile(info.absoluteFilePath());
    const QString resultPath = result.m_target.path();
    result.m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.m_connectionName);
    if (!db.isValid())
        return Error { Error::Code::Database,
                       tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).") };
    result.m_target.configure(db);
    if (!db.open())
        return sqlError(tr("Cannot open the database %1").arg(resultPath), db.lastError());

    QSqlQuery query(db);
    const char* pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        // Deleted and overwritten content is zeroed in the file, not left in free space
        // (erasing a lead must leave nothing behind; issue 13).
        "PRAGMA secure_delete=ON",
    };
    for (const char* pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(tr("Cannot configure the database %1").arg(resultPath),
                            query.lastError());
    }
    query.finish();
    // Normally a no-op (SQLite copied the database file's mode); catches a -wal or -shm
    // that an older build left open to others while this one could not see it yet.
    restrictToOwner(companionFiles(resultPath), &tightened, &refused);
    if (!tightened.isEmpty())
        qCWarning(lcDb).noquote() << "restricted to this account (other local accounts could read "
                                     "them):" << tightened.join(QStringLiteral(", "));
    if (!refused.isEmpty())
        qCWarning(lcDb).noquote() << "cannot restrict to this account (owned by another account?):"
                                  << refused.join(QStringLiteral(", "));
    if (const VoidResult migrated = result.migrate(targetVersion); !migrated)
        return migrated.error();
    qCInfo(lcDb) << "opened" << resultPath << "schema" << result.schemaVersion();
    return result;
}

QList<int> Database::schemaVersions(SqlDialect::Backend backend)
{
    const auto find = [](SqlDialect::Backend of) {
        QList<int> found;
        const QStringList files = QDir(migrationFolder(of)).entryList({ QStringLiteral("*.sql") });
        for (const QString& file : files) {
            bool ok = false;
            const int version = file.chopped(4).toInt(&ok);
            if (ok && version > 0)
                found.append(version);
        }
        std::sort(found.begin(), found.end());
        return found;
    };
    static const QList<int> sqlite = find(SqlDialect::Backend::Sqlite);
    static const QList<int> postgres = find(SqlDialect::Backend::PostgreSql);
    return backend == SqlDialect::Backend::PostgreSql ? postgres : sqlite;
}

int Database::latestSchemaVersion(SqlDialect::Backend backend)
{
    const QList<int> versions = schemaVersions(backend);
    return versions.isEmpty() ? 0 : versions.constLast();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!m_target.isServer())
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    return query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

VoidResult Database::migrate(int targetVersion)
{
    const SqlDialect::Backend backend = dialect().backend();
    const int latest = latestSchemaVersion(backend);
    if (targetVersion < 0)
        targetVersion = latest;
    const QString where = path();
    int current = schemaVersion();
    if (current < 0)
        return Error { Error::Code::Database, tr("Cannot read the schema version of %1.").arg(where) };
    if (current > latest)
        return Error { Error::Code::Database,
                       tr("The database %1 was written by a newer Lead Intake (schema %2; this "
                          "version knows up to %3). Update Lead Intake.")
                           .arg(where)
                           .arg(current)
                           .arg(latest) };

    QSqlDatabase db = connection();
    bool migrated = false;
    for (const int version : schemaVersions(backend)) {
        if (version <= current || version > targetVersion)
            continue;
        QFile file(migrationPath(backend, version));
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Database,
                           tr("Migration %1 is missing from this build.").arg(version) };
        const QString script = QString::fromUtf8(file.readAll());

        WriteTransaction transaction(db);
        if (const Error* error = transaction.error())
            return *error;
        QSqlQuery query(db);
        const auto failed = [&](const QSqlError& error) {
            qCWarning(lcDb) << "migration" << version << "failed:" << error.text();
            return sqlError(tr("Upgrading the database to schema %1 failed").arg(version), error);
        };
        if (backend == SqlDialect::Backend::PostgreSql) {
            // Several desks may start at once: the write lock is held, so read again.
            if (!query.exec(QString::fromLatin1(kCreateMigrationsTable)))
                return failed(query.lastError());
            current = schemaVersion();
            if (version <= current)
                continue;
            // One script, one round trip: PostgreSQL runs several statements in one simple
            // query (function bodies keep their semicolons).
            if (!query.exec(script))
                return failed(query.lastError());
            query.finish();
            query.prepare(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"));
            query.addBindValue(version);
            if (!query.exec())
                return failed(query.lastError());
            query.finish();
            // What SQL cannot do, in the same transaction, once the version is recorded (the
            // history's hash encoding follows the schema version: AuditChain::leadEventsEncoding).
            if (const VoidResult stepped = MigrationSteps::afterServerScript(version, db); !stepped) {
                qCWarning(lcDb) << "migration" << version << "failed:" << stepped.error().message;
                return stepped.error();
            }
        } else {
            for (const QString& statement : splitStatements(script)) {
                if (!query.exec(statement))
                    return failed(query.lastError());
            }
            query.finish();
            // What SQL cannot do (Unicode normalization, hashing), in the same transaction.
            if (const VoidResult stepped = MigrationSteps::afterScript(version, db); !stepped) {
                qCWarning(lcDb) << "migration" << version << "failed:" << stepped.error().message;
                return stepped.error();
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return failed(query.lastError());
        }
        query.finish();
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcDb).noquote() << "migrated" << where << "to schema" << version;
        migrated = true;
    }
    // A server's schema and its roles go together: a new schema's tables and functions need
    // their grants (and schema 3's accounts need the groups). server-init applies them again
    // anyway; this covers a schema made by a superuser's or owner's first open.
    if (migrated && backend == SqlDialect::Backend::PostgreSql && schemaVersion() == latest) {
        QSqlQuery may(db);
        if (may.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))
            && may.next() && may.value(0).toBool()) {
            may.finish();
            if (const VoidResult roles = ServerRoles::apply(db); !roles)
                return roles.error();
        }
    }
    return Done {};
}

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    const QStringList begin = SqlDialect(m_db).beginWrite();
    for (const QString& statement : begin) {
        if (!query.exec(statement)) {
            // Office mode: a server that went away is not "busy"; the desk is reconnecting
            // (DataVersionWatcher) and the user must know the edit is not kept.
            m_error = SqlDialect(m_db).isPostgres() && !m_db.isOpen()
                ? sqlError(tr("The office server cannot be reached; nothing was saved. Lead Intake is "
                              "reconnecting; try again in a moment"),
                           query.lastError())
                : sqlError(tr("The database is busy or read-only; nothing was saved"),
                           query.lastError());
            if (m_active)
                query.exec(QStringLiteral("ROLLBACK"));
            m_active = false;
            return;
        }
        m_active = true;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcDb) << "rollback failed:" << query.lastError().text();
    }
}

VoidResult WriteTransaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error { Error::Code::Database, tr("No transaction.") }
                                         : m_error;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // The server may have committed before the connection dropped: say so, not "nothing".
        if (SqlDialect(m_db).isPostgres() && !m_db.isOpen())
            return sqlError(tr("The connection to the office server was lost while saving; once "
                               "Lead Intake has reconnected, check whether the change is there"),
                            query.lastError());
        return sqlError(tr("Saving to the database failed; nothing was saved"), query.lastError());
    }
    m_active = false;
    return Done {};
}
