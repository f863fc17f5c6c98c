#include "auditchain.h"

#include "logging.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <limits>

namespace {

enum class Kind { Integer, Text };

struct Column
{
    const char* name;
    Kind kind;
};

// The chained columns after id, in the encoding's order (see auditchain.h).
const QList<Column>& chainedColumns(AuditChain::Table table)
{
    static const QList<Column> leadEvents {
        { "lead_id", Kind::Integer }, { "kind", Kind::Text }, { "from_status", Kind::Text },
        { "to_status", Kind::Text },   { "detail", Kind::Text }, { "actor", Kind::Text },
        { "actor_id", Kind::Integer }, { "at", Kind::Integer },
    };
    static const QList<Column> accountLog {
        { "kind", Kind::Text },  { "user_id", Kind::Integer }, { "actor_id", Kind::Integer },
        { "actor", Kind::Text }, { "detail", Kind::Text },     { "at", Kind::Integer },
    };
    return table == AuditChain::Table::LeadEvents ? leadEvents : accountLog;
}

void encode(QCryptographicHash& out, Kind kind, const QVariant& value)
{
    if (value.isNull()) {
        out.addData(QByteArrayView("\x00", 1));
        return;
    }
    if (kind == Kind::Integer) {
        char bytes[9] = { '\x01' };
        qToBigEndian(qint64(value.toLongLong()), bytes + 1);
        out.addData(QByteArrayView(bytes, sizeof bytes));
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    char header[5] = { '\x02' };
    qToBigEndian(quint32(utf8.size()), header + 1);
    out.addData(QByteArrayView(header, sizeof header));
    out.addData(utf8);
}

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

QString columnList(AuditChain::Table table)
{
    return AuditChain::columns(table).join(QStringLiteral(", "));
}

} // namespace

QString AuditChain::tableName(Table table)
{
    return table == Table::LeadEvents ? QStringLiteral("lead_events") : QStringLiteral("account_log");
}

QStringList AuditChain::columns(Table table)
{
    QStringList names;
    for (const Column& column : chainedColumns(table))
        names.append(QString::fromLatin1(column.name));
    return names;
}

QByteArray AuditChain::rowHash(Table table, const QByteArray& previousHash, const QVariantList& values,
                               Encoding encoding, const QByteArray& blankedDigest)
{
    const bool v2 = table == Table::LeadEvents && encoding == Encoding::V2;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(v2 ? QByteArrayView("leadintake-audit-v2\x00", 20)
                    : QByteArrayView("leadintake-audit-v1\x00", 20));
    hash.addData(table == Table::LeadEvents ? QByteArrayView("lead_events\x00", 12)
                                            : QByteArrayView("account_log\x00", 12));
    hash.addData(previousHash.size() == 32 ? previousHash : QByteArray(32, '\x00'));
    encode(hash, Kind::Integer, values.value(0));
    const QList<Column>& columns = chainedColumns(table);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant value = values.value(i + 1);
        if (v2 && qstrcmp(columns.at(i).name, "detail") == 0) {
            // Version 2: the detail's digest, so that erasure can drop the text and keep this.
            if (!blankedDigest.isEmpty() || !value.isNull()) {
                hash.addData(QByteArrayView("\x03", 1));
                hash.addData(!blankedDigest.isEmpty() ? blankedDigest : detailDigest(value.toString()));
            } else {
                hash.addData(QByteArrayView("\x00", 1));
            }
            continue;
        }
        encode(hash, columns.at(i).kind, value);
    }
    return hash.result();
}

QByteArray AuditChain::detailDigest(const QString& detail)
{
    return QCryptographicHash::hash(detail.toUtf8(), QCryptographicHash::Sha256);
}

Result<AuditChain::Encoding> AuditChain::leadEventsEncoding(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    const bool postgres = SqlDialect(db).isPostgres();
    if (!query.exec(postgres ? QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")
                             : QStringLiteral("PRAGMA user_version"))
        || !query.next())
        return sqlError(tr("Reading the history failed"), query);
    const int schema = query.value(0).toInt();
    return schema >= (postgres ? kDigestSchemaPostgres : kDigestSchemaSqlite) ? Encoding::V2
                                                                              : Encoding::V1;
}

