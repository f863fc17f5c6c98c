#include "sqlitetoserver.h"

#include "conflictindex.h"
#include "database.h"
#include "logging.h"
#include "namematcher.h"
#include "nicknametable.h"
#include "sqldialect.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace {

QString tr(const char* text)
{
    return SqliteToServer::tr(text);
}

// How a column's values are written into the checksum (and read from either backend):
// by the type both schemas declare, never by what the driver happened to return.
enum class Kind { Integer, Text, Blob };

struct Column
{
    const char* name;
    Kind kind;
};

struct Table
{
    const char* name;
    std::vector<Column> columns; // the first is the key, unique and never NULL
    bool identity; // id is an identity column on PostgreSQL: its sequence is set afterwards
    bool large; // rows carry files: batches are also capped by bytes
};

constexpr Kind I = Kind::Integer;
constexpr Kind T = Kind::Text;
constexpr Kind B = Kind::Blob;

// Every table the SQLite schema 15 and the PostgreSQL schema 11 share, parents first (the
// foreign keys hold after each batch). Not copied: SQLite's leads_fts and
// leads_created_out_of_order (the server has its generated `search` column and no need of
// the other), PostgreSQL's generated `search`, which is never written, and the morning
// digest's bookkeeping (digest_sent, digest_leads: today's digest may go once more from the
// server, and one still queued at the move fails with a message instead of going out empty).
const std::vector<Table>& tables()
{
    static const std::vector<Table> list {
        { "users",
          { { "id", I }, { "username", T }, { "username_key", T }, { "display_name", T },
            { "email", T }, { "role", T }, { "password_hash", T }, { "disabled", I },
            { "failed_attempts", I }, { "last_failed_at", I }, { "locked_until", I },
            { "created_at", I }, { "updated_at", I } },
          true, false },
        { "leads",
          { { "id", I }, { "first_name", T }, { "last_name", T }, { "email", T },
            { "email_key", T }, { "status", T }, { "created_at", I }, { "updated_at", I },
            { "version", I }, { "created_by", T }, { "preferred_language", T },
            { "attorney_id", I }, { "attorney_name", T }, { "source", T }, { "erased_at", I },
            // follow_up_on: SQLite's TEXT YYYY-MM-DD, PostgreSQL's date (read back as the same text)
            { "reached_out_at", I }, { "follow_up_on", T } },
          true, false },
        { "resumes",
          { { "lead_id", I }, { "file_name", T }, { "mime_type", T }, { "size", I },
            { "sha256", T }, { "content", B } },
          false, true },
        { "lead_events",
          { { "id", I }, { "lead_id", I }, { "kind", T }, { "from_status", T },
            { "to_status", T }, { "detail", T }, { "actor", T }, { "actor_id", I }, { "at", I },
            { "hash", T }, { "detail_sha256", T } },
          false, false },
        { "account_log",
          { { "id", I }, { "kind", T }, { "user_id", I }, { "actor_id", I }, { "actor", T },
            { "detail", T }, { "at", I }, { "hash", T } },
          false, false },
        { "outbox",
          { { "id", I }, { "lead_id", I }, { "kind", T }, { "language", T },
            { "recipient_address", T }, { "recipient_name", T }, { "message_id", T },
            { "state", T }, { "possible_duplicate", I }, { "attempts", I },
            { "next_attempt_at", I }, { "lease_owner", T }, { "lease_until", I },
            { "last_error", T }, { "queued_at", I }, { "created_at", I }, { "updated_at", I },
            { "sent_at", I } },
          true, false },
        { "settings", { { "key", T }, { "value", T } }, false, false },
        { "sign_in_name_throttle",
          { { "name_hash", T }, { "failed_attempts", I }, { "last_failed_at", I },
            { "locked_until", I } },
          false, false },
        // The conflict check (issue 12): the firm's parties, their log and the outcomes. Its
        // keys are not copied but computed again on the server (step 3).
        { "parties",
          { { "id", I }, { "name", T }, { "email", T }, { "role", T }, { "matter", T }, { "notes", T },
            { "created_at", I }, { "updated_at", I }, { "created_by", T } },
          true, false },
        { "party_log",
          { { "id", I }, { "party_id", I }, { "action", T }, { "detail", T }, { "actor", T }, { "at", I } },
          true, false },
        { "conflict_reviews",
          { { "lead_id", I }, { "outcome", T }, { "reason", T }, { "actor", T }, { "at", I } },
          false, false },
        // Round-robin's position (one row, id 1): the next lead goes to the attorney after the
        // one the desk gave the last lead to, not back to the first.
        { "assignment_rotation", { { "id", I }, { "last_attorney_id", I } }, false, false },
        // The rows each CSV import stored (a file imported again skips them). Its key is two
        // columns: see compositeKey().
        { "import_rows",
          { { "import_id", T }, { "row_number", I }, { "lead_id", I }, { "outcome", T }, { "imported_at", I } },
          false, false },
        // The nicknames are not here: the server's schema holds the built-in pairs already;
        // only the firm's own are copied (copyFirmNicknames).
    };
    return list;
}

