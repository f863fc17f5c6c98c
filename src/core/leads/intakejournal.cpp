#include "intakejournal.h"

#include "logging.h"
#include "privatefiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {

Error journalError(const QString& what, const QSqlError& error)
{
    qCWarning(lcDb) << "intake journal:" << what << error.text();
    return Error { Error::Code::Io, what + QStringLiteral(": ") + error.text() };
}

} // namespace

IntakeJournal::~IntakeJournal()
{
    close();
}

IntakeJournal::IntakeJournal(IntakeJournal&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::exchange(other.m_path, {}))
{
}

IntakeJournal& IntakeJournal::operator=(IntakeJournal&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::exchange(other.m_path, {});
    }
    return *this;
}

void IntakeJournal::close()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString IntakeJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("intake-journal.sqlite"));
}

Result<IntakeJournal> IntakeJournal::open(const QString& path)
{
    const QFileInfo info(path);
    if (const QString problem = PrivateFiles::makeFolder(info.absolutePath()); !problem.isEmpty())
        return Error { Error::Code::Io, tr("Cannot create the folder %1 for the intake journal: %2.")
                                            .arg(info.absolutePath(), problem) };
    if (const QString problem = PrivateFiles::createFile(info.absoluteFilePath()); !problem.isEmpty())
        return Error { Error::Code::Io, tr("Cannot create the intake journal %1: %2.")
                                            .arg(info.absoluteFilePath(), problem) };
    const QString file = info.absoluteFilePath();
    for (const QString& each : QStringList { file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm") })
        PrivateFiles::restrictToOwner(each);

    static QAtomicInteger<quint64> counter;
    IntakeJournal journal;
    journal.m_path = info.absoluteFilePath();
    journal.m_connectionName = QStringLiteral("leadintake-journal-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal.m_connectionName);
    db.setDatabaseName(journal.m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return journalError(tr("Cannot open the intake journal %1").arg(journal.m_path), db.lastError());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return journalError(tr("Cannot read the intake journal %1").arg(journal.m_path), query.lastError());
    const int format = query.value(0).toInt();
    query.finish();
    if (format > kFormatVersion)
        return Error { Error::Code::Io,
                       tr("The intake journal %1 was written by a newer Lead Intake (format %2; this version "
                          "knows up to %3). Update Lead Intake; the leads waiting in it are kept.")
                           .arg(journal.m_path)
                           .arg(format)
                           .arg(kFormatVersion) };
    const QStringList setup {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        // An uploaded walk-in's names and resume do not linger in free pages.
        QStringLiteral("PRAGMA secure_delete=ON"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS waiting ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " upload_key TEXT NOT NULL UNIQUE,"
                       " first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,"
                       " language TEXT NOT NULL,"
                       " resume_name TEXT NOT NULL, resume_mime TEXT NOT NULL,"
                       " resume_sha256 TEXT NOT NULL, resume BLOB NOT NULL,"
                       " actor TEXT NOT NULL, actor_id INTEGER,"
                       " saved_at INTEGER NOT NULL,"
                       " attorney_id INTEGER, source TEXT NOT NULL DEFAULT '')"),
    };
    for (const QString& statement : setup) {
        if (!query.exec(statement))
            return journalError(tr("Cannot prepare the intake journal %1").arg(journal.m_path),
                                query.lastError());
    }
    if (format < kFormatVersion) {
        // Format 0's table (CREATE TABLE IF NOT EXISTS left it as it was) lacks the
        // attorney and the source; a file made just now has them already.
        QStringList columns;
        if (!query.exec(QStringLiteral("PRAGMA table_info(waiting)")))
            return journalError(tr("Cannot prepare the intake journal %1").arg(journal.m_path), query.lastError());
        while (query.next())
            columns.append(query.value(1).toString());
        query.finish();
        QStringList upgrade { QStringLiteral("BEGIN IMMEDIATE") };
        if (!columns.contains(QStringLiteral("attorney_id")))
            upgrade.append(QStringLiteral("ALTER TABLE waiting ADD COLUMN attorney_id INTEGER"));
        if (!columns.contains(QStringLiteral("source")))
            upgrade.append(QStringLiteral("ALTER TABLE waiting ADD COLUMN source TEXT NOT NULL DEFAULT ''"));
        upgrade << QStringLiteral("PRAGMA user_version = %1").arg(kFormatVersion) << QStringLiteral("COMMIT");
        for (const QString& statement : std::as_const(upgrade)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                query.exec(QStringLiteral("ROLLBACK"));
                return journalError(tr("Cannot upgrade the intake journal %1").arg(journal.m_path), error);
            }
        }
        if (!columns.contains(QStringLiteral("attorney_id")))
            qCInfo(lcIntake) << "intake journal upgraded from format" << format << "to" << kFormatVersion;
    }
    return journal;
}

Result<qint64> IntakeJournal::append(const LeadValidator::Valid& lead, const QString& language,
                                     const QString& actor, std::optional<qint64> actorId,
                                     const LeadOrigin& origin)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO waiting (upload_key, first_name, last_name, email, language, resume_name, "
        "resume_mime, resume_sha256, resume, actor, actor_id, saved_at, attorney_id, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(lead.firstName);
    query.addBindValue(lead.lastName);
    query.addBindValue(lead.email);
    query.addBindValue(language);
    query.addBindValue(lead.resume.originalName.isEmpty() ? lead.resume.fileName : lead.resume.originalName);
    query.addBindValue(lead.resume.mimeType);
    query.addBindValue(QString::fromLatin1(lead.resume.sha256Hex));
    query.addBindValue(lead.resume.content);
    query.addBindValue(actor);
    query.addBindValue(actorId ? QVariant(*actorId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(origin.attorneyId ? QVariant(*origin.attorneyId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(origin.source.trimmed().isEmpty() ? QStringLiteral("") : origin.source.trimmed()); // a null QString binds NULL
    if (!query.exec() || !query.next())
        return journalError(tr("The lead could not be kept on this desk either"), query.lastError());
    const qint64 id = query.value(0).toLongLong();
    qCInfo(lcIntake) << "lead kept in the intake journal as entry" << id;
    return id;
}

Result<int> IntakeJournal::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM waiting")) || !query.next())
        return journalError(tr("Cannot read the intake journal"), query.lastError());
    return query.value(0).toInt();
}

Result<std::optional<IntakeJournal::Entry>> IntakeJournal::oldest() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT id, upload_key, first_name, last_name, email, language, resume_name, resume_mime, "
            "resume_sha256, resume, actor, actor_id, saved_at, attorney_id, source FROM waiting ORDER BY id LIMIT 1")))
        return journalError(tr("Cannot read the intake journal"), query.lastError());
    if (!query.next())
        return std::optional<Entry>();
    Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.key = query.value(1).toString();
    entry.lead.firstName = query.value(2).toString();
    entry.lead.lastName = query.value(3).toString();
    entry.lead.email = query.value(4).toString();
    entry.language = query.value(5).toString();
    entry.lead.resume.originalName = query.value(6).toString();
    entry.lead.resume.fileName = entry.lead.resume.originalName;
    entry.lead.resume.mimeType = query.value(7).toString();
    entry.lead.resume.sha256Hex = query.value(8).toString().toLatin1();
    entry.lead.resume.content = query.value(9).toByteArray();
    entry.actor = query.value(10).toString();
    if (!query.value(11).isNull())
        entry.actorId = query.value(11).toLongLong();
    entry.savedAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    if (!query.value(13).isNull())
        entry.origin.attorneyId = query.value(13).toLongLong();
    entry.origin.source = query.value(14).toString();
    return std::optional<Entry>(entry);
}

VoidResult IntakeJournal::remove(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM waiting WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return journalError(tr("Cannot update the intake journal"), query.lastError());
    return Done {};
}