Result<qint64> AuditChain::append(const QSqlDatabase& db, Table table, const QVariantList& values)
{
    const QString name = tableName(table);
    QSqlQuery query(db);
    // A SQLite database not yet at schema 7 (the upgrade tests seed old schemas through the
    // repositories) gets the plain row: the migration seals it with the others. Every
    // PostgreSQL schema is chained.
    const bool chained = SqlDialect(db).isPostgres()
        || (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
            && query.value(0).toInt() >= kFirstSchema);
    if (!chained && query.lastError().isValid())
        return sqlError(tr("Reading the history failed"), query);
    if (!chained) {
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                          .arg(name, columnList(table),
                               QStringLiteral(", ?").repeated(columns(table).size() - 1)));
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(tr("Recording the history failed"), query);
        return query.lastInsertId().toLongLong();
    }
    if (!query.exec(QStringLiteral("SELECT id, hash FROM %1 ORDER BY id DESC LIMIT 1").arg(name)))
        return sqlError(tr("Reading the history failed"), query);
    qint64 id = 1;
    QByteArray previous;
    if (query.next()) {
        id = query.value(0).toLongLong() + 1;
        previous = QByteArray::fromHex(query.value(1).toString().toLatin1());
    }
    query.finish();

    Encoding encoding = Encoding::V1;
    if (table == Table::LeadEvents) {
        const Result<Encoding> found = leadEventsEncoding(db);
        if (!found)
            return found.error();
        encoding = *found;
    }
    QVariantList row { id };
    row.append(values);
    const QByteArray hash = rowHash(table, previous, row, encoding);
    const QStringList columns = AuditChain::columns(table);
    query.prepare(QStringLiteral("INSERT INTO %1 (id, %2, hash) VALUES (?%3, ?)")
                      .arg(name, columnList(table), QStringLiteral(", ?").repeated(columns.size())));
    for (const QVariant& value : std::as_const(row))
        query.addBindValue(value);
    query.addBindValue(QString::fromLatin1(hash.toHex()));
    if (!query.exec())
        return sqlError(tr("Recording the history failed"), query);
    return id;
}

AuditChain::Appender::Appender(const QSqlDatabase& db, Table table)
    : m_db(db)
    , m_table(table)
    , m_insert(db)
{
}

Result<qint64> AuditChain::Appender::append(const QVariantList& values)
{
    if (!m_last) {
        // A database before the chain (schema < 7) gets plain rows, as append() writes them.
        QSqlQuery query(m_db);
        const bool chained = SqlDialect(m_db).isPostgres()
            || (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                && query.value(0).toInt() >= kFirstSchema);
        if (!chained)
            return AuditChain::append(m_db, m_table, values);
        if (!query.exec(QStringLiteral("SELECT id, hash FROM %1 ORDER BY id DESC LIMIT 1").arg(tableName(m_table))))
            return sqlError(tr("Reading the history failed"), query);
        m_last = query.next() ? std::pair { query.value(0).toLongLong(),
                                            QByteArray::fromHex(query.value(1).toString().toLatin1()) }
                              : std::pair { qint64(0), QByteArray() };
    }
    if (!m_prepared) {
        m_prepared = m_insert.prepare(QStringLiteral("INSERT INTO %1 (id, %2, hash) VALUES (?%3, ?)")
                                          .arg(tableName(m_table), columnList(m_table),
                                               QStringLiteral(", ?").repeated(columns(m_table).size())));
        if (!m_prepared)
            return sqlError(tr("Recording the history failed"), m_insert);
    }
    const qint64 id = m_last->first + 1;
    QVariantList row { id };
    row.append(values);
    const QByteArray hash = rowHash(m_table, m_last->second, row);
    for (qsizetype i = 0; i < row.size(); ++i)
        m_insert.bindValue(int(i), row.at(i));
    m_insert.bindValue(int(row.size()), QString::fromLatin1(hash.toHex()));
    if (!m_insert.exec()) {
        m_last.reset(); // the transaction is rolled back: read again next time
        return sqlError(tr("Recording the history failed"), m_insert);
    }
    m_last = std::pair { id, hash };
    return id;
}

namespace {

// SQLite's guards that refuse UPDATEs of a history table (BEFORE UPDATE triggers), lifted
// for a one-time (re)seal and put back from their stored text, all inside the migration's
// transaction.
Result<QList<QPair<QString, QString>>> liftUpdateGuards(QSqlQuery& query, const QString& table)
{
    QList<QPair<QString, QString>> triggers;
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name = ? AND sql LIKE '%BEFORE UPDATE%'"));
    query.addBindValue(table);
    if (!query.exec())
        return sqlError(AuditChain::tr("Sealing the history failed"), query);
    while (query.next())
        triggers.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    for (const auto& trigger : std::as_const(triggers)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger.first)))
            return sqlError(AuditChain::tr("Sealing the history failed"), query);
    }
    return triggers;
}

VoidResult restoreUpdateGuards(QSqlQuery& query, const QList<QPair<QString, QString>>& triggers)
{
    for (const auto& trigger : triggers) {
        if (!query.exec(trigger.second))
            return sqlError(AuditChain::tr("Sealing the history failed"), query);
    }
    return Done {};
}