// A table whose primary key is more than one column is walked in the order of one text
// that sorts as the key does: import_rows' (import_id, row_number), import_id always 64
// characters, row_number zero-padded (no '%' in the text: the queries are built with
// QString::arg). Empty for a one-column key.
QString compositeKey(const Table& table, bool postgres)
{
    if (qstrcmp(table.name, "import_rows") != 0)
        return {};
    return postgres ? QStringLiteral("(import_id || lpad(row_number::text, 12, '0')) COLLATE \"C\"")
                    : QStringLiteral("(import_id || substr('000000000000' || row_number, -12, 12))");
}

// Rows per INSERT statement (PostgreSQL takes at most 65535 parameters; a batch is several).
constexpr int kRowsPerStatement = 100;
// A batch of resumes stops growing past this many bytes of files.
constexpr qint64 kBatchBytes = 16 * 1024 * 1024;
// Rows read per query while checksumming.
constexpr int kChecksumPage = 2000;

QString columnList(const Table& table)
{
    QStringList names;
    for (const Column& column : table.columns)
        names.append(QString::fromLatin1(column.name));
    return names.join(QStringLiteral(", "));
}

// The columns, then (a composite key) the key's text, read at keyIndex().
QString selectList(const Table& table, bool postgres)
{
    const QString composite = compositeKey(table, postgres);
    return composite.isEmpty() ? columnList(table) : columnList(table) + QStringLiteral(", ") + composite;
}

int keyIndex(const Table& table)
{
    return compositeKey(table, false).isEmpty() ? 0 : int(table.columns.size());
}

bool textKey(const Table& table)
{
    return table.columns.front().kind == Kind::Text;
}

// The key as both sides order it: SQLite compares text byte by byte (BINARY), which on a
// UTF-8 PostgreSQL database is the "C" collation, not the database's default.
QString keyExpression(const Table& table, bool postgres)
{
    if (const QString composite = compositeKey(table, postgres); !composite.isEmpty())
        return composite;
    const QString key = QString::fromLatin1(table.columns.front().name);
    return postgres && textKey(table) ? key + QStringLiteral(" COLLATE \"C\"") : key;
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error { Error::Code::Database, what + QStringLiteral(": ") + error.text() };
}

