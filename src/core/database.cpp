#include "database.h"

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

QString migrationPath(int version)
{
    return QStringLiteral(":/sql/sqlite/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::exchange(other.m_path, {}))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::exchange(other.m_path, {});
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

Result<Database> Database::open(const QString& path)
{
    return open(path, latestSchemaVersion());
}

Result<Database> Database::open(const QString& path, int targetVersion)
{
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
    result.m_path = info.absoluteFilePath();
    result.m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.m_connectionName);
    if (!db.isValid())
        return Error { Error::Code::Database,
                       tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).") };
    db.setDatabaseName(result.m_path);
    // Wait for another desk's write instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return sqlError(tr("Cannot open the database %1").arg(result.m_path), db.lastError());

    QSqlQuery query(db);
    const char* pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
    };
    for (const char* pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(tr("Cannot configure the database %1").arg(result.m_path),
                            query.lastError());
    }
    query.finish();
    // Normally a no-op (SQLite copied the database file's mode); catches a -wal or -shm
    // that an older build left open to others while this one could not see it yet.
    restrictToOwner(companionFiles(result.m_path), &tightened, &refused);
    if (!tightened.isEmpty())
        qCWarning(lcDb).noquote() << "restricted to this account (other local accounts could read "
                                     "them):" << tightened.join(QStringLiteral(", "));
    if (!refused.isEmpty())
        qCWarning(lcDb).noquote() << "cannot restrict to this account (owned by another account?):"
                                  << refused.join(QStringLiteral(", "));
    if (const VoidResult migrated = result.migrate(targetVersion); !migrated)
        return migrated.error();
    qCInfo(lcDb) << "opened" << result.m_path << "schema" << result.schemaVersion();
    return result;
}

QList<int> Database::schemaVersions()
{
    static const QList<int> versions = [] {
        QList<int> found;
        const QStringList files = QDir(QStringLiteral(":/sql/sqlite")).entryList({ QStringLiteral("*.sql") });
        for (const QString& file : files) {
            bool ok = false;
            const int version = file.chopped(4).toInt(&ok);
            if (ok && version > 0)
                found.append(version);
        }
        std::sort(found.begin(), found.end());
        return found;
    }();
    return versions;
}

int Database::latestSchemaVersion()
{
    const QList<int> versions = schemaVersions();
    return versions.isEmpty() ? 0 : versions.constLast();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

VoidResult Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error { Error::Code::Database, tr("Cannot read the schema version of %1.").arg(m_path) };
    const int latest = latestSchemaVersion();
    if (current > latest)
        return Error { Error::Code::Database,
                       tr("The database %1 was written by a newer Lead Intake (schema %2; this "
                          "version knows up to %3). Update Lead Intake.")
                           .arg(m_path)
                           .arg(current)
                           .arg(latest) };

    QSqlDatabase db = connection();
    for (const int version : schemaVersions()) {
        if (version <= current || version > targetVersion)
            continue;
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Database,
                           tr("Migration %1 is missing from this build.").arg(version) };
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        WriteTransaction transaction(db);
        if (const Error* error = transaction.error())
            return *error;
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                qCWarning(lcDb) << "migration" << version << "failed:" << query.lastError().text();
                return sqlError(tr("Upgrading the database to schema %1 failed").arg(version),
                                query.lastError());
            }
        }
        query.finish();
        // What SQL cannot do (Unicode normalization, hashing), in the same transaction.
        if (const VoidResult stepped = MigrationSteps::afterScript(version, db); !stepped) {
            qCWarning(lcDb) << "migration" << version << "failed:" << stepped.error().message;
            return stepped.error();
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return sqlError(tr("Upgrading the database to schema %1 failed").arg(version),
                            query.lastError());
        query.finish();
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcDb) << "migrated" << m_path << "to schema" << version;
    }
    return Done {};
}

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = sqlError(tr("The database is busy or read-only; nothing was saved"),
                           query.lastError());
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
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(tr("Saving to the database failed; nothing was saved"), query.lastError());
    m_active = false;
    return Done {};
}
