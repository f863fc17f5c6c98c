#include "leadrepository.h"

#include "attorneyassignment.h"
#include "auditchain.h"
#include "conflictindex.h"
#include "database.h"
#include "leadvalidator.h"
#include "logging.h"
#include "resumename.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    // Office mode: the server went away and the desk is reconnecting (DataVersionWatcher);
    // libpq's "connection pointer is NULL" would tell the user nothing.
    if (const QSqlDriver* driver = query.driver();
        driver && driver->dbmsType() == QSqlDriver::PostgreSQL && !driver->isOpen())
        return Error { Error::Code::Database,
                       what + QStringLiteral(": ")
                           + LeadRepository::tr("the office server cannot be reached; Lead Intake is reconnecting, "
                                "try again in a moment.") };
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

Error notFound(qint64 id)
{
    return Error { Error::Code::NotFound, LeadRepository::tr("Lead %1 does not exist (it may have been removed).").arg(id) };
}

// An erased lead (leads.erased_at) keeps its status and attorney for the record: nobody
// works on it any more. Invalid, as LeadEraser's refusal of a second erasure.
Error erasedLead(qint64 id, const QVariant& erasedAtMs, bool assigning)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(erasedAtMs.toLongLong(), Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Error { Error::Code::Invalid,
                   assigning ? LeadRepository::tr("Lead %1 was erased (%2 UTC): it cannot be reassigned; "
                                                  "nothing was changed.").arg(id).arg(when)
                             : LeadRepository::tr("Lead %1 was erased (%2 UTC): its status cannot change; "
                                                  "nothing was changed.").arg(id).arg(when) };
}

// A write that found another version than the one the caller showed: someone else's change
// came first and is never overwritten (setStatus, assign, setFollowUp).
Error staleVersion()
{
    return Error { Error::Code::Conflict,
                   LeadRepository::tr("Someone else changed this lead a moment ago; it now shows their "
                                      "change. Check it and try again.") };
}