// The canonical encoding of one value (version 1), fed to the table's SHA-256:
//   NULL 0x00 | INTEGER 0x01 + 8 bytes big-endian | TEXT 0x02 + UTF-8 length (4 bytes
//   big-endian) + UTF-8 | BLOB 0x03 + length (8 bytes big-endian) + bytes
void addValue(QCryptographicHash& hash, Kind kind, const QSqlQuery& query, int index)
{
    if (query.isNull(index)) {
        hash.addData(QByteArrayView("\x00", 1));
        return;
    }
    const QVariant value = query.value(index);
    switch (kind) {
    case Kind::Integer: {
        std::array<char, 9> bytes {};
        bytes[0] = '\x01';
        qToBigEndian<qint64>(value.toLongLong(), bytes.data() + 1);
        hash.addData(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        return;
    }
    case Kind::Text: {
        const QByteArray utf8 = value.toString().toUtf8();
        std::array<char, 5> head {};
        head[0] = '\x02';
        qToBigEndian<quint32>(quint32(utf8.size()), head.data() + 1);
        hash.addData(QByteArrayView(head.data(), qsizetype(head.size())));
        hash.addData(utf8);
        return;
    }
    case Kind::Blob: {
        const QByteArray bytes = value.toByteArray();
        std::array<char, 9> head {};
        head[0] = '\x03';
        qToBigEndian<quint64>(quint64(bytes.size()), head.data() + 1);
        hash.addData(QByteArrayView(head.data(), qsizetype(head.size())));
        hash.addData(bytes);
        return;
    }
    }
}

struct Sum
{
    qint64 rows = 0;
    QByteArray hash;
};

// Count and checksum of a table's rows in key order, read in pages by key (never one
// result holding every resume); upTo: only the rows whose key is at most this.
Result<Sum> checksum(const QSqlDatabase& db, const Table& table, bool postgres,
                     const std::optional<QVariant>& upTo = std::nullopt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("leadintake-migrate-v1\0", 22));
    hash.addData(QByteArray(table.name));
    hash.addData(QByteArrayView("\0", 1));
    const QString key = keyExpression(table, postgres);
    Sum sum;
    std::optional<QVariant> after;
    const int columnCount = int(table.columns.size());
    for (;;) {
        QStringList conditions;
        if (after)
            conditions.append(key + QStringLiteral(" > ?"));
        if (upTo)
            conditions.append(key + QStringLiteral(" <= ?"));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT %5")
                          .arg(selectList(table, postgres), QString::fromLatin1(table.name),
                               conditions.isEmpty() ? QString()
                                                    : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                               key)
                          .arg(kChecksumPage));
        if (after)
            query.addBindValue(*after);
        if (upTo)
            query.addBindValue(*upTo);
        if (!query.exec())
            return sqlError(SqliteToServer::tr("Reading %1 for its checksum failed").arg(QString::fromLatin1(table.name)),
                            query.lastError());
        int rows = 0;
        while (query.next()) {
            for (int i = 0; i < columnCount; ++i)
                addValue(hash, table.columns[std::size_t(i)].kind, query, i);
            after = query.value(keyIndex(table));
            ++rows;
        }
        if (query.lastError().isValid())
            return sqlError(SqliteToServer::tr("Reading %1 for its checksum failed").arg(QString::fromLatin1(table.name)),
                            query.lastError());
        sum.rows += rows;
        if (rows < kChecksumPage)
            break;
    }
    sum.hash = hash.result();
    return sum;
}

// The firm's own nickname pairs in a database: its rows that are not built in (each schema
// adds the built-in ones when it is made, the server's too), sorted.
using NicknamePairs = std::set<std::pair<QString, QString>>;

Result<NicknamePairs> firmNicknames(const QSqlDatabase& db)
{
    static const NicknamePairs builtIn = [] {
        NicknamePairs pairs;
        for (const auto& [name, nickname] : NicknameTable::builtInPairs())
            pairs.emplace(NameMatcher::normalizeWord(name), NameMatcher::normalizeWord(nickname));
        return pairs;
    }();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, nickname FROM nicknames")))
        return sqlError(SqliteToServer::tr("Reading the nicknames failed"), query.lastError());
    NicknamePairs firm;
    while (query.next()) {
        std::pair<QString, QString> pair { query.value(0).toString(), query.value(1).toString() };
        if (!builtIn.count(pair))
            firm.insert(std::move(pair));
    }
    if (query.lastError().isValid())
        return sqlError(SqliteToServer::tr("Reading the nicknames failed"), query.lastError());
    return firm;
}

