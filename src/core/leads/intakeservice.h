#pragma once

#include "error.h"
#include "leadrepository.h"
#include "leadvalidator.h"

#include <optional>

// The intake path shared by the form, the kiosk and `add-lead`: validate, warn about
// duplicates, then store the lead, its resume, its history and its two queued emails (the
// prospect's confirmation and the firm's notification) in one transaction. Sends no email
// itself: the OutboxDispatcher delivers them (call its wake() after a save).
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

        bool saved() const { return leadId > 0; }
    };

    IntakeService(LeadRepository& repository, const LeadValidator& validator);

    // actorId: the signed-in account; none for the front desk or the command line.
    Outcome submit(const LeadDraft& draft, const QString& actor, Duplicates duplicates,
                   std::optional<qint64> actorId = std::nullopt) const;
    const LeadValidator& validator() const { return m_validator; }

private:
    LeadRepository& m_repository;
    LeadValidator m_validator;
};

// The name recorded as "who" on this desk until accounts exist: the OS user.
QString currentDeskUser();
