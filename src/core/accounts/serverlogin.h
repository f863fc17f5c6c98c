#pragma once

#include "error.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Office mode's sign-in (issue 10, item 6): every account is a login role of the server
// (PostgreSQL schema 3, resources/sql/postgresql/0003.sql), and signing in is connecting as
// that role with the account's password. The server checks the password and from then on
// allows only what the account's group may do; a desk nobody signed in to is connected as
// the firm's intake login, which reads nothing.
//
// This class switches a desk's connections between the two: the window's connection (every
// repository and page holds it: Qt's copies of a QSqlDatabase share one connection, so
// reopening it under another login changes them all) and any more that follow it (the mail
// connection). The signed-in account's password stays in those connections' settings for
// as long as it is signed in, so that a connection lost to a server restart is reopened as
// the same login; signing out replaces it with the desk login's again.
class ServerLogin final
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    // desk: the window's connection, as opened with the desk's own login.
    explicit ServerLogin(QSqlDatabase desk);

    // True when accounts of this database sign in as login roles from this desk: a server
    // whose connection may not read the account's stored password (an intake or staff
    // login), or whose account row says it is a login role. False for a file, and for an
    // account with an Argon2 hash where the connection may read it (a superuser's URL).
    Result<bool> signsIn(const QString& username) const;

    // The login role of an account (leadintake_login_role(), one rule in one place).
    Result<QString> loginRole(const QString& username) const;

    // Connects as the account's login role: checked first on a connection of its own, so a
    // wrong password (Error::Code::Invalid) leaves the desk's connection as it was; then
    // every connection is reopened as that login. The password is wiped.
    VoidResult signIn(const QString& username, QByteArray password);
    // Back to the desk's own login, on every connection that signIn() changed.
    VoidResult signOut();
    // The signed-in account chose a new password: its connections keep that one now.
    void passwordChanged(const QByteArray& password);

    bool isSignedIn() const { return !m_role.isEmpty(); }
    QString signedInRole() const { return m_role; }

    // Reopens db as user with password (empty user: libpq's default), configured as
    // Database::openServer() configures its connections. The caller's database name,
    // host and options stay.
    static VoidResult reopenAs(QSqlDatabase db, const QString& user, const QString& password);

    // A SCRAM-SHA-256 verifier for a new password, as users.password_hash takes it in office
    // mode (prefixed "once:" for a one-time code).
    class Hasher;

private:
    VoidResult switchAll(const QString& user, const QString& password);

    QSqlDatabase m_desk;
    QString m_deskUser;
    QString m_deskPassword;
    QString m_role;
};

// The PasswordHasher of office mode: a new password becomes the SCRAM-SHA-256 verifier the
// schema moves into the account's login role (it is never checked here: the server does).
class ServerLogin::Hasher final : public PasswordHasher
{
public:
    Result<QByteArray> hash(const QByteArray& password) const override;
    bool verify(const QByteArray& storedHash, const QByteArray& password) const override;
    bool needsRehash(const QByteArray& storedHash) const override;
};