// The checksum of such pairs, in the encoding of checksum() (two text values a row).
QByteArray nicknameSum(const NicknamePairs& pairs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("leadintake-migrate-v1\0nicknames\0", 32));
    for (const auto& [name, nickname] : pairs) {
        for (const QString* text : { &name, &nickname }) {
            const QByteArray utf8 = text->toUtf8();
            std::array<char, 5> head {};
            head[0] = '\x02';
            qToBigEndian<quint32>(quint32(utf8.size()), head.data() + 1);
            hash.addData(QByteArrayView(head.data(), qsizetype(head.size())));
            hash.addData(utf8);
        }
    }
    return hash.result();
}

// The highest key on the server, if the table has rows.
Result<std::optional<QVariant>> serverLastKey(const QSqlDatabase& db, const Table& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 DESC LIMIT 1")
                        .arg(compositeKey(table, true).isEmpty() ? QString::fromLatin1(table.columns.front().name)
                                                                 : compositeKey(table, true),
                             QString::fromLatin1(table.name), keyExpression(table, true))))
        return sqlError(SqliteToServer::tr("Reading the server's %1 failed").arg(QString::fromLatin1(table.name)),
                        query.lastError());
    if (!query.next())
        return std::optional<QVariant>();
    return std::optional<QVariant>(query.value(0));
}

// The desk's file, read-only: SQLite never writes it (no migration, no checkpoint), and
// query_only refuses any statement that would.
class SourceConnection
{
public:
    SourceConnection()
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("leadintake-migrate-source-%1").arg(counter.fetchAndAddRelaxed(1));
    }
    ~SourceConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SourceConnection(const SourceConnection&) = delete;
    SourceConnection& operator=(const SourceConnection&) = delete;

    VoidResult open(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.isFile())
            return Error { Error::Code::Io,
                           tr("There is no database at %1. Give this desk's database with --database.")
                               .arg(path) };
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (!db.isValid())
            return Error { Error::Code::Database,
                           tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).") };
        // Even a read-only SQLite connection creates an empty -wal and -shm beside a WAL-mode
        // file that has none (and cannot remove them again). No -wal means no desk has the
        // file open and the file holds everything: it is read as immutable, which leaves
        // no trace. With a -wal (a desk is open, or was killed) the connection reads the
        // WAL's committed rows as any reader does; the -wal's bytes do not change.
        m_walPath = info.absoluteFilePath() + QStringLiteral("-wal");
        m_immutable = !QFileInfo::exists(m_walPath)
            && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-shm"));
        if (m_immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(info.absoluteFilePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open())
            return sqlError(tr("Cannot open the database %1 to read it").arg(path), db.lastError());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA query_only = 1")))
            return sqlError(tr("Cannot open the database %1 to read it").arg(path), query.lastError());
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sqlError(tr("Cannot read the database %1").arg(path), query.lastError());
        const int version = query.value(0).toInt();
        query.finish();
        const int latest = Database::latestSchemaVersion(SqlDialect::Backend::Sqlite);
        if (version == 0)
            return Error { Error::Code::Invalid,
                           tr("%1 is not a Lead Intake database (or it is empty); nothing was copied.")
                               .arg(path) };
        if (version != latest)
            return Error { Error::Code::Invalid,
                           tr("The database %1 has schema %2; this version of Lead Intake copies schema "
                              "%3. It never changes the desk's file while copying it: open the file "
                              "once with this version of Lead Intake (which upgrades it), then run "
                              "migrate-to again. Nothing was copied.")
                               .arg(path)
                               .arg(version)
                               .arg(latest) };
        // One snapshot for the whole run: the copy and its checksums see the same rows even
        // if the desk's window is still open and writing (WAL readers are not blocked).
        if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT count(*) FROM leads")))
            return sqlError(tr("Cannot read the database %1").arg(path), query.lastError());
        query.finish();
        return Done {};
    }

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

    // Read as immutable, and yet Lead Intake opened the file meanwhile (it may have
    // written): what was read cannot be trusted to be one snapshot.
    bool openedMeanwhile() const { return m_immutable && QFileInfo::exists(m_walPath); }

