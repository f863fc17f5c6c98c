#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Who may do what on the office server, enforced by PostgreSQL itself (issue 10, item 6).
//
// Four group roles per database (role names are cluster-wide, so they carry the database's
// name): <db>_intake submits leads through leadintake_submit_lead() and asks
// leadintake_email_known(), and reads nothing; <db>_receptionist is intake plus the staff
// list (names and roles, no password data) and the account log it appends to;
// <db>_attorney also reads leads, resumes, history and the outbox, changes a lead's status,
// adds notes and sends email; <db>_admin also changes accounts and firm settings. No group
// may UPDATE or DELETE the history or the account log, and PUBLIC may not even connect.
// Login roles (the desk's intake login, one per account) are members of one group.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    enum class Group { Intake, Receptionist, Attorney, Admin };

    // "<database>_<group>", e.g. "leadintake_attorney".
    static QString groupRole(const QString& database, Group group);

    // Creates the group roles that are missing and (re)applies every grant and revoke; run
    // by server-init as the schema's owner with CREATEROLE. Idempotent.
    static VoidResult apply(const QSqlDatabase& db);

    // Creates, or sets the password of, a login role that is a member of group. The
    // password leaves this process only as a SCRAM-SHA-256 verifier (never in a statement
    // a server log could keep).
    static VoidResult setLogin(const QSqlDatabase& db, const QString& loginName, Group group,
                               const QString& password);

    // PostgreSQL's SCRAM-SHA-256 verifier for password (RFC 5802/7677, as libpq's
    // PQencryptPasswordConn makes it): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>".
    // The password is NFKC-normalised (SASLprep's main step). salt: 16 random bytes when empty.
    static QByteArray scramVerifier(const QString& password, QByteArray salt = {}, int iterations = 4096);
};
