#include "conflictrepository.h"

#include "leadstatus.h"

#include "database.h"
#include "leadrepository.h"
#include "logging.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

QString inList(qsizetype count)
{
    QString sql;
    for (qsizetype i = 0; i < count; ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return sql;
}

} // namespace

ConflictRepository::ConflictRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

qint64 ConflictRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QString ConflictRepository::Match::describe() const
{
    const QString why = reasons.join(QStringLiteral("; "));
    if (owner == ConflictIndex::Owner::Party) {
        return matter.isEmpty() ? tr("%1 — %2: %3").arg(name, Party::roleText(role), why)
                                : tr("%1 — %2, matter %3: %4").arg(name, Party::roleText(role), matter, why);
    }
    const std::optional<LeadStatus> known = LeadStatusText::fromKey(status);
    return tr("%1 — lead %2 (%3): %4").arg(name).arg(id).arg(known ? LeadStatusText::display(*known) : status, why);
}

Result<ConflictRepository::Outcome> ConflictRepository::check(const QString& firstName, const QString& lastName,
                                                              const QString& email, qint64 excludeLead) const
{
    Outcome outcome;
    const NameMatcher::Person person = NameMatcher::person(firstName, lastName, email);
    if (person.tokens.isEmpty() && person.emailKey.isEmpty())
        return outcome;
    const Result<NicknameTable> table = nicknames();
    if (!table)
        return table.error();
    const Result<ConflictIndex::Query> query = ConflictIndex::prepare(m_db, person, *table);
    if (!query)
        return query.error();
    // A few more than shown: some candidates fail the exact rules.
    const int limit = kMaxMatches * 4;
    const Result<QList<ConflictIndex::Candidate>> candidates = ConflictIndex::candidates(m_db, *query, limit + 1);
    if (!candidates)
        return candidates.error();
    outcome.more = candidates->size() > limit;

    QList<qint64> leadIds;
    QList<qint64> partyIds;
    for (const ConflictIndex::Candidate& candidate : *candidates) {
        if (candidate.owner == ConflictIndex::Owner::Lead) {
            if (candidate.id != excludeLead)
                leadIds.append(candidate.id);
        } else {
            partyIds.append(candidate.id);
        }
    }
    const NameMatcher matcher(*table);
    if (!partyIds.isEmpty()) {
        QSqlQuery sql(m_db);
        sql.prepare(QStringLiteral("SELECT id, name, email, role, matter FROM parties WHERE id IN (%1) ORDER BY name, id")
                        .arg(inList(partyIds.size())));
        for (const qint64 id : std::as_const(partyIds))
            sql.addBindValue(id);
        if (!sql.exec())
            return sqlError(tr("The conflict check failed"), sql);
        while (sql.next()) {
            const NameMatcher::Match found = matcher.match(person, NameMatcher::party(sql.value(1).toString(),
                                                                                      sql.value(2).toString()));
            if (!found.matched)
                continue;
            Match match;
            match.owner = ConflictIndex::Owner::Party;
            match.id = sql.value(0).toLongLong();
            match.name = sql.value(1).toString();
            match.email = sql.value(2).toString();
            match.role = Party::roleFromText(sql.value(3).toString()).value_or(Party::Role::Adverse);
            match.matter = sql.value(4).toString();
            match.reasons = found.reasons;
            outcome.matches.append(match);
        }
    }
    if (!leadIds.isEmpty()) {
        QSqlQuery sql(m_db);
        sql.prepare(QStringLiteral("SELECT id, first_name, last_name, email, status FROM leads WHERE id IN (%1) "
                                   "ORDER BY id DESC")
                        .arg(inList(leadIds.size())));
        for (const qint64 id : std::as_const(leadIds))
            sql.addBindValue(id);
        if (!sql.exec())
            return sqlError(tr("The conflict check failed"), sql);
        while (sql.next()) {
            const NameMatcher::Match found = matcher.match(
                person, NameMatcher::person(sql.value(1).toString(), sql.value(2).toString(), sql.value(3).toString()));
            if (!found.matched)
                continue;
            Match match;
            match.owner = ConflictIndex::Owner::Lead;
            match.id = sql.value(0).toLongLong();
            match.name = sql.value(1).toString() + QLatin1Char(' ') + sql.value(2).toString();
            match.email = sql.value(3).toString();
            match.status = sql.value(4).toString();
            match.reasons = found.reasons;
            outcome.matches.append(match);
        }
    }
    if (outcome.matches.size() > kMaxMatches) {
        outcome.matches.resize(kMaxMatches);
        outcome.more = true;
    }
    return outcome;
}

Result<bool> ConflictRepository::possibleConflict(const QString& firstName, const QString& lastName,
                                                  const QString& email) const
{
    const NameMatcher::Person person = NameMatcher::person(firstName, lastName, email);
    if (person.tokens.isEmpty() && person.emailKey.isEmpty())
        return false;
    const Result<NicknameTable> table = nicknames();
    if (!table)
        return table.error();
    const Result<ConflictIndex::Query> query = ConflictIndex::prepare(m_db, person, *table);
    if (!query)
        return query.error();
    if (!SqlDialect(m_db).isPostgres()) {
        // The desk may read everything: the exact answer.
        const Result<Outcome> outcome = check(firstName, lastName, email);
        if (!outcome)
            return outcome.error();
        return !outcome->matches.isEmpty();
    }
    return ConflictIndex::anyCandidate(m_db, *query);
}

