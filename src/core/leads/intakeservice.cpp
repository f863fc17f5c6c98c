#include "intakeservice.h"

#include "attorneyassignment.h"
#include "firmsettings.h"
#include "logging.h"
#include "outboxrepository.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

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

    const QString language = draft.language.trimmed().toLower();
    if (const QString problem = LeadValidator::checkLanguage(language); !problem.isEmpty()) {
        outcome.error = Error { Error::Code::Invalid, problem };
        return outcome;
    }
    if (const QString problem = LeadValidator::checkSource(draft.source); !problem.isEmpty()) {
        outcome.error = Error { Error::Code::Invalid, problem };
        return outcome;
    }
    const LeadOrigin origin { draft.attorneyId, draft.source.trimmed() };

    // Office mode before sign-in (the intake role): no lead may be read, only "is this email
    // known?" asked; the server then writes the lead itself.
    const Result<bool> mayRead = m_repository.mayReadLeads();
    if (!mayRead) {
        if (m_journal && serverUnreachable())
            return keepOnDesk(*valid, language, actor, actorId, origin, mayRead.error());
        outcome.error = mayRead.error();
        return outcome;
    }
    if (duplicates == Duplicates::Warn) {
        const Result<QList<Lead>> existing = findDuplicates(valid->email, *mayRead);
        if (!existing) {
            if (m_journal && serverUnreachable())
                return keepOnDesk(*valid, language, actor, actorId, origin, existing.error());
            outcome.error = existing.error();
            return outcome;
        }
        if (!existing->isEmpty()) {
            outcome.duplicates = existing.value();
            return outcome;
        }
    }

    const Result<qint64> id = *mayRead ? store(*valid, language, actor, actorId, {}, origin)
                                       : m_repository.submitThroughIntake(valid->firstName, valid->lastName,
                                                                          valid->email, valid->resume, actor,
                                                                          language, actorId, {}, origin);
    if (!id) {
        if (m_journal && serverUnreachable())
            return keepOnDesk(*valid, language, actor, actorId, origin, id.error());
        outcome.error = id.error();
        return outcome;
    }
    outcome.leadId = id.value();
    qCInfo(lcIntake) << "lead" << outcome.leadId << "saved by intake";
    return outcome;
}

Result<qint64> IntakeService::store(const LeadValidator::Valid& lead, const QString& language,
                                    const QString& actor, std::optional<qint64> actorId,
                                    const QString& uploadKey, const LeadOrigin& origin) const
{
    // Both emails are queued inside the lead's transaction: a crash leaves all or nothing.
    const QSqlDatabase db = m_repository.database();
    const auto queueEmails = [&](qint64 leadId) -> VoidResult {
        OutboxRepository outbox(db, m_repository.clock());
        OutboxRepository::NewMail confirmation;
        confirmation.kind = OutboxKind::ProspectConfirmation;
        confirmation.leadId = leadId;
        confirmation.language = language;
        confirmation.recipientAddress = lead.email;
        confirmation.recipientName = lead.firstName + QLatin1Char(' ') + lead.lastName;
        if (const Result<qint64> queued = outbox.enqueueInTransaction(confirmation); !queued)
            return queued.error();
        // To the responsible attorney, with the firm's copy (an empty firm address is
        // resolved again when the email is sent: the firm may set it up later).
        if (const VoidResult queued = AttorneyAssignment::queueNotification(db, m_repository.clock(), leadId);
            !queued)
            return queued.error();
        if (!uploadKey.isEmpty()) {
            // The key is unique on the server: a second upload of the same walk-in fails here
            // and rolls back whole.
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO intake_uploads (upload_key, lead_id, uploaded_at) "
                                         "VALUES (?, ?, ?)"));
            query.addBindValue(uploadKey);
            query.addBindValue(leadId);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                return Error { Error::Code::Database, query.lastError().text() };
        }
        return Done {};
    };
    return m_repository.create(lead.firstName, lead.lastName, lead.email, lead.resume, actor,
                               language, queueEmails, actorId, origin);
}