// The rows after `after` in id order, 5000 at a time (the rows being updated are then not
// read by a statement still stepping): id, the hashed columns and, withHash, the stored hash.
Result<QList<QVariantList>> nextBatch(QSqlQuery& query, AuditChain::Table table, qint64 after, bool withHash)
{
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, %1%2 FROM %3 WHERE id > ? ORDER BY id LIMIT 5000")
                      .arg(columnList(table), withHash ? QStringLiteral(", hash") : QString(), AuditChain::tableName(table)));
    query.addBindValue(after);
    if (!query.exec())
        return sqlError(AuditChain::tr("Sealing the history failed"), query);
    const qsizetype width = AuditChain::columns(table).size() + 1 + (withHash ? 1 : 0);
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < width; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    query.finish();
    return rows;
}

} // namespace

VoidResult AuditChain::sealExisting(const QSqlDatabase& db)
{
    for (const Table table : kTables) {
        const QString name = tableName(table);
        QSqlQuery query(db);
        // The append-only triggers (this schema's own) are lifted for the one-time fill.
        const Result<QList<QPair<QString, QString>>> triggers = liftUpdateGuards(query, name);
        if (!triggers)
            return triggers.error();

        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE %1 SET hash = ? WHERE id = ?").arg(name));
        QByteArray previous;
        qint64 last = std::numeric_limits<qint64>::min();
        qint64 sealed = 0;
        for (;;) {
            const Result<QList<QVariantList>> rows = nextBatch(query, table, last, false);
            if (!rows)
                return rows.error();
            if (rows->isEmpty())
                break;
            for (const QVariantList& row : *rows) {
                previous = rowHash(table, previous, row, Encoding::V1);
                update.addBindValue(QString::fromLatin1(previous.toHex()));
                update.addBindValue(row.at(0));
                if (!update.exec())
                    return sqlError(tr("Sealing the history failed"), update);
                last = row.at(0).toLongLong();
                ++sealed;
            }
        }
        update.finish();
        if (const VoidResult back = restoreUpdateGuards(query, *triggers); !back)
            return back;
        qCInfo(lcDb) << "sealed" << sealed << "rows of" << name;
    }
    return Done {};
}

VoidResult AuditChain::resealWithDigests(const QSqlDatabase& db)
{
    const Table table = Table::LeadEvents;
    const bool postgres = SqlDialect(db).isPostgres();
    QSqlQuery query(db);
    // The guard that refuses every other UPDATE is lifted for the re-seal and put back, all
    // inside the migration's transaction.
    QList<QPair<QString, QString>> triggers;
    if (postgres) {
        if (!query.exec(QStringLiteral("ALTER TABLE lead_events DISABLE TRIGGER lead_events_erase_only")))
            return sqlError(tr("Sealing the history failed"), query);
    } else {
        const Result<QList<QPair<QString, QString>>> lifted = liftUpdateGuards(query, tableName(table));
        if (!lifted)
            return lifted.error();
        triggers = *lifted;
    }

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE lead_events SET hash = ? WHERE id = ?"));
    QByteArray previousStored;
    QByteArray previousV2;
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 sealed = 0;
    for (;;) {
        const Result<QList<QVariantList>> batch = nextBatch(query, table, last, true);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        QList<QVariantList> rows = batch.value();
        for (QVariantList& row : rows) {
            const QByteArray stored = QByteArray::fromHex(row.takeLast().toString().toLatin1());
            if (rowHash(table, previousStored, row, Encoding::V1) != stored) {
                qCWarning(lcDb) << "not re-sealing a broken history at row" << row.at(0).toLongLong();
                return Error { Error::Code::Database,
                               tr("The lead history is broken at row %1 (its hash does not match "
                                  "its content and the row before it). The upgrade stopped so "
                                  "that the evidence stays as it is; the database was not changed. "
                                  "Keep a copy of the file and tell whoever looks after it.")
                                   .arg(row.at(0).toLongLong()) };
            }
            previousStored = stored;
            previousV2 = rowHash(table, previousV2, row, Encoding::V2);
            update.addBindValue(QString::fromLatin1(previousV2.toHex()));
            update.addBindValue(row.at(0));
            if (!update.exec())
                return sqlError(tr("Sealing the history failed"), update);
            last = row.at(0).toLongLong();
            ++sealed;
        }
    }
    update.finish();
    if (postgres) {
        if (!query.exec(QStringLiteral("ALTER TABLE lead_events ENABLE TRIGGER lead_events_erase_only")))
            return sqlError(tr("Sealing the history failed"), query);
    } else if (const VoidResult back = restoreUpdateGuards(query, triggers); !back) {
        return back;
    }
    qCInfo(lcDb) << "re-sealed" << sealed << "rows of lead_events with detail digests";
    return Done {};
}
