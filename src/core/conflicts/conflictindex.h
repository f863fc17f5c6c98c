#pragma once

#include "error.h"
#include "namematcher.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The conflict check's index: conflict_keys (each lead's and party's NameMatcher::indexKeys)
// and conflict_words (each token's deletion neighbourhood), and the one query that finds the
// candidates a check then verifies with NameMatcher. The writes run inside the caller's
// transaction (a lead's keys are written with the lead).
class ConflictIndex
{
    Q_DECLARE_TR_FUNCTIONS(ConflictIndex)

public:
    enum class Owner { Lead, Party };

    // Replace: the owner's old keys go first; New: a new owner (nothing to remove, and the
    // intake role may insert but not delete).
    enum class Write { Replace, New };
    static VoidResult write(const QSqlDatabase& db, Owner owner, qint64 id, const NameMatcher::Person& person,
                            Write how = Write::Replace);
    // Whether the schema has the index (a database being upgraded step by step may not).
    static bool available(const QSqlDatabase& db);
    static VoidResult remove(const QSqlDatabase& db, Owner owner, qint64 id);
    // An erased lead (LeadEraser, in its transaction): its keys and review go, and each of
    // its name words that no other key holds leaves the typo dictionary.
    static VoidResult forgetLead(const QSqlDatabase& db, qint64 id, const NameMatcher::Person& person);
    // Migration step: every lead's keys (the leads written before the conflict check).
    static VoidResult indexExistingLeads(const QSqlDatabase& db);
    // Leads and parties (migrate-to: rows copied without their keys). Idempotent.
    static VoidResult indexExisting(const QSqlDatabase& db);

    // A prepared check: each key with the number of the query token it stands for (-1: the
    // email), and how many tokens a candidate must share (min(2, query tokens)).
    struct Query
    {
        QStringList keys;
        QList<int> tokens;
        int need = 0;
        bool isEmpty() const { return keys.isEmpty(); }
    };
    // The person's tokens with their nicknames, joined neighbours and the one-typo words
    // the index knows (read from conflict_words, checked with NameMatcher::typoTolerated).
    static Result<Query> prepare(const QSqlDatabase& db, const NameMatcher::Person& person,
                                 const NicknameTable& nicknames);

    struct Candidate
    {
        Owner owner = Owner::Lead;
        qint64 id = 0;
    };
    // The leads and parties sharing enough keys, most shared first, at most limit.
    static Result<QList<Candidate>> candidates(const QSqlDatabase& db, const Query& query, int limit);
    // Whether there is any candidate. On PostgreSQL through leadintake_conflict_possible(),
    // so that reception (which reads neither leads nor parties) may ask.
    static Result<bool> anyCandidate(const QSqlDatabase& db, const Query& query);
};