Result<QList<Lead>> IntakeService::findDuplicates(const QString& email, bool mayReadLeads) const
{
    if (mayReadLeads)
        return m_repository.findByEmail(email);
    const Result<bool> known = m_repository.emailKnown(email);
    if (!known)
        return known.error();
    QList<Lead> leads;
    if (*known) {
        // Known, nothing more: the intake role learns no other lead's details.
        Lead unnamed;
        unnamed.email = email;
        leads.append(unnamed);
    }
    return leads;
}

bool IntakeService::serverUnreachable() const
{
    const QSqlDatabase db = m_repository.database();
    if (!SqlDialect(db).isPostgres())
        return false;
    if (!db.isOpen())
        return true;
    QSqlQuery probe(db);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

IntakeService::Outcome IntakeService::keepOnDesk(const LeadValidator::Valid& lead,
                                                 const QString& language, const QString& actor,
                                                 std::optional<qint64> actorId,
                                                 const LeadOrigin& origin, const Error& why) const
{
    Outcome outcome;
    const Result<qint64> kept = m_journal->append(lead, language, actor, actorId, origin);
    if (!kept) {
        outcome.error = Error { why.code, why.message + QLatin1Char('\n') + kept.error().message };
        return outcome;
    }
    outcome.journalId = kept.value();
    return outcome;
}

LeadOrigin IntakeService::withoutChosenAttorney(const IntakeJournal::Entry& entry)
{
    // The attorney chosen at the desk stopped taking leads (disabled, made a receptionist)
    // while the lead waited: refusing it would hold back every walk-in behind it for ever.
    // The firm's rule decides instead, as for a lead nobody chose for; the source stays.
    qCWarning(lcIntake) << "journal entry" << entry.id << ": the chosen account" << entry.origin.attorneyId.value_or(0)
                        << "was refused; the firm's rule chooses the attorney";
    return LeadOrigin { std::nullopt, entry.origin.source };
}

IntakeService::Outcome IntakeService::upload(const IntakeJournal::Entry& entry) const
{
    Outcome outcome;
    const Result<bool> mayRead = m_repository.mayReadLeads();
    if (!mayRead) {
        outcome.error = mayRead.error();
        return outcome;
    }
    if (!*mayRead) {
        // The server recognises a key it already stored and returns that lead.
        const Result<QList<Lead>> existing = findDuplicates(entry.lead.email, false);
        if (!existing) {
            outcome.error = existing.error();
            return outcome;
        }
        const auto submit = [&](const LeadOrigin& origin) {
            return m_repository.submitThroughIntake(entry.lead.firstName, entry.lead.lastName, entry.lead.email,
                                                    entry.lead.resume, entry.actor, entry.language, entry.actorId,
                                                    entry.key, origin);
        };
        Result<qint64> id = submit(entry.origin);
        if (!id && entry.origin.attorneyId && !serverUnreachable())
            id = submit(withoutChosenAttorney(entry));
        if (!id) {
            outcome.error = id.error();
            return outcome;
        }
        outcome.leadId = id.value();
        outcome.duplicates = existing.value();
        return outcome;
    }
    const QSqlDatabase db = m_repository.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT lead_id FROM intake_uploads WHERE upload_key = ?"));
    query.addBindValue(entry.key);
    if (!query.exec()) {
        outcome.error = Error { Error::Code::Database, query.lastError().text() };
        return outcome;
    }
    if (query.next()) {
        outcome.leadId = query.value(0).toLongLong();
        qCInfo(lcIntake) << "journal entry" << entry.id << "was already uploaded as lead" << outcome.leadId;
        return outcome;
    }
    query.finish();
    const Result<QList<Lead>> existing = m_repository.findByEmail(entry.lead.email);
    if (!existing) {
        outcome.error = existing.error();
        return outcome;
    }
    outcome.duplicates = existing.value();
    Result<qint64> id = store(entry.lead, entry.language, entry.actor, entry.actorId, entry.key, entry.origin);
    if (!id && entry.origin.attorneyId && !serverUnreachable())
        id = store(entry.lead, entry.language, entry.actor, entry.actorId, entry.key, withoutChosenAttorney(entry));
    if (!id) {
        outcome.error = id.error();
        return outcome;
    }
    outcome.leadId = id.value();
    qCInfo(lcIntake) << "journal entry" << entry.id << "uploaded as lead" << outcome.leadId;
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
