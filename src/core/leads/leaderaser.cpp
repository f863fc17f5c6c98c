#include "leaderaser.h"

#include "auditchain.h"
#include "conflictindex.h"
#include "database.h"
#include "logging.h"
#include "resumecopies.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// What an erased lead's names and email read as (not translated: it is stored data).
const QString kErased = QStringLiteral("(erased)");

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

} // namespace

LeadEraser::LeadEraser(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_copiesFolder(ResumeCopies::defaultFolder())
{
}

qint64 LeadEraser::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

Result<std::optional<QDateTime>> LeadEraser::erasedAt(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT erased_at FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the lead failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("There is no lead %1.").arg(id) };
    if (query.value(0).isNull())
        return std::optional<QDateTime> {};
    return std::optional<QDateTime> { QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC) };
}

Result<LeadEraser::Outcome> LeadEraser::erase(qint64 id, const QString& reason, const Actor& actor, Role role)
{
    if (role != Role::Admin)
        return Error { Error::Code::Invalid,
                       tr("Only an administrator can erase a lead; lead %1 was not changed.").arg(id) };
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error { Error::Code::Invalid,
                       tr("Give the reason for erasing lead %1 (it is kept in the lead's history); "
                          "nothing was erased.")
                           .arg(id) };
    if (why.size() > kMaxReasonLength)
        return Error { Error::Code::Invalid,
                       tr("The reason holds at most %n characters; nothing was erased.", nullptr,
                          kMaxReasonLength) };

    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const Result<std::optional<QDateTime>> erased = erasedAt(id);
    if (!erased)
        return erased.error();
    if (*erased)
        return Error { Error::Code::Invalid,
                       tr("Lead %1 was already erased (%2 UTC); nothing was changed.")
                           .arg(id)
                           .arg((*erased)->toString(QStringLiteral("yyyy-MM-dd HH:mm"))) };

    const qint64 now = nowMs();
    Outcome outcome;
    outcome.leadId = id;
    QSqlQuery query(m_db);

    // The tombstone first: the update guard lets details be blanked only once it exists.
    const QVariant none { QMetaType(QMetaType::QString) };
    if (const Result<qint64> tombstone = AuditChain::append(
            m_db, AuditChain::Table::LeadEvents,
            { id, QStringLiteral("erased"), none, none, why, actor.name,
              actor.id ? QVariant(*actor.id) : QVariant(QMetaType(QMetaType::LongLong)), now });
        !tombstone)
        return Error { tombstone.error().code,
                       tr("Recording the erasure failed; nothing was erased") + QStringLiteral(": ")
                           + tombstone.error().message };

    // Each detail's digest replaces it (the row's hash covers the digest, not the text).
    // Every detail but the tombstone's reason and the window's fixed "viewed in the
    // preview" marker (a word of the program, not of the prospect).
    query.prepare(QStringLiteral("SELECT id, detail FROM lead_events WHERE lead_id = ? "
                                 "AND detail IS NOT NULL AND kind <> 'erased' "
                                 "AND NOT (kind = 'resume_opened' AND detail = 'preview') ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Erasing the lead's history failed; nothing was erased"), query);
    QList<QPair<qint64, QString>> details;
    while (query.next())
        details.append({ query.value(0).toLongLong(), query.value(1).toString() });
    query.finish();
    QSqlQuery blank(m_db);
    blank.prepare(QStringLiteral("UPDATE lead_events SET detail = NULL, detail_sha256 = ? WHERE id = ?"));
    for (const auto& [eventId, detail] : std::as_const(details)) {
        blank.addBindValue(QString::fromLatin1(AuditChain::detailDigest(detail).toHex()));
        blank.addBindValue(eventId);
        if (!blank.exec())
            return sqlError(tr("Erasing the lead's history failed; nothing was erased"), blank);
        ++outcome.detailsBlanked;
    }

    // The conflict check's index of this person (keys, review, dictionary words).
    query.prepare(QStringLiteral("SELECT first_name, last_name, email FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return sqlError(tr("Erasing the lead failed; nothing was erased"), query);
    const NameMatcher::Person person = NameMatcher::person(query.value(0).toString(), query.value(1).toString(),
                                                           query.value(2).toString());
    query.finish();
    if (const VoidResult forgotten = ConflictIndex::forgetLead(m_db, id, person); !forgotten)
        return Error { forgotten.error().code,
                       tr("Erasing the lead failed; nothing was erased") + QStringLiteral(": ")
                           + forgotten.error().message };

    query.prepare(QStringLiteral("UPDATE leads SET first_name = ?, last_name = ?, email = ?, email_key = ?, "
                                 "erased_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    for (int i = 0; i < 4; ++i)
        query.addBindValue(kErased);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Erasing the lead failed; nothing was erased"), query);

    query.prepare(QStringLiteral("DELETE FROM resumes WHERE lead_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Erasing the resume failed; nothing was erased"), query);
    outcome.resumeRemoved = query.numRowsAffected() > 0;

    // Emails not yet sent are cancelled; a row a sender holds right now ('sending') fails
    // at its end, as its address is gone.
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ? "
                                 "WHERE lead_id = ? AND state IN ('queued', 'failed')"));
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cancelling the lead's emails failed; nothing was erased"), query);
    outcome.emailsCancelled = query.numRowsAffected();
    // The prospect's address and name, and any server reply quoting them. (Messages are
    // rendered at send time; no body is stored.)
    query.prepare(QStringLiteral("UPDATE outbox SET recipient_address = CASE WHEN kind = 'prospect_confirmation' "
                                 "THEN ? ELSE recipient_address END, recipient_name = CASE WHEN kind = "
                                 "'prospect_confirmation' THEN '' ELSE recipient_name END, last_error = NULL "
                                 "WHERE lead_id = ?"));
    query.addBindValue(kErased);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Erasing the lead's emails failed; nothing was erased"), query);

    if (!SqlDialect(m_db).isPostgres()) {
        // The search index keeps deleted terms in its older segments until they are merged:
        // merge them all now, so that no page of it holds the names (secure_delete zeroes the
        // pages that go).
        if (!query.exec(QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('optimize')")))
            return sqlError(tr("Erasing the lead from the search index failed; nothing was erased"), query);
    }
    query.finish();
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDb) << "lead" << id << "erased;" << outcome.detailsBlanked << "history details,"
                 << outcome.emailsCancelled << "emails cancelled";

    outcome.resumeCopiesRemoved = ResumeCopies::removeLead(m_copiesFolder, id);
    removePhysically(outcome);
    return outcome;
}

void LeadEraser::removePhysically(Outcome& outcome)
{
    QSqlQuery query(m_db);
    if (SqlDialect(m_db).isPostgres()) {
        // Old row versions stay in the table files until VACUUM (only the tables' owner or a
        // superuser may run it; IT's nightly VACUUM covers it otherwise: README).
        // A role that does not own a table gets only a warning from VACUUM, not an error:
        // ask first.
        const bool owner = query.exec(QStringLiteral(
                               "SELECT bool_and(pg_has_role(relowner, 'MEMBER')) FROM pg_class "
                               "WHERE oid IN ('leads'::regclass, 'resumes'::regclass, "
                               "'lead_events'::regclass, 'outbox'::regclass)"))
            && query.next() && query.value(0).toBool();
        query.finish();
        outcome.physicallyRemoved = owner
            && query.exec(QStringLiteral("VACUUM leads, resumes, lead_events, outbox, conflict_keys, "
                                         "conflict_words, conflict_reviews"));
        if (!outcome.physicallyRemoved)
            qCInfo(lcDb) << "VACUUM after erasure not run (the tables' owner or IT runs it)";
        return;
    }
    // The WAL still holds the pages as they were: copy the new ones into the file and empty
    // it. Busy (another desk reading) leaves it for the next checkpoint.
    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next())
        outcome.physicallyRemoved = query.value(0).toInt() == 0;
    if (!outcome.physicallyRemoved)
        qCInfo(lcDb) << "WAL not emptied after erasure (another connection is reading)";
}

Result<QList<LeadEraser::Due>> LeadEraser::due(int months) const
{
    if (months <= 0)
        return QList<Due> {};
    const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).addMonths(-months).toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Activity: any change to the lead (updated_at) and the history rows people write;
    // viewing or saving the resume is not activity.
    query.prepare(QStringLiteral(
        "SELECT id, first_name, last_name, last_activity FROM ("
        " SELECT l.id, l.first_name, l.last_name, CASE WHEN e.latest IS NOT NULL AND e.latest > l.updated_at"
        "  THEN e.latest ELSE l.updated_at END AS last_activity"
        " FROM leads l LEFT JOIN (SELECT lead_id, max(at) AS latest FROM lead_events"
        "  WHERE kind IN ('created', 'status_changed', 'note') GROUP BY lead_id) AS e ON e.lead_id = l.id"
        " WHERE l.erased_at IS NULL) AS t "
        "WHERE last_activity < ? ORDER BY last_activity, id"));
    query.addBindValue(cutoff);
    if (!query.exec())
        return sqlError(tr("Finding the leads due for erasure failed"), query);
    QList<Due> found;
    while (query.next())
        found.append({ query.value(0).toLongLong(),
                       query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString(),
                       QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC) });
    return found;
}