Result<NicknameTable> ConflictRepository::nicknames() const
{
    const Result<QList<QPair<QString, QString>>> pairs = nicknamePairs();
    if (!pairs)
        return pairs.error();
    NicknameTable table;
    for (const auto& [name, nickname] : *pairs)
        table.add(name, nickname);
    return table;
}

Result<QList<QPair<QString, QString>>> ConflictRepository::nicknamePairs() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, nickname FROM nicknames ORDER BY name, nickname")))
        return sqlError(tr("Reading the nickname table failed"), query);
    QList<QPair<QString, QString>> pairs;
    while (query.next())
        pairs.append({ query.value(0).toString(), query.value(1).toString() });
    return pairs;
}

VoidResult ConflictRepository::addNickname(const QString& name, const QString& nickname)
{
    const QString full = NameMatcher::normalizeWord(name);
    const QString nick = NameMatcher::normalizeWord(nickname);
    if (full.isEmpty() || nick.isEmpty())
        return Error { Error::Code::Invalid, tr("A nickname pair needs two names with letters, as in: William Bill.") };
    if (full == nick)
        return Error { Error::Code::Invalid, tr("'%1' and '%2' are the same name already.").arg(name, nickname) };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO nicknames (name, nickname) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(full);
    query.addBindValue(nick);
    if (!query.exec())
        return sqlError(tr("Saving the nickname failed"), query);
    return Done {};
}

VoidResult ConflictRepository::removeNickname(const QString& name, const QString& nickname)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM nicknames WHERE name = ? AND nickname = ?"));
    query.addBindValue(NameMatcher::normalizeWord(name));
    query.addBindValue(NameMatcher::normalizeWord(nickname));
    if (!query.exec())
        return sqlError(tr("Removing the nickname failed"), query);
    if (query.numRowsAffected() < 1)
        return Error { Error::Code::NotFound, tr("'%1' is not a nickname of '%2' in the table.").arg(nickname, name) };
    return Done {};
}

QString ConflictRepository::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Clear:
        return QStringLiteral("clear");
    case Verdict::Conflict:
        return QStringLiteral("conflict");
    case Verdict::Waived:
        return QStringLiteral("waived");
    }
    return {};
}

QString ConflictRepository::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Clear:
        return tr("Clear");
    case Verdict::Conflict:
        return tr("Conflict");
    case Verdict::Waived:
        return tr("Waived");
    }
    return {};
}

std::optional<ConflictRepository::Verdict> ConflictRepository::verdictFromKey(const QString& key)
{
    for (const Verdict verdict : { Verdict::Clear, Verdict::Conflict, Verdict::Waived }) {
        if (key.trimmed().compare(verdictKey(verdict), Qt::CaseInsensitive) == 0)
            return verdict;
    }
    return std::nullopt;
}

Result<std::optional<ConflictRepository::Review>> ConflictRepository::review(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT outcome, reason, actor, at FROM conflict_reviews WHERE lead_id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the conflict review failed"), query);
    if (!query.next())
        return std::optional<Review> {};
    Review review;
    review.verdict = verdictFromKey(query.value(0).toString()).value_or(Verdict::Clear);
    review.reason = query.value(1).toString();
    review.actor = query.value(2).toString();
    review.at = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    return std::optional<Review> { review };
}

VoidResult ConflictRepository::recordReview(qint64 leadId, Verdict verdict, const QString& reason,
                                            const QString& actor, std::optional<qint64> actorId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { Error::Code::Invalid, tr("Give the reason for the outcome.") };
    if (why.size() > LeadRepository::kMaxNoteLength - 100)
        return Error { Error::Code::Invalid,
                       tr("The reason is longer than %1 characters.").arg(LeadRepository::kMaxNoteLength - 100) };
    LeadRepository leads(m_db, m_clock);
    if (const Result<Lead> lead = leads.lead(leadId); !lead)
        return lead.error();
    {
        WriteTransaction transaction(m_db);
        if (const Error* error = transaction.error())
            return *error;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO conflict_reviews (lead_id, outcome, reason, actor, at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (lead_id) DO UPDATE SET outcome = excluded.outcome, "
                                     "reason = excluded.reason, actor = excluded.actor, at = excluded.at"));
        query.addBindValue(leadId);
        query.addBindValue(verdictKey(verdict));
        query.addBindValue(why);
        query.addBindValue(actor);
        query.addBindValue(nowMs());
        if (!query.exec())
            return sqlError(tr("Saving the conflict review failed; nothing was saved"), query);
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed;
    }
    // The history keeps every outcome (the chain is appended in its own transaction).
    return leads.recordEvent(leadId, LeadEvent::Kind::Note, actor,
                             tr("Conflict check: %1. Reason: %2").arg(verdictText(verdict), why), actorId);
}

Result<bool> ConflictRepository::unreviewedConflict(qint64 leadId) const
{
    const Result<std::optional<Review>> reviewed = review(leadId);
    if (!reviewed)
        return reviewed.error();
    if (reviewed->has_value())
        return false;
    LeadRepository leads(m_db, m_clock);
    const Result<Lead> lead = leads.lead(leadId);
    if (!lead)
        return lead.error();
    const Result<Outcome> outcome = check(lead->firstName, lead->lastName, lead->email, leadId);
    if (!outcome)
        return outcome.error();
    return !outcome->matches.isEmpty();
}
