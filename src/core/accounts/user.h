#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What an account may do. Ordered: each role can do everything the one before it can.
enum class Role {
    Receptionist, // the intake page (with the duplicate warning), nothing else
    Attorney, // the leads, their resumes and history, status changes, notes
    Admin, // an attorney who also changes settings and manages accounts
};

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    static QList<Role> all() { return { Role::Receptionist, Role::Attorney, Role::Admin }; }
    // The stable key used in the database and on the command line.
    static QString key(Role role);
    // Accepts the key in any letter case, and "administrator" for admin.
    static std::optional<Role> fromKey(const QString& key);
    // The translated word a user reads.
    static QString display(Role role);
};

// One account as stored (never its password hash).
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Receptionist;
    bool disabled = false;
    int failedAttempts = 0;
    qint64 lastFailedAtMs = 0;
    qint64 lockedUntilMs = 0;
    QDateTime createdAt; // UTC
    // Office mode: signed in with a one-time code; must choose a password before going on.
    bool mustChangePassword = false;

    bool hasRole(Role minimum) const { return !disabled && int(role) >= int(minimum); }
};

// Who does something: a signed-in account (id set) or the desk / OS user (no id).
struct Actor
{
    std::optional<qint64> id;
    QString name;
};

// One line of the account log.
struct AccountLogEntry
{
    qint64 id = 0;
    QString kind; // signed_in, sign_in_failed, locked_out, account_created, role_changed...
    std::optional<qint64> userId;
    std::optional<qint64> actorId;
    QString actor;
    QString detail;
    QDateTime at; // UTC
};
