#include "serverroles.h"

#include "logging.h"

#include <QMessageAuthenticationCode>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

// A quoted identifier (PostgreSQL's quote_ident).
QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA256 with one block (32 bytes), as SCRAM's Hi().
QByteArray hi(const QByteArray& password, const QByteArray& salt, int iterations)
{
    char index[4];
    qToBigEndian(quint32(1), index);
    QByteArray u = hmac(password, salt + QByteArray(index, 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype j = 0; j < result.size(); ++j)
            result[j] = char(result.at(j) ^ u.at(j));
    }
    return result;
}

QString databaseName(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT current_database()")) && query.next() ? query.value(0).toString()
                                                                                 : QString();
}

} // namespace

QString ServerRoles::groupRole(const QString& database, Group group)
{
    switch (group) {
    case Group::Intake: return database + QStringLiteral("_intake");
    case Group::Receptionist: return database + QStringLiteral("_receptionist");
    case Group::Attorney: return database + QStringLiteral("_attorney");
    case Group::Admin: break;
    }
    return database + QStringLiteral("_admin");
}

QByteArray ServerRoles::scramVerifier(const QString& password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    }
    const QByteArray salted = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return "SCRAM-SHA-256$" + QByteArray::number(iterations) + ':' + salt.toBase64() + '$'
        + storedKey.toBase64() + ':' + serverKey.toBase64();
}

