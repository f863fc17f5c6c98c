#pragma once

#include "auditchain.h"
#include "error.h"
#include "lead.h"
#include "leadquery.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

// All SQL about leads lives here: create, read, page, search, change status, history.
// Takes a connection; knows nothing of widgets.
class LeadRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)

public:
    using Clock = std::function<QDateTime()>;

    explicit LeadRepository(QSqlDatabase db, Clock clock = {});

    // Runs inside create()'s transaction once the lead's rows are written (IntakeService
    // queues the lead's emails here); an error rolls everything back.
    using InTransaction = std::function<VoidResult(qint64 leadId)>;

    // Stores the lead (with the prospect's preferred language, "en" or "es"), its resume,
    // its "created" event and whatever `also` writes, in one transaction. origin: the
    // attorney chosen at intake (none: AttorneyAssignment::choose() applies the firm's rule
    // in this transaction) and where the lead heard of the firm.
    Result<qint64> create(const QString& firstName, const QString& lastName, const QString& email,
                          const ResumeFile& resume, const QString& actor,
                          const QString& language = QStringLiteral("en"),
                          const InTransaction& also = {},
                          std::optional<qint64> actorId = std::nullopt,
                          const LeadOrigin& origin = {});
    // The prospect's preferred language ("en" or "es").
    Result<QString> preferredLanguage(qint64 id) const;

    // A lead read from a CSV file (CsvImporter), validated like intake's. No resume: an
    // empty resume.content.
    struct ImportedLead
    {
        QString firstName;
        QString lastName;
        QString email;
        QString language = QStringLiteral("en");
        LeadStatus status = LeadStatus::Pending;
        QDateTime createdAt; // UTC; invalid: now
        ResumeFile resume;
        QString emailKey = {}; // LeadValidator::emailKey(email); computed when empty
    };
    // The writes of a CSV import (CsvImporter), its statements prepared once for the whole
    // import and run per row; the writing ones inside the caller's WriteTransaction (a batch
    // of rows is one transaction; call startBatch() after each BEGIN). Re-preparing the
    // INSERT for each row (and so compiling its triggers: search index, creation order,
    // history chain) cost more than the writing itself.
    class ImportWriter
    {
    public:
        explicit ImportWriter(LeadRepository& repository);
        void startBatch() { m_events.reset(); }
        // The newest lead with this duplicate key (LeadValidator::emailKey), if any.
        Result<std::optional<qint64>> newestWithEmailKey(const QString& emailKey);
        Result<bool> hasResume(qint64 leadId);
        // The lead, its resume when it has one, and its one "created" history row (at the
        // time of the import, with `detail` naming the file and row). Queues no email:
        // prospects in an old spreadsheet did not just ask for anything.
        Result<qint64> insert(const ImportedLead& lead, const QString& actor, std::optional<qint64> actorId,
                              const QString& detail);
        // Gives a lead that has no resume this one, with a history row (a note: `detail`);
        // the lead's version moves on, so a window holding the old version notices.
        VoidResult attachResume(qint64 leadId, const ResumeFile& resume, const QString& actor,
                                std::optional<qint64> actorId, const QString& detail);

    private:
        QSqlQuery& prepared(QSqlQuery& query, const QString& sql);

        LeadRepository& m_repository;
        QSqlQuery m_find;
        QSqlQuery m_hasResume;
        QSqlQuery m_insertLead;
        QSqlQuery m_insertResume;
        QSqlQuery m_touch;
        AuditChain::Appender m_events;
    };
    // Whether the lead has a resume (no bytes read).
    Result<bool> hasResume(qint64 leadId) const;

    Result<Lead> lead(qint64 id) const;
    // Leads whose email equals this one, ignoring letter case and surrounding spaces.
    Result<QList<Lead>> findByEmail(const QString& email) const;

    Result<int> count(const LeadQuery& query) const;
    // Counts matching leads but stops at cap: exact below cap, cheap at any table size.
    Result<int> countUpTo(const LeadQuery& query, int cap) const;
    // The limit leads from position offset in the query's order. When the number of
    // matching leads is known (total), a page past the middle is read from the far end,
    // so no read skips more than half of the table.
    Result<QList<Lead>> page(const LeadQuery& query, int offset, int limit, int total = -1) const;
    // Keyset paging from a neighbouring page, never an OFFSET: the limit leads right after
    // `after`, or right before `before`, in the query's order.
    Result<QList<Lead>> pageAfter(const LeadQuery& query, const Lead& after, int limit) const;
    Result<QList<Lead>> pageBefore(const LeadQuery& query, const Lead& before, int limit) const;
    // Where every step-th lead sits in the query's order, for jumping anywhere in a large
    // table without an OFFSET: ends[i] holds the sort keys (and id) of the lead at position
    // (i + 1) * step - 1, so the page starting at (i + 1) * step is pageAfter(ends[i]).
    // One pass over the order's covering index, in one read transaction with the count
    // (total) they belong to; a second connection runs it off the GUI thread. Not for
    // searches.
    struct PageMarkers
    {
        QList<Lead> ends;
        int total = 0;
    };
    // stop is asked between markers; when it returns true the read ends with an error.
    Result<PageMarkers> pageMarkers(const LeadQuery& query, int step,
                                    const std::function<bool()>& stop = {}) const;
    // Visits every matching lead in order with one forward-only statement (exports and
    // listings: no OFFSET re-scans, memory independent of the row count). Stops early when
    // visit returns false; limit < 0 means no limit. Returns how many were visited.
    Result<qint64> forEach(const LeadQuery& query, qint64 limit,
                           const std::function<bool(const Lead&)>& visit) const;

    // Changes the status if the lead still has expectedVersion; returns the new version.
    // A stale version is an Error::Code::Conflict and changes nothing.
    // actorId: the signed-in account (lead_events.actor_id), none for the desk or the CLI.
    Result<int> setStatus(qint64 id, LeadStatus to, const QString& actor, int expectedVersion,
                          std::optional<qint64> actorId = std::nullopt);

    // Makes an account responsible for the lead if it still has expectedVersion (a stale
    // version is an Error::Code::Conflict), records an "assigned" event (detail: the
    // attorney's display name) and runs `also` (the notification), in one transaction.
    // Returns the new version; the same attorney again changes and records nothing.
    // Callers check the account first (AttorneyAssignment::reassign).
    Result<int> assign(qint64 id, qint64 attorneyId, const QString& actor, int expectedVersion,
                       std::optional<qint64> actorId = std::nullopt, const InTransaction& also = {});

    // Sets the lead's "call back on" date (none: clears it) if the lead still has
    // expectedVersion (a stale version is an Error::Code::Conflict) and records a "follow_up"
    // event (detail: YYYY-MM-DD, empty when cleared), in one transaction. Returns the new
    // version; the same date again changes and records nothing. Callers check the role
    // (attorneys and admins; PostgreSQL's grants refuse reception too).
    Result<int> setFollowUp(qint64 id, std::optional<QDate> date, const QString& actor, int expectedVersion,
                            std::optional<qint64> actorId = std::nullopt);

    // Oldest first; the actor is the account's current display name when there is one.
    Result<QList<LeadEvent>> history(qint64 id) const;
    VoidResult recordEvent(qint64 leadId, LeadEvent::Kind kind, const QString& actor,
                       const QString& detail = {}, std::optional<qint64> actorId = std::nullopt);
    // A note on the lead (kept with its author and time; a correction is a new note).
    static constexpr int kMaxNoteLength = 4000;
    VoidResult addNote(qint64 leadId, const QString& text, const QString& actor,
                       std::optional<qint64> actorId);

    // fileName is "<Last>_<First>_resume.pdf" and originalName display text (see ResumeFile).
    Result<ResumeInfo> resumeInfo(qint64 leadId) const;
    Result<ResumeFile> resume(qint64 leadId) const;
    // resume(), refused with an error when its bytes no longer match the SHA-256 recorded
    // when it was saved (what leaves the database through a window is what came in).
    Result<ResumeFile> verifiedResume(qint64 leadId) const;

    // Office mode: a connection as the firm's intake role (ServerRoles) reads no lead; it
    // submits through the server's leadintake_submit_lead() and asks leadintake_email_known().
    // False only for such a connection (SQLite: always true).
    Result<bool> mayReadLeads() const;
    // Whether any lead has this email (its duplicate key): yes or no, nothing more.
    Result<bool> emailKnown(const QString& email) const;
    // create() for the intake role: the server writes the lead, its resume (checked against
    // its SHA-256), the "created" history row and both emails. uploadKey: a desk journal's
    // key (an already uploaded key returns its lead and writes nothing).
    Result<qint64> submitThroughIntake(const QString& firstName, const QString& lastName,
                                       const QString& email, const ResumeFile& resume,
                                       const QString& actor, const QString& language,
                                       std::optional<qint64> actorId, const QString& uploadKey = {},
                                       const LeadOrigin& origin = {});

    QSqlDatabase database() const { return m_db; }
    const Clock& clock() const { return m_clock; }

    // The signed-in account this repository writes for: its id goes into lead_events.actor_id
    // whenever a write is not given one explicitly (the GUI makes one repository per session).
    void setActingAccount(std::optional<qint64> id) { m_actingAccount = id; }
    std::optional<qint64> actingAccount() const { return m_actingAccount; }

private:
    // On PostgreSQL, a search with at most this many matches is read through the GIN index
    // and sorted (readPage(): 15 ms for 5,000 matches at 100,000 leads).
    static constexpr int kFewSearchMatches = 5000;
    qint64 nowMs() const;
    // total: the query's row count when the caller knows it, else -1.
    Result<QList<Lead>> readPage(const LeadQuery& query, int offset, int limit, bool reversed,
                                 int total) const;
    Result<QList<Lead>> readKeyset(const LeadQuery& query, const Lead& from, int limit,
                                   bool reversed) const;
    bool createdOrderFollowsIds() const;

    QVariant actorIdValue(std::optional<qint64> actorId) const;
    // One lead_events row through the hash chain (AuditChain::columns order); inside a
    // write transaction.
    Result<qint64> appendEvent(const QVariantList& values);
    // The resumes row (file_name: the name it arrived with, display text only).
    VoidResult insertResume(qint64 leadId, const ResumeFile& resume);
    static void bindResume(QSqlQuery& query, qint64 leadId, const ResumeFile& resume);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Clock m_clock;
    std::optional<qint64> m_actingAccount;
};
