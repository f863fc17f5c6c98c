#include "leadrepository.h"

#include "database.h"
#include "leadvalidator.h"
#include "logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QString tr(const char* text)
{
    return LeadRepository::tr(text);
}

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

Error notFound(qint64 id)
{
    return Error { Error::Code::NotFound, tr("Lead %1 does not exist (it may have been removed).").arg(id) };
}

QDateTime fromMs(const QVariant& value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString kLeadColumns = QStringLiteral(
    "id, first_name, last_name, email, status, created_at, updated_at, version, created_by");

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
    return lead;
}

QString orderBy(const LeadQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                          : QStringLiteral(" DESC");
    switch (query.sortKey) {
    case LeadQuery::SortKey::FirstName:
        return QStringLiteral("first_name COLLATE NOCASE") + dir + QStringLiteral(", id") + dir;
    case LeadQuery::SortKey::LastName:
        return QStringLiteral("last_name COLLATE NOCASE") + dir + QStringLiteral(", id") + dir;
    case LeadQuery::SortKey::Email:
        return QStringLiteral("email_key") + dir + QStringLiteral(", id") + dir;
    case LeadQuery::SortKey::Status:
        return QStringLiteral("status") + dir + QStringLiteral(", created_at") + dir
            + QStringLiteral(", id") + dir;
    case LeadQuery::SortKey::CreatedAt:
        break;
    }
    return QStringLiteral("created_at") + dir + QStringLiteral(", id") + dir;
}

// WHERE clause and its bound values for a query's filters.
struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const LeadQuery& query)
{
    Filter filter;
    QStringList conditions;
    if (query.status) {
        conditions.append(QStringLiteral("status = ?"));
        filter.values.append(LeadStatusText::key(*query.status));
    }
    const QString match = LeadQuery::ftsExpression(query.search);
    if (!match.isEmpty()) {
        conditions.append(
            QStringLiteral("id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
        filter.values.append(match);
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
    , m_clock(std::move(clock))
{
}

qint64 LeadRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

Result<qint64> LeadRepository::create(const QString& firstName, const QString& lastName,
                                      const QString& email, const ResumeFile& resume,
                                      const QString& actor)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;

    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, 1, ?)"));
    query.addBindValue(firstName);
    query.addBindValue(lastName);
    query.addBindValue(email);
    query.addBindValue(LeadValidator::emailKey(email));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(actor);
    if (!query.exec())
        return sqlError(tr("Saving the lead failed; nothing was saved"), query);
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, "
                                 "content) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(resume.fileName);
    query.addBindValue(resume.mimeType);
    query.addBindValue(qint64(resume.content.size()));
    query.addBindValue(QString::fromLatin1(resume.sha256Hex));
    query.addBindValue(resume.content);
    if (!query.exec())
        return sqlError(tr("Saving the resume failed; nothing was saved"), query);

    query.prepare(QStringLiteral(
        "INSERT INTO lead_events (lead_id, kind, to_status, actor, at) VALUES (?, 'created', "
        "'PENDING', ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(actor);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(tr("Saving the lead's history failed; nothing was saved"), query);
    query.finish();

    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "created lead" << id;
    return id;
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

Result<int> LeadRepository::count(const LeadQuery& leadQuery) const
{
    const Filter filter = filterFor(leadQuery);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM leads") + filter.where);
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(tr("Counting leads failed"), query);
    return query.value(0).toInt();
}

Result<QList<Lead>> LeadRepository::page(const LeadQuery& leadQuery, int offset, int limit) const
{
    const Filter filter = filterFor(leadQuery);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads")
                  + filter.where + QStringLiteral(" ORDER BY ") + orderBy(leadQuery)
                  + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return sqlError(tr("Reading leads failed"), query);
    QList<Lead> leads;
    leads.reserve(limit);
    while (query.next())
        leads.append(leadFromQuery(query));
    return leads;
}

Result<qint64> LeadRepository::forEach(const LeadQuery& leadQuery, qint64 limit,
                                       const std::function<bool(const Lead&)>& visit) const
{
    const Filter filter = filterFor(leadQuery);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kLeadColumns + QStringLiteral(" FROM leads")
                  + filter.where + QStringLiteral(" ORDER BY ") + orderBy(leadQuery)
                  + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    query.addBindValue(limit < 0 ? qint64(-1) : limit);
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
                                      int expectedVersion)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status, version FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return notFound(id);
    const QString from = query.value(0).toString();
    const int version = query.value(1).toInt();
    query.finish();
    if (version != expectedVersion)
        return Error { Error::Code::Conflict,
                       tr("Someone else changed this lead a moment ago; it now shows their "
                          "change. Check it and try again.") };
    if (from == LeadStatusText::key(to))
        return version; // nothing to change, nothing to record

    const qint64 now = nowMs();
    query.prepare(QStringLiteral("UPDATE leads SET status = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
    query.addBindValue(LeadStatusText::key(to));
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return sqlError(tr("Changing the status failed"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::Conflict,
                       tr("Someone else changed this lead a moment ago; it now shows their "
                          "change. Check it and try again.") };

    query.prepare(QStringLiteral("INSERT INTO lead_events (lead_id, kind, from_status, to_status, "
                                 "actor, at) VALUES (?, 'status_changed', ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(from);
    query.addBindValue(LeadStatusText::key(to));
    query.addBindValue(actor);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(tr("Recording the status change failed; nothing was changed"), query);
    query.finish();
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "lead" << id << "status" << from << "->" << LeadStatusText::key(to);
    return expectedVersion + 1;
}

Result<QList<LeadEvent>> LeadRepository::history(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, from_status, to_status, detail, actor, at FROM "
                                 "lead_events WHERE lead_id = ? ORDER BY at, id"));
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
        events.append(event);
    }
    return events;
}

VoidResult LeadRepository::recordEvent(qint64 leadId, LeadEvent::Kind kind, const QString& actor,
                                   const QString& detail)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO lead_events (lead_id, kind, detail, actor, at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(leadId);
    query.addBindValue(LeadEvent::kindKey(kind));
    query.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    query.addBindValue(actor);
    query.addBindValue(nowMs());
    if (!query.exec())
        return sqlError(tr("Recording the lead's history failed"), query);
    return Done {};
}

Result<ResumeInfo> LeadRepository::resumeInfo(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT file_name, mime_type, size, sha256 FROM resumes WHERE lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Lead %1 has no resume.").arg(leadId) };
    return ResumeInfo { query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong(), query.value(3).toString().toLatin1() };
}

Result<ResumeFile> LeadRepository::resume(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT file_name, mime_type, sha256, content FROM resumes WHERE lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the resume failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Lead %1 has no resume.").arg(leadId) };
    return ResumeFile { query.value(0).toString(), query.value(1).toString(),
                        query.value(3).toByteArray(), query.value(2).toString().toLatin1() };
}
