#include "conflictindex.h"

#include "logging.h"
#include "sqldialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

QString ownerKey(ConflictIndex::Owner owner)
{
    return owner == ConflictIndex::Owner::Lead ? QStringLiteral("L") : QStringLiteral("P");
}

// "(SELECT CAST(? AS text) AS key, CAST(? AS integer) AS qi UNION ALL SELECT ?, ? ...)":
// one SQL text both backends accept (SQLite has no column list on a VALUES alias).
QString keyTable(qsizetype count)
{
    QString sql = QStringLiteral("(SELECT CAST(? AS text) AS key, CAST(? AS integer) AS qi");
    for (qsizetype i = 1; i < count; ++i)
        sql += QStringLiteral(" UNION ALL SELECT CAST(? AS text), CAST(? AS integer)");
    return sql + QStringLiteral(")");
}

} // namespace

bool ConflictIndex::available(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    const bool asked = SqlDialect(db).isPostgres()
        ? query.exec(QStringLiteral("SELECT to_regclass('conflict_keys') IS NOT NULL"))
        : query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'conflict_keys'"));
    return asked && query.next() && query.value(0).toBool();
}

VoidResult ConflictIndex::write(const QSqlDatabase& db, Owner owner, qint64 id, const NameMatcher::Person& person,
                                Write how)
{
    if (how == Write::Replace) {
        if (const VoidResult removed = remove(db, owner, id); !removed)
            return removed;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO conflict_keys (key, owner_kind, owner_id, tokens) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"));
    const int tokens = int(std::min<qsizetype>(person.tokens.size(), 8));
    for (const QString& key : NameMatcher::indexKeys(person)) {
        query.addBindValue(key);
        query.addBindValue(ownerKey(owner));
        query.addBindValue(id);
        query.addBindValue(tokens);
        if (!query.exec())
            return sqlError(tr("Saving the conflict check's keys failed"), query);
    }
    QSqlQuery words(db);
    words.prepare(QStringLiteral("INSERT INTO conflict_words (del, word) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    QSet<QString> seen;
    for (const NameMatcher::Token& token : person.tokens) {
        if (token.key.size() < NameMatcher::kTypoLength - 1 || seen.contains(token.key))
            continue;
        seen.insert(token.key);
        for (const QString& del : NameMatcher::deletionKeys(token.key)) {
            words.addBindValue(del);
            words.addBindValue(token.key);
            if (!words.exec())
                return sqlError(tr("Saving the conflict check's keys failed"), words);
        }
    }
    return Done {};
}

VoidResult ConflictIndex::remove(const QSqlDatabase& db, Owner owner, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM conflict_keys WHERE owner_kind = ? AND owner_id = ?"));
    query.addBindValue(ownerKey(owner));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Removing the conflict check's keys failed"), query);
    return Done {};
}

VoidResult ConflictIndex::forgetLead(const QSqlDatabase& db, qint64 id, const NameMatcher::Person& person)
{
    if (const VoidResult removed = remove(db, Owner::Lead, id); !removed)
        return removed;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM conflict_reviews WHERE lead_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Removing the conflict check's keys failed"), query);
    query.prepare(QStringLiteral("DELETE FROM conflict_words WHERE word = ? "
                                 "AND NOT EXISTS (SELECT 1 FROM conflict_keys WHERE key = ?)"));
    for (const NameMatcher::Token& token : person.tokens) {
        query.addBindValue(token.key);
        query.addBindValue(token.key);
        if (!query.exec())
            return sqlError(tr("Removing the conflict check's keys failed"), query);
    }
    return Done {};
}

VoidResult ConflictIndex::indexExistingLeads(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 indexed = 0;
    // In batches (no statement reads the table while it is written), with each name's
    // tokens cached: real lead tables repeat their names a lot, and ICU is the slow part.
    QHash<QString, QList<NameMatcher::Token>> firstCache;
    QHash<QString, QList<NameMatcher::Token>> lastCache;
    const auto tokens = [](QHash<QString, QList<NameMatcher::Token>>& cache, const QString& text,
                           NameMatcher::Field field) {
        auto found = cache.constFind(text);
        if (found == cache.cend()) {
            if (cache.size() > 100000)
                cache.clear();
            found = cache.insert(text, NameMatcher::tokenize(text, field));
        }
        return *found;
    };
    for (;;) {
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, first_name, last_name, email FROM leads WHERE id > ? ORDER BY id LIMIT 5000"));
        query.addBindValue(last);
        if (!query.exec())
            return sqlError(tr("Indexing the leads for the conflict check failed"), query);
        QList<QPair<qint64, NameMatcher::Person>> batch;
        while (query.next()) {
            last = query.value(0).toLongLong();
            NameMatcher::Person person;
            person.tokens = tokens(firstCache, query.value(1).toString(), NameMatcher::Field::FirstName)
                + tokens(lastCache, query.value(2).toString(), NameMatcher::Field::LastName);
            person.email = query.value(3).toString();
            person.emailKey = NameMatcher::emailKey(person.email);
            batch.append({ last, person });
        }
        query.finish();
        if (batch.isEmpty())
            break;
        for (const auto& [id, person] : std::as_const(batch)) {
            if (const VoidResult written = write(db, Owner::Lead, id, person, Write::New); !written)
                return written;
            ++indexed;
        }
    }
    qCInfo(lcDb) << "indexed" << indexed << "leads for the conflict check";
    return Done {};
}

VoidResult ConflictIndex::indexExisting(const QSqlDatabase& db)
{
    if (const VoidResult leads = indexExistingLeads(db); !leads)
        return leads;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, email FROM parties ORDER BY id")))
        return sqlError(tr("Indexing the parties for the conflict check failed"), query);
    QList<QPair<qint64, NameMatcher::Person>> parties;
    while (query.next())
        parties.append({ query.value(0).toLongLong(),
                         NameMatcher::party(query.value(1).toString(), query.value(2).toString()) });
    query.finish();
    for (const auto& [id, person] : std::as_const(parties)) {
        if (const VoidResult written = write(db, Owner::Party, id, person, Write::New); !written)
            return written;
    }
    return Done {};
}

Result<ConflictIndex::Query> ConflictIndex::prepare(const QSqlDatabase& db, const NameMatcher::Person& person,
                                                    const NicknameTable& nicknames)
{
    Query result;
    const qsizetype count = std::min<qsizetype>(person.tokens.size(), 8);
    // What each token may stand for: itself, its nicknames, the one-typo words the index knows.
    QList<QStringList> words(count);
    QSet<QString> typoSources;
    for (qsizetype i = 0; i < count; ++i) {
        const QString& key = person.tokens.at(i).key;
        words[i] = nicknames.equivalents(key).values();
        words[i].removeAll(key);
        words[i].prepend(key);
        if (key.size() >= NameMatcher::kTypoLength - 1)
            typoSources.insert(key);
    }
    result.need = int(std::min<qsizetype>(2, count));

    // One-typo words: those sharing a deletion key with a token, checked here.
    QStringList deletions;
    for (const QString& key : std::as_const(typoSources))
        deletions += NameMatcher::deletionKeys(key);
    deletions.removeDuplicates();
    if (!deletions.isEmpty()) {
        QSqlQuery query(db);
        QString sql = QStringLiteral("SELECT DISTINCT word FROM conflict_words WHERE del IN (");
        for (qsizetype i = 0; i < deletions.size(); ++i)
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        query.prepare(sql + QStringLiteral(")"));
        for (const QString& del : std::as_const(deletions))
            query.addBindValue(del);
        if (!query.exec())
            return sqlError(tr("The conflict check failed"), query);
        while (query.next()) {
            const QString word = query.value(0).toString();
            for (qsizetype i = 0; i < count; ++i) {
                const QString& key = person.tokens.at(i).key;
                if (word != key && !words.at(i).contains(word) && NameMatcher::typoTolerated(key, word))
                    words[i].append(word);
            }
        }
    }

    // Every key below is enough on its own (token number -1): a pair of the prospect's
    // names (as written, nicknamed or misspelt, or two written as one), one of them against
    // a one-name party, or the email. A one-token prospect looks its word up alone.
    const auto add = [&result](const QString& key, int token) {
        result.keys.append(key);
        result.tokens.append(token);
    };
    if (count == 1) {
        for (const QString& word : std::as_const(words.at(0)))
            add(word, 0);
    } else if (count > 1) {
        for (const QString& key : NameMatcher::pairKeys(person, [&words](int i) { return words.at(i); }))
            add(key, -1);
        for (qsizetype i = 0; i < count; ++i) {
            for (const QString& word : std::as_const(words.at(i)))
                add(QStringLiteral("1:") + word, -1);
            if (i + 1 < count && person.tokens.at(i).field == person.tokens.at(i + 1).field)
                add(QStringLiteral("1:") + person.tokens.at(i).key + person.tokens.at(i + 1).key, -1);
        }
    }
    if (!person.emailKey.isEmpty())
        add(person.emailKey, -1);
    return result;
}

Result<QList<ConflictIndex::Candidate>> ConflictIndex::candidates(const QSqlDatabase& db, const Query& query, int limit)
{
    QList<Candidate> found;
    if (query.isEmpty())
        return found;
    QSqlQuery sql(db);
    sql.prepare(QStringLiteral("SELECT k.owner_kind, k.owner_id FROM conflict_keys AS k JOIN ")
                + keyTable(query.keys.size())
                + QStringLiteral(" AS q ON k.key = q.key GROUP BY k.owner_kind, k.owner_id "
                                 "HAVING count(DISTINCT q.qi) >= CASE WHEN max(k.tokens) < ? THEN max(k.tokens) ELSE ? END "
                                 "OR min(q.qi) < 0 "
                                 "ORDER BY min(q.qi) < 0 DESC, count(DISTINCT q.qi) DESC, k.owner_kind DESC, k.owner_id DESC "
                                 "LIMIT ?"));
    for (qsizetype i = 0; i < query.keys.size(); ++i) {
        sql.addBindValue(query.keys.at(i));
        sql.addBindValue(query.tokens.at(i));
    }
    sql.addBindValue(query.need);
    sql.addBindValue(query.need);
    sql.addBindValue(limit);
    if (!sql.exec())
        return sqlError(tr("The conflict check failed"), sql);
    while (sql.next())
        found.append({ sql.value(0).toString() == QLatin1String("L") ? Owner::Lead : Owner::Party,
                       sql.value(1).toLongLong() });
    return found;
}

Result<bool> ConflictIndex::anyCandidate(const QSqlDatabase& db, const Query& query)
{
    if (query.isEmpty())
        return false;
    if (!SqlDialect(db).isPostgres()) {
        const Result<QList<Candidate>> found = candidates(db, query, 1);
        if (!found)
            return found.error();
        return !found->isEmpty();
    }
    // Arrays as text literals ('{"a","b"}'): QPSQL binds no lists.
    const auto quoted = [](const QString& text) -> QString {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    QStringList keys;
    QStringList numbers;
    for (qsizetype i = 0; i < query.keys.size(); ++i) {
        keys.append(quoted(query.keys.at(i)));
        numbers.append(QString::number(query.tokens.at(i)));
    }
    QSqlQuery sql(db);
    sql.prepare(QStringLiteral("SELECT leadintake_conflict_possible(CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS integer))"));
    sql.addBindValue(QString(QLatin1Char('{') + keys.join(QLatin1Char(',')) + QLatin1Char('}')));
    sql.addBindValue(QString(QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}')));
    sql.addBindValue(query.need);
    if (!sql.exec() || !sql.next())
        return sqlError(tr("The conflict check failed"), sql);
    return sql.value(0).toBool();
}