QDateTime fromMs(const QVariant& value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString kLeadColumns = QStringLiteral(
    "id, first_name, last_name, email, status, created_at, updated_at, version, created_by, "
    "attorney_id, attorney_name, source, reached_out_at, follow_up_on, erased_at");

Lead leadFromQuery(const QSqlQuery& query)
{
    Lead lead;
    lead.id = query.value(0).toLongLong();
    lead.firstName = query.value(1).toString();
    lead.lastName = query.value(2).toString();
    lead.email = query.value(3).toString();
    lead.status = LeadStatusText::fromKey(query.value(4).toString()).value_or(LeadStatus::Pending);
    lead.createdAt = fromMs(query.value(5));
    lead.updatedAt = fromMs(query.value(6));
    lead.version = query.value(7).toInt();
    lead.createdBy = query.value(8).toString();
    if (!query.value(9).isNull())
        lead.attorneyId = query.value(9).toLongLong();
    lead.attorneyName = query.value(10).toString();
    lead.source = query.value(11).toString();
    if (!query.value(12).isNull())
        lead.reachedOutAt = fromMs(query.value(12));
    // SQLite keeps the date as text, PostgreSQL as a date: both print as YYYY-MM-DD.
    if (!query.value(13).isNull())
        lead.followUpOn = QDate::fromString(query.value(13).toString().left(10), Qt::ISODate);
    if (!query.value(14).isNull())
        lead.erasedAt = fromMs(query.value(14));
    return lead;
}

// The columns that order the table for a sort key, most significant first; each index on
// leads ends with the same columns (0001.sql), and id makes the order total.
QStringList sortColumns(const SqlDialect& dialect, LeadQuery::SortKey key)
{
    switch (key) {
    case LeadQuery::SortKey::FirstName:
        return { dialect.caseInsensitive(QStringLiteral("first_name")), QStringLiteral("id") };
    case LeadQuery::SortKey::LastName:
        return { dialect.caseInsensitive(QStringLiteral("last_name")), QStringLiteral("id") };
    case LeadQuery::SortKey::Email:
        return { QStringLiteral("email_key"), QStringLiteral("id") };
    case LeadQuery::SortKey::Attorney:
        return { dialect.caseInsensitive(QStringLiteral("attorney_name")), QStringLiteral("id") };
    case LeadQuery::SortKey::Status:
        return { QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("id") };
    case LeadQuery::SortKey::CreatedAt:
        break;
    }
    return { QStringLiteral("created_at"), QStringLiteral("id") };
}

// The values of sortColumns() for one lead, for keyset paging.
QVariantList sortValues(LeadQuery::SortKey key, const Lead& lead)
{
    switch (key) {
    case LeadQuery::SortKey::FirstName:
        return { lead.firstName, lead.id };
    case LeadQuery::SortKey::LastName:
        return { lead.lastName, lead.id };
    case LeadQuery::SortKey::Email:
        return { LeadValidator::emailKey(lead.email), lead.id };
    case LeadQuery::SortKey::Attorney:
        return { lead.attorneyName, lead.id };
    case LeadQuery::SortKey::Status:
        return { LeadStatusText::key(lead.status), lead.createdAt.toMSecsSinceEpoch(), lead.id };
    case LeadQuery::SortKey::CreatedAt:
        break;
    }
    return { lead.createdAt.toMSecsSinceEpoch(), lead.id };
}

// sortColumns() without their collations: what a SELECT of the sort keys names.
QStringList sortColumnNames(const SqlDialect& dialect, LeadQuery::SortKey key)
{
    QStringList names = sortColumns(dialect, key);
    for (QString& name : names)
        name = name.section(QLatin1Char(' '), 0, 0);
    return names;
}

// The inverse of sortValues(): a lead holding just the fields sortValues() reads, from a
// row that selected sortColumnNames().
Lead leadFromSortValues(const SqlDialect& dialect, LeadQuery::SortKey key, const QSqlQuery& query)
{
    Lead lead;
    switch (key) {
    case LeadQuery::SortKey::FirstName: lead.firstName = query.value(0).toString(); break;
    case LeadQuery::SortKey::LastName: lead.lastName = query.value(0).toString(); break;
    case LeadQuery::SortKey::Email: lead.email = query.value(0).toString(); break; // already a key
    case LeadQuery::SortKey::Attorney: lead.attorneyName = query.value(0).toString(); break;
    case LeadQuery::SortKey::Status:
        lead.status = LeadStatusText::fromKey(query.value(0).toString()).value_or(LeadStatus::Pending);
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        break;
    case LeadQuery::SortKey::CreatedAt:
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        break;
    }
    lead.id = query.value(int(sortColumns(dialect, key).size()) - 1).toLongLong();
    return lead;
}

bool ascending(const LeadQuery& query, bool reversed)
{
    return (query.order == Qt::AscendingOrder) != reversed;
}

QString orderBy(const SqlDialect& dialect, const LeadQuery& query, bool reversed = false)
{
    const QString dir = ascending(query, reversed) ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms = sortColumns(dialect, query.sortKey);
    for (QString& term : terms)
        term += dir;
    return terms.join(QStringLiteral(", "));
}

// "(key..., id) > (?, ...)": the rows past a lead's sort values in the direction of reading.
// A collation goes on the value, not the column: SQLite seeks the covering index for
// "(first_name, id) > (? COLLATE NOCASE, ?)" but scans all of it for
// "(first_name COLLATE NOCASE, id) > (?, ?)". (PostgreSQL's name columns carry their
// collation: no COLLATE on either side.)
QString pastCondition(const SqlDialect& dialect, const LeadQuery& query, bool reversed)
{
    QStringList placeholders;
    for (const QString& column : sortColumns(dialect, query.sortKey)) {
        const QString collation = column.section(QLatin1Char(' '), 1);
        placeholders.append(collation.isEmpty() ? QStringLiteral("?") : QStringLiteral("? ") + collation);
    }
    return QLatin1Char('(') + sortColumnNames(dialect, query.sortKey).join(QStringLiteral(", "))
        + (ascending(query, reversed) ? QStringLiteral(") > (") : QStringLiteral(") < ("))
        + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// WHERE clause and its bound values for a query's filters.
struct Filter
{
    QString where;
    QVariantList values;
};

// The search condition on leads: FTS5's index on SQLite; the generated tsvector column
// (accents folded, GIN index) on PostgreSQL, which makes its query from the typed words.
QString searchCondition(const SqlDialect& dialect)
{
    return dialect.isPostgres()
        ? QStringLiteral("search @@ leadintake_search_query(?)")
        : QStringLiteral("id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
}

QVariant searchValue(const SqlDialect& dialect, const QString& search)
{
    return dialect.isPostgres() ? search : LeadQuery::ftsExpression(search);
}

// The filters other than the search, on columns of leads ("status = ?"...), and their values.
QStringList plainConditions(const LeadQuery& query)
{
    QStringList conditions;
    if (query.status)
        conditions.append(QStringLiteral("status = ?"));
    if (query.attorneyId)
        conditions.append(QStringLiteral("attorney_id = ?"));
    if (query.overdue)
        conditions.append(QStringLiteral("(") + query.overdue->where + QStringLiteral(")"));
    return conditions;
}

QVariantList plainValues(const LeadQuery& query)
{
    QVariantList values;
    if (query.status)
        values.append(LeadStatusText::key(*query.status));
    if (query.attorneyId)
        values.append(*query.attorneyId);
    if (query.overdue)
        values += query.overdue->values;
    return values;
}

// " AND status = ? AND ..." with each column qualified by prefix ("l." or nothing). A
// parenthesized condition (the overdue one) names several columns and stays unqualified:
// the only other table it meets (leads_fts) has none of them.
QString andPlainConditions(const LeadQuery& query, const QString& prefix = {})
{
    QString text;
    for (const QString& condition : plainConditions(query))
        text += QStringLiteral(" AND ") + (condition.startsWith(QLatin1Char('(')) ? QString() : prefix) + condition;
    return text;
}

Filter filterFor(const SqlDialect& dialect, const LeadQuery& query)
{
    Filter filter;
    QStringList conditions = plainConditions(query);
    filter.values = plainValues(query);
    const QString match = LeadQuery::ftsExpression(query.search);
    if (!match.isEmpty()) {
        conditions.append(searchCondition(dialect));
        filter.values.append(searchValue(dialect, query.search));
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

} // namespace

QString LeadQuery::ftsExpression(const QString& search)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    const QStringList words = search.split(whitespace, Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        // Only letters and digits make tokens; a word of punctuation alone matches nothing
        // useful and would be an FTS syntax error as an empty phrase.
        bool hasToken = false;
        for (const QChar ch : std::as_const(word))
            hasToken = hasToken || ch.isLetterOrNumber();
        if (hasToken)
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

LeadRepository::LeadRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_dialect(m_db)
    , m_clock(std::move(clock))
{
}

QVariant LeadRepository::actorIdValue(std::optional<qint64> actorId) const
{
    if (!actorId)
        actorId = m_actingAccount;
    return actorId ? QVariant(*actorId) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 LeadRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

Result<qint64> LeadRepository::create(const QString& firstName, const QString& lastName,
                                      const QString& email, const ResumeFile& resume,
                                      const QString& actor, const QString& language,
                                      const InTransaction& also, std::optional<qint64> actorId,
                                      const LeadOrigin& origin)
{
    if (const QString problem = LeadValidator::checkSource(origin.source); !problem.isEmpty())
        return Error { Error::Code::Invalid, problem };
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    // Inside the transaction: two desks saving at once take their turns in the rotation.
    const Result<std::optional<qint64>> attorney = AttorneyAssignment::choose(m_db, origin.attorneyId);
    if (!attorney)
        return attorney.error();

    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, 1, ?) RETURNING id"));
    query.addBindValue(firstName);
    query.addBindValue(lastName);
    query.addBindValue(email);
    query.addBindValue(LeadValidator::emailKey(email));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(actor);
    if (!query.exec() || !query.next())
        return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    // English is the column's default; only another language is written, so that create()
    // still seeds databases of schema 1 and 2 (the upgrade tests do).
    if (!language.isEmpty() && language != QLatin1String("en")) {
        query.prepare(QStringLiteral("UPDATE leads SET preferred_language = ? WHERE id = ?"));
        query.addBindValue(language);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    }
    // Likewise the responsible attorney and the source (schema 8 / PostgreSQL 4).
    if (*attorney || !origin.source.trimmed().isEmpty()) {
        query.prepare(QStringLiteral(
            "UPDATE leads SET attorney_id = ?, source = coalesce(?, ''), "
            "attorney_name = coalesce((SELECT display_name FROM users WHERE id = ?), '') WHERE id = ?"));
        const QVariant attorneyValue = *attorney ? QVariant(**attorney) : QVariant(QMetaType(QMetaType::LongLong));
        query.addBindValue(attorneyValue);
        query.addBindValue(origin.source.trimmed()); // an empty one binds as NULL: coalesce
        query.addBindValue(attorneyValue);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    }

    if (const VoidResult stored = insertResume(id, resume); !stored)
        return stored.error();

    if (const Result<qint64> event = appendEvent(
            { id, QStringLiteral("created"), QVariant(QMetaType(QMetaType::QString)),
              QStringLiteral("PENDING"), QVariant(QMetaType(QMetaType::QString)), actor,
              actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Saving the lead's history failed; nothing was saved") + QStringLiteral(": ")
                           + event.error().message };

    // The conflict check's keys, with the lead (ICU transliteration: computed here).
    if (ConflictIndex::available(m_db)) {
        if (const VoidResult indexed = ConflictIndex::write(m_db, ConflictIndex::Owner::Lead, id,
                                                            NameMatcher::person(firstName, lastName, email),
                                                            ConflictIndex::Write::New);
            !indexed)
            return indexed.error();
    }

    if (also) {
        if (const VoidResult written = also(id); !written)
            return written.error();
    }

    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "created lead" << id;
    return id;
}

VoidResult LeadRepository::insertResume(qint64 leadId, const ResumeFile& resume)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, "
                                 "content) VALUES (?, ?, ?, ?, ?, ?)"));
    bindResume(query, leadId, resume);
    if (!query.exec())
        return sqlError(tr("Saving the resume failed; nothing was saved"), query);
    return Done {};
}

void LeadRepository::bindResume(QSqlQuery& query, qint64 leadId, const ResumeFile& resume)
{
    // file_name keeps the name the file arrived with, as display text only: the name it is
    // stored, sent and opened under comes from the lead's names when it is read.
    query.bindValue(0, leadId);
    query.bindValue(1, ResumeName::displayText(resume.originalName.isEmpty() ? resume.fileName : resume.originalName));
    query.bindValue(2, resume.mimeType);
    query.bindValue(3, qint64(resume.content.size()));
    query.bindValue(4, QString::fromLatin1(resume.sha256Hex));
    query.bindValue(5, resume.content);
}

LeadRepository::ImportWriter::ImportWriter(LeadRepository& repository)
    : m_repository(repository)
    , m_find(repository.m_db)
    , m_hasResume(repository.m_db)
    , m_insertLead(repository.m_db)
    , m_insertResume(repository.m_db)
    , m_touch(repository.m_db)
    , m_events(repository.m_db, AuditChain::Table::LeadEvents)
{
}

QSqlQuery& LeadRepository::ImportWriter::prepared(QSqlQuery& query, const QString& sql)
{
    if (query.lastQuery().isEmpty())
        query.prepare(sql);
    return query;
}

Result<std::optional<qint64>> LeadRepository::ImportWriter::newestWithEmailKey(const QString& emailKey)
{
    QSqlQuery& query = prepared(m_find, QStringLiteral("SELECT id FROM leads WHERE email_key = ? "
                                                       "ORDER BY created_at DESC, id DESC LIMIT 1"));
    query.bindValue(0, emailKey);
    if (!query.exec())
        return sqlError(tr("Looking for leads with this email failed"), query);
    const std::optional<qint64> id = query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    return id;
}

Result<bool> LeadRepository::ImportWriter::hasResume(qint64 leadId)
{
    QSqlQuery& query = prepared(m_hasResume, QStringLiteral("SELECT 1 FROM resumes WHERE lead_id = ?"));
    query.bindValue(0, leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    const bool has = query.next();
    query.finish();
    return has;
}

Result<qint64> LeadRepository::ImportWriter::insert(const ImportedLead& lead, const QString& actor,
                                                    std::optional<qint64> actorId, const QString& detail)
{
    const qint64 now = m_repository.nowMs();
    const qint64 created = lead.createdAt.isValid() ? lead.createdAt.toMSecsSinceEpoch() : now;
    const QString status = LeadStatusText::key(lead.status);
    QSqlQuery& query = prepared(m_insertLead, QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, updated_at, "
        "version, created_by, preferred_language) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    query.bindValue(0, lead.firstName);
    query.bindValue(1, lead.lastName);
    query.bindValue(2, lead.email);
    query.bindValue(3, lead.emailKey.isEmpty() ? LeadValidator::emailKey(lead.email) : lead.emailKey);
    query.bindValue(4, status);
    query.bindValue(5, created);
    query.bindValue(6, now);
    query.bindValue(7, actor);
    query.bindValue(8, lead.language.isEmpty() ? QStringLiteral("en") : lead.language);
    if (!query.exec() || !query.next())
        return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    if (!lead.resume.content.isEmpty()) {
        QSqlQuery& resume = prepared(m_insertResume, QStringLiteral(
            "INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)"));
        bindResume(resume, id, lead.resume);
        if (!resume.exec())
            return sqlError(tr("Saving the resume failed; nothing was saved"), resume);
    }
    if (const Result<qint64> event = m_events.append(
            { id, QStringLiteral("created"), QVariant(QMetaType(QMetaType::QString)), status,
              detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(detail), actor,
              m_repository.actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Saving the lead's history failed; nothing was saved") + QStringLiteral(": ")
                           + event.error().message };
    return id;
}

VoidResult LeadRepository::ImportWriter::attachResume(qint64 leadId, const ResumeFile& resume, const QString& actor,
                                                      std::optional<qint64> actorId, const QString& detail)
{
    QSqlQuery& insert = prepared(m_insertResume, QStringLiteral(
        "INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)"));
    bindResume(insert, leadId, resume);
    if (!insert.exec())
        return sqlError(tr("Saving the resume failed; nothing was saved"), insert);
    const qint64 now = m_repository.nowMs();
    QSqlQuery& touch = prepared(m_touch, QStringLiteral("UPDATE leads SET updated_at = ?, version = version + 1 WHERE id = ?"));
    touch.bindValue(0, now);
    touch.bindValue(1, leadId);
    if (!touch.exec())
        return sqlError(tr("Saving the resume failed; nothing was saved"), touch);
    const QVariant none(QMetaType(QMetaType::QString));
    if (const Result<qint64> event = m_events.append({ leadId, LeadEvent::kindKey(LeadEvent::Kind::Note), none,
                                                       none, detail, actor, m_repository.actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Recording the lead's history failed") + QStringLiteral(": ") + event.error().message };
    return Done {};
}

Result<bool> LeadRepository::hasResume(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM resumes WHERE lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    return query.next();
}

Result<Lead> LeadRepository::lead(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    return leadFromQuery(query);
}

Result<QList<Lead>> LeadRepository::findByEmail(const QString& email) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns
                  + QStringLiteral(" FROM leads WHERE email_key = ? ORDER BY created_at DESC, id DESC"));
    query.addBindValue(LeadValidator::emailKey(email));
    if (!query.exec())
        return sqlError(tr("Looking for leads with this email failed"), query);
    QList<Lead> leads;
    while (query.next())
        leads.append(leadFromQuery(query));
    return leads;
}

namespace {

// Matching ids of a search, straight from the full-text index (no sort, no table read
// unless the status filter needs one).
QString searchIds(const SqlDialect& dialect, const LeadQuery& query)
{
    if (dialect.isPostgres())
        return QStringLiteral("SELECT id FROM leads WHERE ") + searchCondition(dialect)
            + andPlainConditions(query);
    if (!plainConditions(query).isEmpty())
        return QStringLiteral("SELECT leads_fts.rowid AS id FROM leads_fts CROSS JOIN leads AS l "
                              "ON l.id = leads_fts.rowid WHERE leads_fts MATCH ?")
            + andPlainConditions(query, QStringLiteral("l."));
    return QStringLiteral("SELECT rowid AS id FROM leads_fts WHERE leads_fts MATCH ?");
}

QVariantList searchValues(const SqlDialect& dialect, const LeadQuery& query)
{
    QVariantList values { searchValue(dialect, query.search) };
    values += plainValues(query);
    return values;
}

Result<QList<Lead>> readLeads(QSqlQuery& query, int limit, bool reversed)
{
    QList<Lead> leads;
    leads.reserve(limit);
    while (query.next())
        leads.append(leadFromQuery(query));
    if (reversed)
        std::reverse(leads.begin(), leads.end());
    return leads;
}

} // namespace

Result<int> LeadRepository::count(const LeadQuery& leadQuery) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList values;
    if (!LeadQuery::ftsExpression(leadQuery.search).isEmpty()) {
        // The index knows its matches: no IN list of every matching id to build.
        query.prepare(QStringLiteral("SELECT count(*) FROM (") + searchIds(m_dialect, leadQuery) + QStringLiteral(") AS matches"));
        values = searchValues(m_dialect, leadQuery);
    } else {
        const Filter filter = filterFor(m_dialect, leadQuery);
        query.prepare(QStringLiteral("SELECT count(*) FROM leads") + filter.where);
        values = filter.values;
    }
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(tr("Counting leads failed"), query);
    return query.value(0).toInt();
}

Result<int> LeadRepository::countUpTo(const LeadQuery& leadQuery, int cap) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList values;
    if (!LeadQuery::ftsExpression(leadQuery.search).isEmpty()) {
        query.prepare(QStringLiteral("SELECT count(*) FROM (") + searchIds(m_dialect, leadQuery)
                      + QStringLiteral(" LIMIT ?) AS matches"));
        values = searchValues(m_dialect, leadQuery);
    } else {
        const Filter filter = filterFor(m_dialect, leadQuery);
        query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM leads") + filter.where
                      + QStringLiteral(" LIMIT ?) AS matches"));
        values = filter.values;
    }
    values.append(cap);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(tr("Counting leads failed"), query);
    return query.value(0).toInt();
}

bool LeadRepository::createdOrderFollowsIds() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    return query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM leads_created_out_of_order)"))
        && query.next() && query.value(0).toBool();
}

Result<QList<Lead>> LeadRepository::page(const LeadQuery& leadQuery, int offset, int limit,
                                         int total) const
{
    if (total > 0 && offset + limit / 2 > total / 2) {
        // Past the middle: the same rows counted from the other end of the order.
        const int end = qMin(offset + limit, total);
        if (end <= offset)
            return QList<Lead>();
        return readPage(leadQuery, total - end, end - offset, true, total);
    }
    return readPage(leadQuery, offset, limit, false, total);
}

Result<QList<Lead>> LeadRepository::readPage(const LeadQuery& leadQuery, int offset, int limit,
                                             bool reversed, int total) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList values;
    const QString select = QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads WHERE id IN (");
    const QString order = QStringLiteral(" ORDER BY ") + orderBy(m_dialect, leadQuery, reversed);
    const bool searching = !LeadQuery::ftsExpression(leadQuery.search).isEmpty();
    // For a page of a search PostgreSQL may walk the order's index checking each lead's
    // words, on the assumption that matches are spread evenly through the order. They are
    // not when the typed word begins names and the order is by name: "ngu" (Nguyen) sorted
    // by last name checked 80% of 100,000 leads before its first match (105 ms; reading its
    // 1,656 matches from the GIN index and sorting them: 8.5 ms). Few matches (known, or
    // counted cheaply from the GIN index) are therefore always read from the index and
    // sorted (OFFSET 0 keeps the planner from merging the two steps again); many matches
    // are dense enough in any order for the index walk.
    // (Creation times and statuses do not cluster by name: the planner's choice stands.)
    const bool nameOrder = leadQuery.sortKey == LeadQuery::SortKey::FirstName
        || leadQuery.sortKey == LeadQuery::SortKey::LastName || leadQuery.sortKey == LeadQuery::SortKey::Email
        || leadQuery.sortKey == LeadQuery::SortKey::Attorney;
    bool fewMatches = false;
    if (searching && m_dialect.isPostgres() && nameOrder) {
        int matches = total;
        if (matches < 0) {
            const Result<int> counted = countUpTo(leadQuery, kFewSearchMatches + 1);
            if (!counted)
                return counted.error();
            matches = *counted;
        }
        fewMatches = matches <= kFewSearchMatches;
    }
    if (!searching) {
        // OFFSET skips entries of the covering index for this order (every index ends in
        // id), never table rows; only the page's own rows are read.
        const Filter filter = filterFor(m_dialect, leadQuery);
        query.prepare(select + QStringLiteral("SELECT id FROM leads") + filter.where + order
                      + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
        values = filter.values;
        values << limit << offset;
    } else if (m_dialect.isPostgres() && fewMatches) {
        query.prepare(select + QStringLiteral("SELECT id FROM (SELECT ")
                      + sortColumnNames(m_dialect, leadQuery.sortKey).join(QStringLiteral(", "))
                      + QStringLiteral(" FROM leads WHERE ") + searchCondition(m_dialect)
                      + andPlainConditions(leadQuery)
                      + QStringLiteral(" OFFSET 0) AS matches") + order
                      + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
        values = searchValues(m_dialect, leadQuery);
        values << limit << offset;
    } else if (!m_dialect.isPostgres() && leadQuery.sortKey == LeadQuery::SortKey::CreatedAt) {
        // Newest (or oldest) first among the matches without sorting them all: for leads
        // whose creation time follows their id, the index's own rowid order is the order.
        // The few that do not (leads_created_out_of_order) are merged in.
        const QString dir = ascending(leadQuery, reversed) ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        const QString rowid = plainConditions(leadQuery).isEmpty() ? QStringLiteral("rowid")
                                                                   : QStringLiteral("leads_fts.rowid");
        if (createdOrderFollowsIds()) {
            query.prepare(select + searchIds(m_dialect, leadQuery) + QStringLiteral(" ORDER BY ") + rowid + dir
                          + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
            values = searchValues(m_dialect, leadQuery);
            values << limit << offset;
        } else {
            query.prepare(select + QStringLiteral("SELECT id FROM (") + searchIds(m_dialect, leadQuery)
                          + QStringLiteral(" AND ") + rowid
                          + QStringLiteral(" NOT IN (SELECT id FROM leads_created_out_of_order) ORDER BY ")
                          + rowid + dir
                          + QStringLiteral(" LIMIT ?) UNION ALL SELECT id FROM leads_created_out_of_order "
                                           "WHERE id IN (")
                          + searchIds(m_dialect, leadQuery) + QStringLiteral("))") + order
                          + QStringLiteral(" LIMIT ? OFFSET ?"));
            values = searchValues(m_dialect, leadQuery);
            values << offset + limit;
            values += searchValues(m_dialect, leadQuery);
            values << limit << offset;
        }
    } else {
        const Filter filter = filterFor(m_dialect, leadQuery);
        query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads")
                      + filter.where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
        values = filter.values;
        values << limit << offset;
    }
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("Reading leads failed"), query);
    return readLeads(query, limit, reversed);
}

Result<QList<Lead>> LeadRepository::pageAfter(const LeadQuery& leadQuery, const Lead& after,
                                              int limit) const
{
    return readKeyset(leadQuery, after, limit, false);
}

Result<QList<Lead>> LeadRepository::pageBefore(const LeadQuery& leadQuery, const Lead& before,
                                               int limit) const
{
    return readKeyset(leadQuery, before, limit, true);
}

Result<QList<Lead>> LeadRepository::readKeyset(const LeadQuery& leadQuery, const Lead& from,
                                               int limit, bool reversed) const
{
    // (key..., id) past the neighbour's, in the direction of reading: the index seeks there.
    const Filter filter = filterFor(m_dialect, leadQuery);
    const QString past = pastCondition(m_dialect, leadQuery, reversed);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads")
                  + (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : filter.where + QStringLiteral(" AND "))
                  + past + QStringLiteral(" ORDER BY ") + orderBy(m_dialect, leadQuery, reversed)
                  + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    const QVariantList keys = sortValues(leadQuery.sortKey, from);
    for (const QVariant& value : keys)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Reading leads failed"), query);
    return readLeads(query, limit, reversed);
}

Result<LeadRepository::PageMarkers> LeadRepository::pageMarkers(const LeadQuery& leadQuery, int step,
                                                              const std::function<bool()>& stop) const
{
    Q_ASSERT(step > 0 && LeadQuery::ftsExpression(leadQuery.search).isEmpty());
    // Each marker is the step-th index entry past the previous one: a keyset seek, then an
    // OFFSET of one page inside SQLite. Every entry of the order's covering index is passed
    // once, only the markers come back to Qt. (In SQLite a window function numbering the
    // rows copies them all into a temporary table first: 9 s at a million leads instead of
    // 0.1 s. PostgreSQL streams it: there it is the one statement below.)
    const Filter filter = filterFor(m_dialect, leadQuery);
    const QString past = pastCondition(m_dialect, leadQuery, false);
    const QString select = QStringLiteral("SELECT ") + sortColumnNames(m_dialect, leadQuery.sortKey).join(QStringLiteral(", "))
        + QStringLiteral(" FROM leads");
    const QString tail = QStringLiteral(" ORDER BY ") + orderBy(m_dialect, leadQuery) + QStringLiteral(" LIMIT 1 OFFSET ?");

    // One snapshot for the count and every marker (PostgreSQL: REPEATABLE READ).
    QSqlQuery begin(m_db);
    if (!begin.exec(m_dialect.beginSnapshotRead()))
        return sqlError(tr("Reading leads failed"), begin);
    const auto finish = qScopeGuard([db = m_db] {
        QSqlQuery end(db);
        end.exec(QStringLiteral("COMMIT"));
    });
    const Result<int> total = count(leadQuery);
    if (!total)
        return total.error();
    if (m_dialect.isPostgres()) {
        // On the server, one round trip per marker cost 9 ms each (4.4 s for 500 markers at
        // 100,000 leads): one statement numbers the rows along the order's covering index
        // and keeps every step-th, streamed without a temporary table.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString names = sortColumnNames(m_dialect, leadQuery.sortKey).join(QStringLiteral(", "));
        query.prepare(QStringLiteral("SELECT ") + names + QStringLiteral(" FROM (SELECT ") + names
                      + QStringLiteral(", row_number() OVER (ORDER BY ") + orderBy(m_dialect, leadQuery)
                      + QStringLiteral(") AS n FROM leads") + filter.where
                      + QStringLiteral(") AS numbered WHERE n % ? = 0 ORDER BY n"));
        for (const QVariant& value : filter.values)
            query.addBindValue(value);
        query.addBindValue(step);
        if (!query.exec())
            return sqlError(tr("Reading leads failed"), query);
        PageMarkers markers;
        markers.total = *total;
        markers.ends.reserve(*total / step);
        while (query.next()) {
            if (stop && stop())
                return Error { Error::Code::Database, tr("Reading leads was stopped") };
            markers.ends.append(leadFromSortValues(m_dialect, leadQuery.sortKey, query));
        }
        if (query.lastError().isValid())
            return sqlError(tr("Reading leads failed"), query);
        return markers;
    }
    QSqlQuery first(m_db);
    first.setForwardOnly(true);
    first.prepare(select + filter.where + tail);
    QSqlQuery next(m_db);
    next.setForwardOnly(true);
    next.prepare(select + (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : filter.where + QStringLiteral(" AND "))
                 + past + tail);

    PageMarkers markers;
    markers.total = *total;
    markers.ends.reserve(*total / step);
    for (;;) {
        if (stop && stop())
            return Error { Error::Code::Database, tr("Reading leads was stopped") };
        QSqlQuery& query = markers.ends.isEmpty() ? first : next;
        for (const QVariant& value : filter.values)
            query.addBindValue(value);
        if (!markers.ends.isEmpty()) {
            for (const QVariant& value : sortValues(leadQuery.sortKey, markers.ends.constLast()))
                query.addBindValue(value);
        }
        query.addBindValue(step - 1); // the step-th entry past the previous marker
        if (!query.exec())
            return sqlError(tr("Reading leads failed"), query);
        if (!query.next())
            break;
        const Lead end = leadFromSortValues(m_dialect, leadQuery.sortKey, query);
        query.finish();
        markers.ends.append(end);
    }
    return markers;
}

Result<qint64> LeadRepository::forEach(const LeadQuery& leadQuery, qint64 limit,
                                       const std::function<bool(const Lead&)>& visit) const
{
    const Filter filter = filterFor(m_dialect, leadQuery);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads")
                  + filter.where + QStringLiteral(" ORDER BY ") + orderBy(m_dialect, leadQuery)
                  + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    query.addBindValue(limit < 0 ? SqlDialect::noLimit() : limit);
    if (!query.exec())
        return sqlError(tr("Reading leads failed"), query);
    qint64 visited = 0;
    while (query.next()) {
        ++visited;
        if (!visit(leadFromQuery(query)))
            break;
    }
    if (query.lastError().isValid())
        return sqlError(tr("Reading leads failed"), query);
    return visited;
}

Result<int> LeadRepository::setStatus(qint64 id, LeadStatus to, const QString& actor,
                                      int expectedVersion, std::optional<qint64> actorId)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status, version, erased_at FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    const QString from = query.value(0).toString();
    const int version = query.value(1).toInt();
    if (!query.value(2).isNull())
        return erasedLead(id, query.value(2), false);
    query.finish();
    if (version != expectedVersion)
        return staleVersion();
    if (from == LeadStatusText::key(to))
        return version; // nothing to change, nothing to record

    const qint64 now = nowMs();
    // reached_out_at (the first contact's time) is set by a trigger (sqlite/0012.sql).
    query.prepare(QStringLiteral("UPDATE leads SET status = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
    query.addBindValue(LeadStatusText::key(to));
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return sqlError(tr("Changing the status failed"), query);
    if (query.numRowsAffected() != 1)
        return staleVersion();

    query.finish();
    if (const Result<qint64> event
        = appendEvent({ id, QStringLiteral("status_changed"), from, LeadStatusText::key(to),
                        QVariant(QMetaType(QMetaType::QString)), actor, actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Recording the status change failed; nothing was changed")
                           + QStringLiteral(": ") + event.error().message };
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "lead" << id << "status" << from << "->" << LeadStatusText::key(to);
    return expectedVersion + 1;
}

Result<int> LeadRepository::assign(qint64 id, qint64 attorneyId, const QString& actor,
                                   int expectedVersion, std::optional<qint64> actorId,
                                   const InTransaction& also)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT attorney_id, version, erased_at FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    const QVariant from = query.value(0);
    const int version = query.value(1).toInt();
    if (!query.value(2).isNull())
        return erasedLead(id, query.value(2), true);
    query.finish();
    if (version != expectedVersion)
        return staleVersion();
    if (!from.isNull() && from.toLongLong() == attorneyId)
        return version; // already responsible: nothing to change, nothing to record

    query.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    query.addBindValue(attorneyId);
    if (!query.exec())
        return sqlError(tr("Assigning the lead failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(attorneyId) };
    const QString name = query.value(0).toString();
    query.finish();

    const qint64 now = nowMs();
    query.prepare(QStringLiteral("UPDATE leads SET attorney_id = ?, attorney_name = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(attorneyId);
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return sqlError(tr("Assigning the lead failed"), query);
    if (query.numRowsAffected() != 1)
        return staleVersion();
    query.finish();
    const QVariant none { QMetaType(QMetaType::QString) };
    if (const Result<qint64> event = appendEvent({ id, LeadEvent::kindKey(LeadEvent::Kind::Assigned), none,
                                                   none, name, actor, actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Recording the assignment failed; nothing was changed") + QStringLiteral(": ")
                           + event.error().message };
    if (also) {
        if (const VoidResult written = also(id); !written)
            return written.error();
    }
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "lead" << id << "assigned to account" << attorneyId;
    return expectedVersion + 1;
}

Result<int> LeadRepository::setFollowUp(qint64 id, std::optional<QDate> date, const QString& actor,
                                        int expectedVersion, std::optional<qint64> actorId)
{
    if (date && !date->isValid())
        return Error { Error::Code::Invalid, tr("The call-back date is not a valid date.") };
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT follow_up_on, version FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    // SQLite keeps TEXT YYYY-MM-DD, PostgreSQL a date: both read back as a QDate.
    const QVariant stored = query.value(0);
    const std::optional<QDate> from = stored.isNull()
        ? std::nullopt
        : std::optional<QDate>(QDate::fromString(stored.toString().left(10), Qt::ISODate));
    const int version = query.value(1).toInt();
    query.finish();
    if (version != expectedVersion)
        return staleVersion();
    if (from == date)
        return version; // nothing to change, nothing to record

    const qint64 now = nowMs();
    const QString text = date ? date->toString(Qt::ISODate) : QString();
    query.prepare(QStringLiteral("UPDATE leads SET follow_up_on = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
    query.addBindValue(date ? QVariant(text) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return sqlError(tr("Saving the call-back date failed"), query);
    if (query.numRowsAffected() != 1)
        return staleVersion();
    query.finish();
    const QVariant none { QMetaType(QMetaType::QString) };
    if (const Result<qint64> event = appendEvent({ id, LeadEvent::kindKey(LeadEvent::Kind::FollowUp), none,
                                                   none, text, actor, actorIdValue(actorId), now });
        !event)
        return Error { event.error().code,
                       tr("Recording the call-back date failed; nothing was changed") + QStringLiteral(": ")
                           + event.error().message };
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "lead" << id << "follow-up" << (date ? text : QStringLiteral("cleared"));
    return expectedVersion + 1;
}

Result<QList<LeadEvent>> LeadRepository::history(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.kind, e.from_status, e.to_status, e.detail, "
        "coalesce(u.display_name, e.actor), e.at, e.detail_sha256 FROM lead_events e "
        "LEFT JOIN users u ON u.id = e.actor_id WHERE e.lead_id = ? ORDER BY e.at, e.id"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead's history failed"), query);
    QList<LeadEvent> events;
    while (query.next()) {
        LeadEvent event;
        event.id = query.value(0).toLongLong();
        event.leadId = id;
        event.kind = LeadEvent::kindFromKey(query.value(1).toString()).value_or(LeadEvent::Kind::Note);
        if (!query.value(2).isNull())
            event.fromStatus = LeadStatusText::fromKey(query.value(2).toString());
        if (!query.value(3).isNull())
            event.toStatus = LeadStatusText::fromKey(query.value(3).toString());
        event.detail = query.value(4).toString();
        event.actor = query.value(5).toString();
        event.at = fromMs(query.value(6));
        event.detailErased = !query.value(7).isNull();
        events.append(event);
    }
    return events;
}

VoidResult LeadRepository::recordEvent(qint64 leadId, LeadEvent::Kind kind, const QString& actor,
                                   const QString& detail, std::optional<qint64> actorId)
{
    // Its own write transaction: the chain's next link is read and written as one.
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const QVariant none { QMetaType(QMetaType::QString) };
    if (const Result<qint64> event
        = appendEvent({ leadId, LeadEvent::kindKey(kind), none, none,
                        detail.isEmpty() ? none : QVariant(detail), actor, actorIdValue(actorId),
                        nowMs() });
        !event)
        return Error { event.error().code,
                       tr("Recording the lead's history failed") + QStringLiteral(": ")
                           + event.error().message };
    return transaction.commit();
}

Result<qint64> LeadRepository::appendEvent(const QVariantList& values)
{
    return AuditChain::append(m_db, AuditChain::Table::LeadEvents, values);
}

VoidResult LeadRepository::addNote(qint64 leadId, const QString& text, const QString& actor,
                                   std::optional<qint64> actorId)
{
    const QString note = text.trimmed();
    if (note.isEmpty())
        return Error { Error::Code::Invalid, tr("Write the note first.") };
    if (note.size() > kMaxNoteLength)
        return Error { Error::Code::Invalid,
                       tr("A note holds at most %n characters; split it in two.", nullptr,
                          kMaxNoteLength) };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(leadId);
    query.finish();
    return recordEvent(leadId, LeadEvent::Kind::Note, actor, note, actorId);
}

// Old rows hold whatever name the file came with (an .html, a right-to-left override, a
// line break): the names are worked out here, on every read, for old and new rows alike.
Result<ResumeInfo> LeadRepository::resumeInfo(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.file_name, r.mime_type, r.size, r.sha256, l.first_name, l.last_name "
        "FROM resumes r JOIN leads l ON l.id = r.lead_id WHERE r.lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Lead %1 has no resume.").arg(leadId) };
    return ResumeInfo {
        ResumeName::fileName(query.value(4).toString(), query.value(5).toString(), leadId),
        query.value(1).toString(), query.value(2).toLongLong(),
        query.value(3).toString().toLatin1(), ResumeName::displayText(query.value(0).toString())
    };
}

Result<ResumeFile> LeadRepository::resume(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.file_name, r.mime_type, r.sha256, r.content, l.first_name, l.last_name "
        "FROM resumes r JOIN leads l ON l.id = r.lead_id WHERE r.lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Lead %1 has no resume.").arg(leadId) };
    return ResumeFile {
        ResumeName::fileName(query.value(4).toString(), query.value(5).toString(), leadId),
        query.value(1).toString(), query.value(3).toByteArray(),
        query.value(2).toString().toLatin1(), ResumeName::displayText(query.value(0).toString())
    };
}

Result<ResumeFile> LeadRepository::verifiedResume(qint64 leadId) const
{
    Result<ResumeFile> file = resume(leadId);
    if (!file)
        return file;
    if (QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex()
        != file->sha256Hex.toLower())
        return Error { Error::Code::Database,
                       tr("The stored resume of lead %1 is damaged (its checksum does not match "
                          "the one recorded when it was saved). Restore the database from a "
                          "backup, or ask the prospect for the resume again.")
                           .arg(leadId) };
    return file;
}

Result<QString> LeadRepository::preferredLanguage(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT preferred_language FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    return query.value(0).toString();
}

Result<bool> LeadRepository::mayReadLeads() const
{
    if (!m_dialect.isPostgres())
        return true;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('leads', 'SELECT')")) || !query.next())
        return sqlError(tr("Reading the lead failed"), query);
    return query.value(0).toBool();
}

Result<bool> LeadRepository::emailKnown(const QString& email) const
{
    QSqlQuery query(m_db);
    query.prepare(m_dialect.isPostgres() ? QStringLiteral("SELECT leadintake_email_known(?)")
                                         : QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads WHERE email_key = ?)"));
    query.addBindValue(LeadValidator::emailKey(email));
    if (!query.exec() || !query.next())
        return sqlError(tr("Looking for leads with this email failed"), query);
    return query.value(0).toBool();
}

Result<qint64> LeadRepository::submitThroughIntake(const QString& firstName, const QString& lastName,
                                                   const QString& email, const ResumeFile& resume,
                                                   const QString& actor, const QString& language,
                                                   std::optional<qint64> actorId, const QString& uploadKey,
                                                   const LeadOrigin& origin)
{
    if (!m_dialect.isPostgres())
        return Error { Error::Code::Database, tr("Only the office server has an intake role.") };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT leadintake_submit_lead(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant noText { QMetaType(QMetaType::QString) };
    const QVariantList values {
        firstName, lastName, email, LeadValidator::emailKey(email),
        language.isEmpty() ? QStringLiteral("en") : language,
        ResumeName::displayText(resume.originalName.isEmpty() ? resume.fileName : resume.originalName),
        resume.mimeType, QString::fromLatin1(resume.sha256Hex), resume.content, actor,
        actorIdValue(actorId), uploadKey.isEmpty() ? noText : QVariant(uploadKey),
        origin.attorneyId ? QVariant(*origin.attorneyId) : QVariant(QMetaType(QMetaType::LongLong)),
        origin.source.trimmed(), // the function coalesces NULL
    };
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    // The intake role may add keys (never read or remove them): the check's index.
    if (const VoidResult indexed = ConflictIndex::write(m_db, ConflictIndex::Owner::Lead, id,
                                                        NameMatcher::person(firstName, lastName, email),
                                                        ConflictIndex::Write::New);
        !indexed)
        return Error { indexed.error().code, tr("Saving the lead failed; nothing was saved") + QStringLiteral(": ")
                                                 + indexed.error().message };
    qCInfo(lcDb) << "created lead" << id << "through the intake role";
    return id;
}
