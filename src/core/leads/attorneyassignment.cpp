#include "attorneyassignment.h"

#include "accountrepository.h"
#include "firmsettings.h"
#include "leadrepository.h"
#include "logging.h"
#include "outboxrepository.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

} // namespace

QString AttorneyAssignment::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::RoundRobin: return QStringLiteral("round-robin");
    case Mode::DefaultAttorney: return QStringLiteral("default");
    case Mode::Manual: break;
    }
    return QStringLiteral("manual");
}

std::optional<AttorneyAssignment::Mode> AttorneyAssignment::modeFromKey(const QString& key)
{
    for (const Mode mode : allModes()) {
        if (modeKey(mode) == key.trimmed().toLower())
            return mode;
    }
    return std::nullopt;
}

QString AttorneyAssignment::modeDisplay(Mode mode)
{
    switch (mode) {
    case Mode::RoundRobin: return tr("In turn among active attorneys");
    case Mode::DefaultAttorney: return tr("Always the default attorney");
    case Mode::Manual: break;
    }
    return tr("Chosen at intake");
}

bool AttorneyAssignment::mayBeResponsible(const UserAccount& account)
{
    return account.hasRole(Role::Attorney);
}

QString AttorneyAssignment::whyNotResponsible(const UserAccount& account)
{
    if (account.disabled)
        return tr("The account %1 is disabled; it cannot be responsible for leads.").arg(account.username);
    if (!account.hasRole(Role::Attorney))
        return tr("The account %1 (%2) is not an attorney; only attorneys and administrators can be "
                  "responsible for leads.")
            .arg(account.username, RoleText::display(account.role));
    return {};
}

Result<QList<UserAccount>> AttorneyAssignment::activeAttorneys(const QSqlDatabase& db)
{
    const Result<QList<UserAccount>> all = AccountRepository(db).list();
    if (!all)
        return all.error();
    QList<UserAccount> attorneys;
    for (const UserAccount& account : *all) {
        if (mayBeResponsible(account))
            attorneys.append(account);
    }
    std::stable_sort(attorneys.begin(), attorneys.end(), [](const UserAccount& a, const UserAccount& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return attorneys;
}

Result<std::optional<qint64>> AttorneyAssignment::choose(const QSqlDatabase& db, std::optional<qint64> chosen)
{
    const FirmSettings settings(db);
    const Mode mode = modeFromKey(settings.text(FirmSettings::Key::AssignmentMode)).value_or(Mode::Manual);
    if (!chosen && mode == Mode::Manual)
        return std::optional<qint64>(); // no SQL: databases older than the rule stay writable
    QSqlQuery query(db);
    if (SqlDialect(db).isPostgres()) {
        query.prepare(QStringLiteral("SELECT leadintake_choose_attorney(?)"));
        query.addBindValue(chosen ? QVariant(*chosen) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!query.exec() || !query.next())
            return sqlError(tr("Choosing the responsible attorney failed"), query);
        if (query.value(0).isNull())
            return std::optional<qint64>();
        return std::optional<qint64>(query.value(0).toLongLong());
    }
    if (chosen) {
        const Result<UserAccount> account = AccountRepository(db).user(*chosen);
        if (!account)
            return account.error();
        if (const QString why = whyNotResponsible(*account); !why.isEmpty())
            return Error { Error::Code::Invalid, why };
        return chosen;
    }
    switch (mode) {
    case Mode::Manual:
        return std::optional<qint64>();
    case Mode::DefaultAttorney: {
        query.prepare(QStringLiteral("SELECT id FROM users WHERE username_key = ? AND disabled = 0 "
                                     "AND role IN ('attorney', 'admin')"));
        query.addBindValue(settings.text(FirmSettings::Key::DefaultAttorney));
        if (!query.exec())
            return sqlError(tr("Choosing the responsible attorney failed"), query);
        if (!query.next())
            return std::optional<qint64>();
        return std::optional<qint64>(query.value(0).toLongLong());
    }
    case Mode::RoundRobin:
        break;
    }
    // The next active attorney by account id after the last one rotation chose, wrapping
    // round: over any run of leads the counts differ by at most one, and an account that is
    // disabled (or joins) simply leaves (or enters) the circle.
    if (!query.exec(QStringLiteral(
            "SELECT id FROM users WHERE disabled = 0 AND role IN ('attorney', 'admin') "
            "ORDER BY (id <= coalesce((SELECT last_attorney_id FROM assignment_rotation WHERE id = 1), 0)), id "
            "LIMIT 1")))
        return sqlError(tr("Choosing the responsible attorney failed"), query);
    if (!query.next())
        return std::optional<qint64>();
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO assignment_rotation (id, last_attorney_id) VALUES (1, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET last_attorney_id = excluded.last_attorney_id"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Choosing the responsible attorney failed"), query);
    return std::optional<qint64>(id);
}

VoidResult AttorneyAssignment::queueNotification(const QSqlDatabase& db, const Clock& clock, qint64 leadId,
                                                 bool firmCopy)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT u.email, u.display_name FROM leads l JOIN users u ON u.id = l.attorney_id "
                                 "WHERE l.id = ?"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Queueing the attorney's notification failed"), query);
    QString attorneyAddress;
    QString attorneyName;
    if (query.next()) {
        attorneyAddress = query.value(0).toString().trimmed();
        attorneyName = query.value(1).toString().trimmed();
    }
    query.finish();

    OutboxRepository outbox(db, clock);
    OutboxRepository::NewMail notification;
    notification.kind = OutboxKind::AttorneyNotification;
    notification.leadId = leadId;
    notification.language = QStringLiteral("en");
    if (!attorneyAddress.isEmpty()) {
        notification.recipientAddress = attorneyAddress;
        notification.recipientName = attorneyName;
        if (const Result<qint64> queued = outbox.enqueueInTransaction(notification); !queued)
            return queued.error();
    }
    if (!firmCopy)
        return Done {};
    const FirmSettings settings(db);
    const QString firmAddress = settings.text(FirmSettings::Key::NotificationAddress).trimmed();
    if (!attorneyAddress.isEmpty()
        && (firmAddress.isEmpty() || firmAddress.compare(attorneyAddress, Qt::CaseInsensitive) == 0))
        return Done {};
    notification.recipientAddress = firmAddress;
    notification.recipientName = settings.text(FirmSettings::Key::NotificationName);
    if (const Result<qint64> queued = outbox.enqueueInTransaction(notification); !queued)
        return queued.error();
    return Done {};
}

Result<int> AttorneyAssignment::reassign(LeadRepository& leads, qint64 leadId, qint64 attorneyId,
                                         const QString& actor, int expectedVersion,
                                         std::optional<qint64> actorId)
{
    const QSqlDatabase db = leads.database();
    const Result<UserAccount> account = AccountRepository(db).user(attorneyId);
    if (!account)
        return account.error();
    if (const QString why = whyNotResponsible(*account); !why.isEmpty())
        return Error { Error::Code::Invalid, why };
    const LeadRepository::Clock clock = leads.clock();
    return leads.assign(leadId, attorneyId, actor, expectedVersion, actorId, [&](qint64 id) {
        return queueNotification(db, clock, id, false);
    });
}
