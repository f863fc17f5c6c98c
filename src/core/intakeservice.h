#pragma once

#include "error.h"
#include "leadrepository.h"
#include "leadvalidator.h"

#include <optional>

// The intake path shared by the form, the kiosk and `add-lead`: validate, warn about
// duplicates, then store everything in one transaction. Sends no email itself.
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

    Outcome submit(const LeadDraft& draft, const QString& actor, Duplicates duplicates) const;
    const LeadValidator& validator() const { return m_validator; }

private:
    LeadRepository& m_repository;
    LeadValidator m_validator;
};

// The name recorded as "who" on this desk until accounts exist: the OS user.
QString currentDeskUser();