VoidResult ServerRoles::apply(const QSqlDatabase& db)
{
    const QString database = databaseName(db);
    if (database.isEmpty())
        return Error { Error::Code::Database, tr("Cannot read the database's name.") };
    const QString intake = identifier(groupRole(database, Group::Intake));
    const QString receptionist = identifier(groupRole(database, Group::Receptionist));
    const QString attorney = identifier(groupRole(database, Group::Attorney));
    const QString admin = identifier(groupRole(database, Group::Admin));
    const QString db_ = identifier(database);

    QStringList statements;
    for (const Group group : { Group::Intake, Group::Receptionist, Group::Attorney, Group::Admin }) {
        const QString name = groupRole(database, group);
        QString literal = name;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                         "THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
                              .arg(literal, identifier(name)));
    }
    statements << QStringLiteral("GRANT %1 TO %2").arg(intake, receptionist)
               << QStringLiteral("GRANT %1 TO %2").arg(receptionist, attorney)
               << QStringLiteral("GRANT %1 TO %2").arg(attorney, admin)
               // Nobody else on the cluster may connect; nobody but the owner creates objects.
               << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(db_)
               << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(db_, intake)
               << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
               << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
               << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(intake)
               // Start from nothing on every table for every group, then grant.
               << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1, %2, %3, %4")
                      .arg(intake, receptionist, attorney, admin)
               // Intake: two functions, nothing else; and, to sign someone in, the name of
               // the account's login role and the record of a refused attempt.
               << QStringLiteral("GRANT EXECUTE ON FUNCTION leadintake_submit_lead(text, text, text, text, text, "
                                 "text, text, text, bytea, text, bigint, text, bigint, text), leadintake_email_known(text), "
                                 "leadintake_login_role(text), leadintake_sign_in_failed(text, text), "
                                 "leadintake_lead_sources() TO %1")
                      .arg(intake)
               // Every desk checks the schema it opens.
               << QStringLiteral("GRANT SELECT ON schema_migrations TO %1").arg(intake)
               // Receptionist: who works here (no password data), and the sign-in log.
               << QStringLiteral("GRANT SELECT (id, username, username_key, display_name, email, role, disabled, "
                                 "failed_attempts, last_failed_at, locked_until, created_at, updated_at) "
                                 "ON users TO %1")
                      .arg(receptionist)
               // Every account's login: whether it holds a one-time code, and its own password.
               << QStringLiteral("GRANT EXECUTE ON FUNCTION leadintake_must_change_password(), "
                                 "leadintake_set_own_password(text) TO %1")
                      .arg(receptionist)
               << QStringLiteral("GRANT SELECT, INSERT ON account_log TO %1").arg(receptionist)
               // Attorney: leads, resumes, history (append only), status, notes, email.
               << QStringLiteral("GRANT SELECT ON leads, resumes, lead_events, outbox, settings, intake_uploads TO %1")
                      .arg(attorney)
               // ... and who is responsible for a lead (reassignment; the name follows the id).
               << QStringLiteral("GRANT UPDATE (status, updated_at, version, attorney_id, attorney_name, reached_out_at, follow_up_on) ON leads TO %1")
                      .arg(attorney)
               << QStringLiteral("GRANT INSERT ON lead_events TO %1").arg(attorney)
               << QStringLiteral("GRANT INSERT, UPDATE ON outbox TO %1").arg(attorney)
               // The morning digest (MorningDigest): queued from attorneys' and admins' desks
               // (a receptionist's login reads no lead, so it cannot list them), claimed once
               // per recipient and day in digest_sent, its leads in digest_leads.
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON digest_sent TO %1").arg(attorney)
               << QStringLiteral("GRANT SELECT, INSERT ON digest_leads TO %1").arg(attorney)
               // The conflict check (issue 12): the intake adds a new lead's keys and asks yes
               // or no; attorneys keep the parties and nicknames and record outcomes.
               << QStringLiteral("GRANT INSERT ON conflict_keys, conflict_words TO %1").arg(intake)
               << QStringLiteral("GRANT SELECT ON nicknames, conflict_words TO %1").arg(intake)
               << QStringLiteral("GRANT EXECUTE ON FUNCTION leadintake_conflict_possible(text[], integer[], integer) TO %1")
                      .arg(intake)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON parties, conflict_keys, nicknames TO %1")
                      .arg(attorney)
               << QStringLiteral("GRANT SELECT, INSERT ON party_log, conflict_words TO %1").arg(attorney)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON conflict_reviews TO %1").arg(attorney)
               // Admin: accounts and firm settings too.
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON users TO %1").arg(admin)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON settings TO %1").arg(admin)
               // Admin: CSV imports (CsvImporter) write leads and resumes directly, and
               // remember the rows they stored.
               << QStringLiteral("GRANT INSERT ON leads, resumes TO %1").arg(admin)
               << QStringLiteral("GRANT SELECT, INSERT ON import_rows TO %1").arg(admin)
               // Erasing a lead (LeadEraser): its names, its resume, its history's details.
               << QStringLiteral("GRANT UPDATE (first_name, last_name, email, email_key, erased_at) ON leads TO %1")
                      .arg(admin)
               << QStringLiteral("GRANT UPDATE (detail, detail_sha256) ON lead_events TO %1").arg(admin)
               << QStringLiteral("GRANT DELETE ON resumes TO %1").arg(admin)
               // ... and the conflict check's review of it (its keys: the attorney's grant).
               << QStringLiteral("GRANT DELETE ON conflict_reviews, conflict_words TO %1").arg(admin);
    QSqlQuery query(db);
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            qCWarning(lcDb) << "server roles:" << query.lastError().text();
            return Error { Error::Code::Database,
                           tr("Setting up the server's roles failed (the role running it needs "
                              "CREATEROLE and must own the database): %1")
                               .arg(query.lastError().text()) };
        }
    }
    return Done {};
}

VoidResult ServerRoles::setLogin(const QSqlDatabase& db, const QString& loginName, Group group,
                                 const QString& password)
{
    const QString database = databaseName(db);
    if (database.isEmpty())
        return Error { Error::Code::Database, tr("Cannot read the database's name.") };
    QString literal = loginName;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString verifier = QString::fromLatin1(scramVerifier(password)); // base64 and $: no quote
    const QString role = identifier(loginName);
    const QStringList statements {
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                       "THEN CREATE ROLE %2 LOGIN; END IF; END $$")
            .arg(literal, role),
        QStringLiteral("ALTER ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%2'").arg(role, verifier),
        QStringLiteral("GRANT %1 TO %2").arg(identifier(groupRole(database, group)), role),
    };
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Error { Error::Code::Database,
                           tr("Setting up the login %1 failed: %2").arg(loginName, query.lastError().text()) };
    }
    return Done {};
}
