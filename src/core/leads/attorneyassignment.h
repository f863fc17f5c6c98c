#pragma once

#include "error.h"
#include "user.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class LeadRepository;

// Who is responsible for a lead (issue 12, part 1): the firm's rule for new leads
// (FirmSettings "assignment.mode"), the accounts that may be responsible, the notification
// the responsible attorney gets, and reassignment. The rule runs inside the lead's write
// transaction (SQLite's BEGIN IMMEDIATE, PostgreSQL's writers' lock), so desks saving at
// the same moment are served one after the other and the rotation stays fair.
class AttorneyAssignment
{
    Q_DECLARE_TR_FUNCTIONS(AttorneyAssignment)

public:
    enum class Mode {
        Manual, // "manual": reception chooses, or nobody is responsible yet
        RoundRobin, // "round-robin": the next active attorney after the last one rotation chose
        DefaultAttorney, // "default": the account named by "assignment.default_attorney"
    };
    static QList<Mode> allModes() { return { Mode::Manual, Mode::RoundRobin, Mode::DefaultAttorney }; }
    static QString modeKey(Mode mode);
    static std::optional<Mode> modeFromKey(const QString& key);
    static QString modeDisplay(Mode mode);

    // Whether an account may be responsible for leads: an active attorney or admin.
    static bool mayBeResponsible(const UserAccount& account);
    // Why not, as a sentence naming the account; empty when it may.
    static QString whyNotResponsible(const UserAccount& account);
    // The accounts that may be responsible, by display name.
    static Result<QList<UserAccount>> activeAttorneys(const QSqlDatabase& db);

    // Inside the lead's write transaction: the responsible attorney of a new lead: `chosen`
    // when given (refused unless it may be responsible), else the firm's rule. On the
    // server this is leadintake_choose_attorney() (PostgreSQL schema 4), the same rule.
    static Result<std::optional<qint64>> choose(const QSqlDatabase& db, std::optional<qint64> chosen);

    // Inside a write transaction: the new-lead notification for a lead. It goes to the
    // responsible attorney's own address; the firm's notification address, when set and
    // different, gets its own copy as a second message (each has its own delivery state and
    // retries, and neither recipient is shown the other). With no attorney address the
    // firm's address is the one recipient (queued even while unset: it is looked up again
    // when the email is sent). firmCopy false: the attorney's message only (reassignment).
    using Clock = std::function<QDateTime()>;
    static VoidResult queueNotification(const QSqlDatabase& db, const Clock& clock, qint64 leadId,
                                        bool firmCopy = true);

    // Makes `attorneyId` responsible for the lead (refused unless it may be), records it in
    // the lead's history and queues the notification to the new attorney, in one
    // transaction. Returns the lead's new version; the same attorney again changes nothing.
    static Result<int> reassign(LeadRepository& leads, qint64 leadId, qint64 attorneyId,
                                const QString& actor, int expectedVersion,
                                std::optional<qint64> actorId = std::nullopt);
};
