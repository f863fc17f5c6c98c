#pragma once

#include "conflictindex.h"
#include "error.h"
#include "namematcher.h"
#include "partyrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// The conflict check: a prospect's names and email against the firm's parties and every
// lead (ConflictIndex finds candidates, NameMatcher decides and says why), the firm's
// nickname table, and an attorney's outcome for a lead (clear / conflict / waived).
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    using Clock = std::function<QDateTime()>;
    explicit ConflictRepository(QSqlDatabase db, Clock clock = {});

    // At most this many matches are listed (the rest are counted as "more").
    static constexpr int kMaxMatches = 50;

    struct Match
    {
        ConflictIndex::Owner owner = ConflictIndex::Owner::Party;
        qint64 id = 0;
        QString name; // a party's name, or a lead's "First Last"
        QString email;
        Party::Role role = Party::Role::Adverse; // parties
        QString matter; // parties
        QString status; // leads
        QStringList reasons;
        QString describe() const; // one line for the CLI and the detail pane
    };
    struct Outcome
    {
        QList<Match> matches;
        bool more = false; // more candidates than were checked
    };
    // excludeLead: the lead being checked (a lead matches itself).
    Result<Outcome> check(const QString& firstName, const QString& lastName, const QString& email,
                          qint64 excludeLead = 0) const;
    // Whether a check would list anything, without reading leads or parties (reception; on
    // PostgreSQL a function answers yes or no). Looser than check(): a typo candidate
    // counts without its distance checked on the server.
    Result<bool> possibleConflict(const QString& firstName, const QString& lastName, const QString& email) const;

    Result<NicknameTable> nicknames() const;
    Result<QList<QPair<QString, QString>>> nicknamePairs() const;
    VoidResult addNickname(const QString& name, const QString& nickname);
    VoidResult removeNickname(const QString& name, const QString& nickname);

    enum class Verdict { Clear, Conflict, Waived };
    static QString verdictKey(Verdict verdict);
    static QString verdictText(Verdict verdict);
    static std::optional<Verdict> verdictFromKey(const QString& key);
    struct Review
    {
        Verdict verdict = Verdict::Clear;
        QString reason;
        QString actor;
        QDateTime at;
    };
    Result<std::optional<Review>> review(qint64 leadId) const;
    // The outcome and its reason (required) as the lead's latest review and a history note.
    VoidResult recordReview(qint64 leadId, Verdict verdict, const QString& reason, const QString& actor,
                            std::optional<qint64> actorId = std::nullopt);
    // Whether the lead has possible matches and no recorded review: marking it reached out
    // then needs a confirmation.
    Result<bool> unreviewedConflict(qint64 leadId) const;

private:
    qint64 nowMs() const;

    QSqlDatabase m_db;
    Clock m_clock;
};
