#include "intakeservice.h"

#include "logging.h"

IntakeService::IntakeService(LeadRepository& repository, const LeadValidator& validator)
    : m_repository(repository)
    , m_validator(validator)
{
}

IntakeService::Outcome IntakeService::submit(const LeadDraft& draft, const QString& actor,
                                             Duplicates duplicates) const
{
    Outcome outcome;
    const Result<LeadValidator::Valid> valid = m_validator.validate(draft, &outcome.fieldErrors);
    if (!valid)
        return outcome;

    if (duplicates == Duplicates::Warn) {
        const Result<QList<Lead>> existing = m_repository.findByEmail(valid->email);
        if (!existing) {
            outcome.error = existing.error();
            return outcome;
        }
        if (!existing->isEmpty()) {
            outcome.duplicates = existing.value();
            return outcome;
        }
    }

    const Result<qint64> id = m_repository.create(valid->firstName, valid->lastName, valid->email,
                                                  valid->resume, actor);
    if (!id) {
        outcome.error = id.error();
        return outcome;
    }
    outcome.leadId = id.value();
    qCInfo(lcIntake) << "lead" << outcome.leadId << "saved by intake";
    return outcome;
}

QString currentDeskUser()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("desk");
}
