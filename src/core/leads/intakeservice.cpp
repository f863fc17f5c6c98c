#include "intakeservice.h"

#include "firmsettings.h"
#include "logging.h"
#include "outboxrepository.h"

IntakeService::IntakeService(LeadRepository& repository, const LeadValidator& validator)
    : m_repository(repository)
    , m_validator(validator)
{
}

IntakeService::Outcome IntakeService::submit(const LeadDraft& draft, const QString& actor,
                                             Duplicates duplicates,
                                             std::optional<qint64> actorId) const
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

    const QString language = draft.language.trimmed().toLower();
    if (const QString problem = LeadValidator::checkLanguage(language); !problem.isEmpty()) {
        outcome.error = Error { Error::Code::Invalid, problem };
        return outcome;
    }

    // Both emails are queued inside the lead's transaction: a crash leaves all or nothing.
    const QSqlDatabase db = m_repository.database();
    const auto queueEmails = [&](qint64 leadId) -> VoidResult {
        OutboxRepository outbox(db, m_repository.clock());
        const FirmSettings settings(db);
        OutboxRepository::NewMail confirmation;
        confirmation.kind = OutboxKind::ProspectConfirmation;
        confirmation.leadId = leadId;
        confirmation.language = language;
        confirmation.recipientAddress = valid->email;
        confirmation.recipientName = valid->firstName + QLatin1Char(' ') + valid->lastName;
        if (const Result<qint64> queued = outbox.enqueueInTransaction(confirmation); !queued)
            return queued.error();
        // The firm's notification address is resolved now; an empty one is resolved again
        // when the email is sent (the firm may set it up after the first leads arrive).
        OutboxRepository::NewMail notification;
        notification.kind = OutboxKind::AttorneyNotification;
        notification.leadId = leadId;
        notification.language = QStringLiteral("en");
        notification.recipientAddress = settings.text(FirmSettings::Key::NotificationAddress);
        notification.recipientName = settings.text(FirmSettings::Key::NotificationName);
        if (const Result<qint64> queued = outbox.enqueueInTransaction(notification); !queued)
            return queued.error();
        return Done {};
    };
    const Result<qint64> id = m_repository.create(valid->firstName, valid->lastName, valid->email,
                                                  valid->resume, actor, language, queueEmails,
                                                  actorId);
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
