#pragma once

#include "error.h"
#include "intakejournal.h"
#include "leadrepository.h"
#include "leadvalidator.h"

#include <optional>

// The intake path shared by the form, the kiosk and `add-lead`: validate, warn about
// duplicates, then store the lead, its resume, its history and its two queued emails (the
// prospect's confirmation and the firm's notification) in one transaction. Sends no email
// itself: the OutboxDispatcher delivers them (call its wake() after a save).
//
// In office mode a desk has an IntakeJournal: when the server cannot be reached, a valid
// lead is kept there instead (Outcome::journalId) and JournalUploader calls upload() for
// each, in order, once the server answers — the duplicate check and the emails happen then.
class IntakeService
{
public:
    enum class Duplicates { Warn, SaveAnyway };

    struct Outcome
    {
        qint64 leadId = 0; // set when the lead was saved
        QList<LeadValidator::FieldError> fieldErrors; // the draft breaks these rules
        QList<Lead> duplicates; // leads with the same email (only with Duplicates::Warn)
        std::optional<Error> error; // the database failed; nothing was saved
        qint64 journalId = 0; // the server was unreachable: kept on this desk instead

        bool saved() const { return leadId > 0; }
        bool journaled() const { return journalId > 0; }
    };

    IntakeService(LeadRepository& repository, const LeadValidator& validator);

    // actorId: the signed-in account; none for the front desk or the command line.
    Outcome submit(const LeadDraft& draft, const QString& actor, Duplicates duplicates,
                   std::optional<qint64> actorId = std::nullopt) const;
    const LeadValidator& validator() const { return m_validator; }
    LeadRepository& repository() const { return m_repository; }

    // Office mode: where leads go while the server cannot be reached (none: an error).
    void setJournal(IntakeJournal* journal) { m_journal = journal; }
    IntakeJournal* journal() const { return m_journal; }

    // Stores one journaled lead on the server (duplicates are saved: the walk-in was real;
    // Outcome::duplicates lists what it duplicates). Already stored by an upload that was
    // cut short before the journal forgot it: Outcome::leadId of that lead, nothing written.
    // The caller removes the entry from the journal when saved().
    Outcome upload(const IntakeJournal::Entry& entry) const;

private:
    // create() with the two emails (and, for an upload, its key) in one transaction.
    Result<qint64> store(const LeadValidator::Valid& lead, const QString& language,
                         const QString& actor, std::optional<qint64> actorId,
                         const QString& uploadKey, const LeadOrigin& origin = {}) const;
    // Leads with this email; for the intake role (no reading), one unnamed lead when known.
    Result<QList<Lead>> findDuplicates(const QString& email, bool mayReadLeads) const;
    // True when the database is the office server and it does not answer now.
    bool serverUnreachable() const;
    Outcome keepOnDesk(const LeadValidator::Valid& lead, const QString& language,
                       const QString& actor, std::optional<qint64> actorId, const LeadOrigin& origin,
                       const Error& why) const;
    // A journaled lead's origin once its chosen attorney was refused at upload.
    static LeadOrigin withoutChosenAttorney(const IntakeJournal::Entry& entry);

    LeadRepository& m_repository;
    LeadValidator m_validator;
    IntakeJournal* m_journal = nullptr;
};

// The name recorded as "who" on this desk until accounts exist: the OS user.
QString currentDeskUser();