private:
    QString m_name;
    QString m_walPath;
    bool m_immutable = false;
};

} // namespace

SqliteToServer::SqliteToServer(QString sourcePath, QSqlDatabase target)
    : m_sourcePath(std::move(sourcePath))
    , m_target(std::move(target))
{
}

QStringList SqliteToServer::tableNames()
{
    QStringList names;
    for (const Table& table : tables())
        names.append(QString::fromLatin1(table.name));
    names.append(QStringLiteral("nicknames")); // the firm's own pairs, after the tables
    return names;
}

Result<SqliteToServer::Report> SqliteToServer::run(const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!SqlDialect(m_target).isPostgres())
        return Error { Error::Code::Invalid,
                       tr("migrate-to copies into a PostgreSQL server (a postgresql:// URL).") };
    SourceConnection sourceConnection;
    if (const VoidResult opened = sourceConnection.open(m_sourcePath); !opened)
        return opened.error();
    const QSqlDatabase source = sourceConnection.connection();

    Report report;
    // Per table, the highest key on the server as this run left it (empty: no row): a batch
    // that finds another one there knows that someone else wrote in between.
    std::vector<QString> lastKeys;
    // 1. What is on the server must be an earlier run's copy of this very file: per table,
    //    exactly the source's first rows in key order. Checked before anything is written.
    for (const Table& table : tables()) {
        TableReport entry;
        entry.table = QString::fromLatin1(table.name);
        QSqlQuery count(source);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(entry.table)) || !count.next())
            return sqlError(tr("Reading %1 from %2 failed").arg(entry.table, m_sourcePath), count.lastError());
        entry.sourceRows = count.value(0).toLongLong();
        count.finish();

        const Result<std::optional<QVariant>> lastKey = serverLastKey(m_target, table);
        if (!lastKey)
            return lastKey.error();
        if (lastKey.value()) {
            const Result<Sum> onServer = checksum(m_target, table, true);
            if (!onServer)
                return onServer.error();
            const Result<Sum> inSource = checksum(source, table, false, *lastKey.value());
            if (!inSource)
                return inSource.error();
            if (onServer->rows != inSource->rows || onServer->hash != inSource->hash) {
                return Error {
                    Error::Code::Invalid,
                    tr("The server database already holds data that is not from %1: its table %2 has "
                       "%3 row(s) (up to %4 %5), and this desk's database has %6 row(s) up to there%7. "
                       "Nothing was written. Copy into a new, empty database, or into the one an "
                       "interrupted migrate-to of this same file left (if this desk was used since, "
                       "start again with an empty one).")
                        .arg(m_sourcePath, entry.table)
                        .arg(onServer->rows)
                        .arg(QString::fromLatin1(table.columns.front().name),
                             lastKey.value()->toString())
                        .arg(inSource->rows)
                        .arg(onServer->rows == inSource->rows ? tr(" with other values") : QString())
                };
            }
            entry.alreadyOnServer = onServer->rows;
        }
        report.tables.append(entry);
        lastKeys.push_back(lastKey.value() ? lastKey.value()->toString() : QString());
    }

    // 2. The copy: batches in key order, each one server transaction that continues after
    //    the highest key committed so far (by this run, or by one that was killed).
    for (std::size_t t = 0; t < tables().size(); ++t) {
        const Table& table = tables()[t];
        TableReport& entry = report.tables[qsizetype(t)];
        const QString name = entry.table;
        const int columnCount = int(table.columns.size());
        const QString placeholders = QStringLiteral("(") + QStringList(columnCount, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        std::map<int, std::unique_ptr<QSqlQuery>> inserts; // prepared once per row count
        const auto insertFor = [&](int rows) -> QSqlQuery* {
            auto found = inserts.find(rows);
            if (found != inserts.end())
                return found->second.get();
            auto query = std::make_unique<QSqlQuery>(m_target);
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(name, columnList(table),
                                         QStringList(rows, placeholders).join(QLatin1Char(',')));
            if (!query->prepare(sql))
                return nullptr;
            return inserts.emplace(rows, std::move(query)).first->second.get();
        };

        for (;;) {
            WriteTransaction transaction(m_target);
            if (const Error* error = transaction.error())
                return *error;
            const Result<std::optional<QVariant>> lastKey = serverLastKey(m_target, table);
            if (!lastKey)
                return lastKey.error();
            // A desk already using the server (a note's history row, an account) would make
            // this run continue after that row and skip the desk's own: stop instead.
            if ((lastKey.value() ? lastKey.value()->toString() : QString()) != lastKeys[t])
                return Error { Error::Code::Conflict,
                               tr("Someone else wrote to the server's %1 while it was being copied "
                                  "(another desk, or a second migrate-to). Nothing of theirs was "
                                  "overwritten. Let no desk use the server until migrate-to has "
                                  "finished, then run it again.")
                                   .arg(name) };

            QSqlQuery read(source);
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT %5")
                             .arg(selectList(table, false), name,
                                  lastKey.value() ? QStringLiteral("WHERE %1 > ?").arg(keyExpression(table, false))
                                                  : QString(),
                                  keyExpression(table, false))
                             .arg(m_batchRows));
            if (lastKey.value())
                read.addBindValue(*lastKey.value());
            if (!read.exec())
                return sqlError(tr("Reading %1 from %2 failed").arg(name, m_sourcePath), read.lastError());
            QVariantList values;
            int rows = 0;
            qint64 bytes = 0;
            QString batchLastKey;
            while (read.next()) {
                batchLastKey = read.value(keyIndex(table)).toString();
                for (int i = 0; i < columnCount; ++i) {
                    QVariant value = read.value(i);
                    if (table.columns[std::size_t(i)].kind == Kind::Blob && !read.isNull(i))
                        bytes += value.toByteArray().size();
                    values.append(std::move(value));
                }
                ++rows;
                if (table.large && bytes >= kBatchBytes)
                    break;
            }
            if (read.lastError().isValid())
                return sqlError(tr("Reading %1 from %2 failed").arg(name, m_sourcePath), read.lastError());
            read.finish();
            if (rows == 0)
                break; // the transaction rolls back: nothing was written in it

            for (int first = 0; first < rows; first += kRowsPerStatement) {
                const int count = qMin(kRowsPerStatement, rows - first);
                QSqlQuery* insert = insertFor(count);
                if (!insert)
                    return sqlError(tr("Preparing the copy of %1 failed").arg(name), m_target.lastError());
                const qsizetype offset = qsizetype(first) * columnCount;
                for (qsizetype i = 0; i < qsizetype(count) * columnCount; ++i)
                    insert->bindValue(int(i), values.at(offset + i));
                if (!insert->exec())
                    return sqlError(tr("Copying %1 to the server failed; the rows copied before are "
                                       "kept, run migrate-to again to continue")
                                        .arg(name),
                                    insert->lastError());
            }
            if (const VoidResult committed = transaction.commit(); !committed)
                return committed.error();
            lastKeys[t] = batchLastKey;
            entry.copied += rows;
            report.rowsCopied += rows;
            if (progress)
                progress(entry, false);
        }
        if (progress)
            progress(entry, true);
    }

    // 2b. The firm's own nicknames, beside the built-in ones the server has already. Adding
    //     a pair twice changes nothing, so a run killed here just adds the rest next time.
    {
        TableReport entry;
        entry.table = QStringLiteral("nicknames");
        const Result<NicknamePairs> firm = firmNicknames(source);
        if (!firm)
            return firm.error();
        const Result<NicknamePairs> before = firmNicknames(m_target);
        if (!before)
            return before.error();
        entry.sourceRows = qint64(firm->size());
        for (const auto& pair : *firm)
            entry.alreadyOnServer += qint64(before->count(pair));
        WriteTransaction transaction(m_target);
        if (const Error* error = transaction.error())
            return *error;
        QSqlQuery insert(m_target);
        insert.prepare(QStringLiteral("INSERT INTO nicknames (name, nickname) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        for (const auto& [name, nickname] : *firm) {
            insert.addBindValue(name);
            insert.addBindValue(nickname);
            if (!insert.exec())
                return sqlError(tr("Copying the nicknames to the server failed"), insert.lastError());
            entry.copied += qMax(0, insert.numRowsAffected());
        }
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed.error();
        report.rowsCopied += entry.copied;
        report.tables.append(entry);
        if (progress)
            progress(entry, true);
    }

    // 3. New leads, accounts and emails on the server continue after the copied ids.
    {
        WriteTransaction transaction(m_target);
        if (const Error* error = transaction.error())
            return *error;
        QSqlQuery query(m_target);
        for (const Table& table : tables()) {
            if (!table.identity)
                continue;
            const QString name = QString::fromLatin1(table.name);
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "coalesce(max(id), 0) + 1, false) FROM %1")
                                .arg(name)))
                return sqlError(tr("Setting the next id of %1 failed").arg(name), query.lastError());
        }
        query.finish();
        // The conflict check's keys of the copied leads and parties (ICU: computed here).
        if (const VoidResult indexed = ConflictIndex::indexExisting(m_target); !indexed)
            return indexed.error();
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed.error();
    }

    // 4. Verification: counts and checksums of both sides, the server in one snapshot.
    QSqlQuery snapshot(m_target);
    if (!snapshot.exec(SqlDialect(m_target).beginSnapshotRead()))
        return sqlError(tr("Reading the server back failed"), snapshot.lastError());
    for (std::size_t t = 0; t < tables().size(); ++t) {
        const Table& table = tables()[t];
        TableReport& entry = report.tables[qsizetype(t)];
        const Result<Sum> inSource = checksum(source, table, false);
        if (!inSource)
            return inSource.error();
        const Result<Sum> onServer = checksum(m_target, table, true);
        if (!onServer)
            return onServer.error();
        entry.sourceRows = inSource->rows;
        entry.sourceChecksum = inSource->hash;
        entry.serverRows = onServer->rows;
        entry.serverChecksum = onServer->hash;
    }
    {
        // The firm's nicknames: the desk's own pairs against the server's own pairs.
        TableReport& entry = report.tables.last();
        const Result<NicknamePairs> inSource = firmNicknames(source);
        if (!inSource)
            return inSource.error();
        const Result<NicknamePairs> onServer = firmNicknames(m_target);
        if (!onServer)
            return onServer.error();
        entry.sourceRows = qint64(inSource->size());
        entry.sourceChecksum = nicknameSum(*inSource);
        entry.serverRows = qint64(onServer->size());
        entry.serverChecksum = nicknameSum(*onServer);
    }
    const Result<AuditVerifier::Report> audit = AuditVerifier(m_target).verify();
    snapshot.exec(QStringLiteral("ROLLBACK"));
    if (!audit)
        return audit.error();
    if (sourceConnection.openedMeanwhile())
        return Error { Error::Code::Database,
                       tr("Lead Intake opened %1 while it was being copied, so the copy may not be one "
                          "moment of it. Close Lead Intake on this desk and run migrate-to again: it "
                          "continues, and refuses if a row already copied was changed since.")
                           .arg(m_sourcePath) };
    report.audit = audit.value();
    report.msecs = timer.elapsed();
    qCInfo(lcDb).noquote() << "migrate-to copied" << report.rowsCopied << "rows in" << report.msecs << "ms";
    return report;
}
